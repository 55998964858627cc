//! The keeper of one ZooKeeper session, a task on the runtime: connects,
//! follows the connection's state changes, proves the server still answers
//! (for the cache's trust), and after the client library gives up tries to
//! resume the same session; only when a server says the session expired does
//! it start a new one. It holds only a weak reference across waits, so a
//! dropped session ends it.

use std::sync::{Arc, Weak};
use std::time::Duration;

use zookeeper_client::{Client, SessionInfo, SessionState, StateWatcher};

use super::error::Error;
use super::session::ZkSession;
use super::stats::Stats;

const FIRST_BACKOFF: Duration = Duration::from_millis(100);
const MAX_BACKOFF: Duration = Duration::from_secs(2);

pub(super) async fn keep(weak: Weak<ZkSession>) {
    // The session to resume: the client library gives up on its own after a
    // while without any server (and calls that "expired"), but only the
    // ensemble can expire a session.
    let mut resume: Option<SessionInfo> = None;
    let mut backoff = FIRST_BACKOFF;
    loop {
        let client = match connect(&weak, &mut resume).await {
            Connect::Done(client) => client,
            Connect::Again => {
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(MAX_BACKOFF);
                continue;
            },
            Connect::Stop => return,
        };
        backoff = FIRST_BACKOFF;
        match follow(&weak, client).await {
            Some(info) => resume = Some(info),
            None => return,
        }
    }
}

enum Connect {
    Done(ConnectedClient),
    /// Not now (no server answered): try again after a pause.
    Again,
    /// The session is gone or failed for good.
    Stop,
}

/// A fresh connection, with what `follow` needs of it.
struct ConnectedClient {
    states: StateWatcher,
    info: SessionInfo,
}

/// One connection attempt: a new session, or the resumption of `resume`.
async fn connect(weak: &Weak<ZkSession>, resume: &mut Option<SessionInfo>) -> Connect {
    let Some(session) = weak.upgrade().filter(|session| !session.is_closed()) else { return Connect::Stop };
    let mut connector = Client::connector().with_session_timeout(session.config().session_timeout);
    for (scheme, credential) in session.key().auth() {
        connector = connector.with_auth(scheme, credential);
    }
    if let Some(info) = resume.clone() {
        connector = connector.with_session(info);
    }
    let servers = session.key().servers().clone();
    drop(session);
    let connected = connector.connect(&servers).await;
    let Some(session) = weak.upgrade() else { return Connect::Stop };
    let client = match connected {
        Ok(client) => client,
        Err(zookeeper_client::Error::AuthFailed) => {
            session.failed(Error::AuthFailed, SessionState::AuthFailed);
            return Connect::Stop;
        },
        Err(zookeeper_client::Error::SessionExpired) if resume.is_some() => {
            // The ensemble confirms it: now the session is gone.
            *resume = None;
            session.expired();
            return Connect::Again;
        },
        Err(_) => return Connect::Again,
    };
    if session.is_closed() {
        return Connect::Stop;
    }
    let counter = if resume.take().is_some() { &session.stats.reconnects } else { &session.stats.sessions_created };
    Stats::count(counter);
    let connected = ConnectedClient { states: client.state_watcher(), info: client.session().clone() };
    session.connected(client);
    session.publish(SessionState::SyncConnected);
    Connect::Done(connected)
}

/// Follows one client until it is finished. Returns the session to resume
/// when the library gave up on it (maybe only its own verdict), None when
/// the session ended for good.
async fn follow(weak: &Weak<ZkSession>, connected: ConnectedClient) -> Option<SessionInfo> {
    let ConnectedClient { mut states, info } = connected;
    let keepalive_every = weak.upgrade()?.session_timeout() / 3;
    let mut keepalive = tokio::time::interval(keepalive_every);
    keepalive.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last = SessionState::SyncConnected;
    loop {
        let state = tokio::select! {
            state = states.changed() => state,
            _ = keepalive.tick() => {
                prove_alive(weak).await?;
                continue;
            },
        };
        let session = weak.upgrade().filter(|session| !session.is_closed())?;
        if state == last && !state.is_terminated() {
            // The library reports the latest state only: the same state again
            // means a disconnection (and a reconnect) happened in between.
            report(&session, SessionState::Disconnected);
        }
        last = state;
        if !state.is_terminated() {
            report(&session, state);
            continue;
        }
        // The connection object is finished: its watches are gone, and so
        // is what they guarded.
        session.cache.clear();
        if state == SessionState::Expired {
            session.disconnected(true);
            session.publish(SessionState::Disconnected);
            return Some(info);
        }
        session.failed(Error::from_request(state_error(state)), state);
        return None;
    }
}

/// A state change of a live connection, told to the session and its subscribers.
fn report(session: &Arc<ZkSession>, state: SessionState) {
    match state {
        SessionState::Disconnected => session.disconnected(false),
        _ => {
            if session.state() == super::session::State::Disconnected {
                Stats::count(&session.stats.reconnects);
            }
            session.reconnected(state);
        },
    }
    session.publish(state);
}

/// A real round trip, the only proof that the server still holds the
/// session; None when the session is gone.
async fn prove_alive(weak: &Weak<ZkSession>) -> Option<()> {
    let client = {
        let session = weak.upgrade()?;
        let link = session.link.borrow();
        match &*link {
            super::session::Link::Ready(client) if session.state() == super::session::State::Connected => client.clone(),
            _ => return Some(()),
        }
    };
    let sent = super::clock::coarse_now_ms();
    if client.check_stat("/").await.is_ok() {
        weak.upgrade()?.heard_since(sent);
    }
    Some(())
}

fn state_error(state: SessionState) -> zookeeper_client::Error {
    match state {
        SessionState::AuthFailed => zookeeper_client::Error::AuthFailed,
        SessionState::Expired => zookeeper_client::Error::SessionExpired,
        _ => zookeeper_client::Error::ClientClosed,
    }
}
