//! One ZooKeeper session: kept connected (and re-created after expiry) by a
//! background task, used through blocking calls with deadlines, with the
//! watch-driven cache in front of its reads.

use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use tokio::runtime::Handle;
use tokio::sync::watch;
use zookeeper_client::{Acl, Client, CreateMode, EventType, OneshotWatcher, SessionInfo, SessionState, Stat};

use super::cache::{Cache, Kind, Value};
use super::events::{Event, EventQueue, WatcherId};
use super::stats::Stats;
use crate::error::{code, ZkError, ZkResult};

/// What a shared session is keyed by: the normalized server list and the
/// credentials added with addAuth, in order. Two requests with different
/// credentials never share a session, so never share cached data.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SessionKey {
    pub servers: String,
    pub auth: Vec<(String, Vec<u8>)>,
}

impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Credentials never reach a message or a log.
        let schemes: Vec<&str> = self.auth.iter().map(|(scheme, _)| scheme.as_str()).collect();
        f.debug_struct("SessionKey").field("servers", &self.servers).field("auth_schemes", &schemes).finish()
    }
}

#[derive(Clone, Debug)]
pub struct SessionConfig {
    pub session_timeout: Duration,
    pub cache_max_bytes: usize,
    /// Serve cached entries while disconnected but not expired.
    pub serve_stale: bool,
}

/// The session's state, as `getState()` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum State {
    Connecting = 0,
    Connected = 1,
    ReadOnly = 2,
    Disconnected = 3,
    Expired = 4,
    AuthFailed = 5,
    Closed = 6,
}

impl State {
    fn from_u8(value: u8) -> State {
        match value {
            1 => State::Connected,
            2 => State::ReadOnly,
            3 => State::Disconnected,
            4 => State::Expired,
            5 => State::AuthFailed,
            6 => State::Closed,
            _ => State::Connecting,
        }
    }

    fn from_client(state: SessionState) -> State {
        match state {
            SessionState::SyncConnected => State::Connected,
            SessionState::ConnectedReadOnly => State::ReadOnly,
            SessionState::Disconnected => State::Disconnected,
            SessionState::Expired => State::Expired,
            SessionState::AuthFailed => State::AuthFailed,
            SessionState::Closed => State::Closed,
        }
    }
}

#[derive(Clone)]
enum Conn {
    Connecting,
    Ready(Arc<Client>),
    /// For good: closed, or credentials the server refused.
    Failed(ZkError),
}

/// How a read treats the cache and user watchers.
#[derive(Clone, Copy, Debug)]
pub struct ReadOptions {
    pub use_cache: bool,
    pub watcher: Option<WatcherId>,
    pub timeout: Duration,
}

pub struct Session {
    ordinal: u64,
    key: SessionKey,
    config: SessionConfig,
    runtime: Handle,
    conn: watch::Sender<Conn>,
    state: AtomicU8,
    /// When the server last answered (coarse monotonic ms). Cached entries are
    /// trusted only while the server may still hold the session: a process
    /// frozen or cut off for longer than the session timeout must not serve
    /// what it cached before, since the session (and its watches) may be gone.
    last_heard: AtomicU64,
    /// Since when the session has had no working connection (None while it
    /// has one). The clock of the fail-fast promise: it starts when the
    /// connection drops, not when the client library gives up reconnecting
    /// (1.4 session timeouts later), and once it has run a whole call deadline
    /// calls fail at once instead of each waiting its full deadline.
    offline_since: watch::Sender<Option<Instant>>,
    /// The session's id while it exists, also while disconnected (PECL's
    /// getClientId()); 0 before the first connection and after an expiry.
    session_id: AtomicI64,
    closed: AtomicBool,
    cache: Cache,
    events: Arc<EventQueue>,
    stats: Arc<Stats>,
}

impl Session {
    pub(super) fn open(
        ordinal: u64,
        key: SessionKey,
        config: SessionConfig,
        runtime: Handle,
        events: Arc<EventQueue>,
        stats: Arc<Stats>,
    ) -> Arc<Session> {
        let session = Arc::new(Session {
            ordinal,
            cache: Cache::new(config.cache_max_bytes, stats.clone()),
            key,
            config,
            conn: watch::Sender::new(Conn::Connecting),
            state: AtomicU8::new(State::Connecting as u8),
            last_heard: AtomicU64::new(0),
            offline_since: watch::Sender::new(Some(Instant::now())),
            session_id: AtomicI64::new(0),
            closed: AtomicBool::new(false),
            runtime: runtime.clone(),
            events,
            stats,
        });
        runtime.spawn(maintain(Arc::downgrade(&session)));
        session
    }

    /// Tells this session's events apart from other sessions' in the queue.
    pub fn ordinal(&self) -> u64 {
        self.ordinal
    }

    pub fn key(&self) -> &SessionKey {
        &self.key
    }

    pub fn is_usable(&self) -> bool {
        !self.closed.load(Ordering::Acquire) && !matches!(*self.conn.borrow(), Conn::Failed(_))
    }

    pub fn state(&self) -> State {
        State::from_u8(self.state.load(Ordering::Acquire))
    }

    pub fn session_timeout(&self) -> Duration {
        self.config.session_timeout
    }

    /// The session id while the session exists (connected or not), else 0.
    pub fn session_id(&self) -> i64 {
        self.session_id.load(Ordering::Relaxed)
    }

    /// Waits until connected (or `timeout`), for callers that need the outcome
    /// of connecting, such as addAuth's completion.
    pub fn wait_connected(&self, timeout: Duration) -> ZkResult<()> {
        self.call(timeout, |_| async { Ok(()) })
    }

    /// Runs one request on the connected client, blocking the PHP thread for at
    /// most `timeout`. Open to the session handler's store and lock recipe,
    /// which need requests the cached API does not offer (multi, containers).
    pub(super) fn call<T, F, Fut>(&self, timeout: Duration, request: F) -> ZkResult<T>
    where
        F: FnOnce(Arc<Client>) -> Fut,
        Fut: Future<Output = Result<T, zookeeper_client::Error>>,
    {
        self.call_until(Instant::now() + timeout, timeout, request)
    }

    /// `call` with its own `deadline`; `timeout` is the caller's recv_timeout,
    /// which also bounds how long after the connection dropped a call may
    /// still wait for it to come back.
    fn call_until<T, F, Fut>(&self, deadline: Instant, timeout: Duration, request: F) -> ZkResult<T>
    where
        F: FnOnce(Arc<Client>) -> Fut,
        Fut: Future<Output = Result<T, zookeeper_client::Error>>,
    {
        let mut conn = self.conn.subscribe();
        self.runtime.block_on(async move {
            let attempt = async {
                let client = loop {
                    let current = conn.borrow_and_update().clone();
                    match current {
                        Conn::Ready(client) => break client,
                        Conn::Failed(err) => return Err(err),
                        Conn::Connecting => {},
                    }
                    if conn.changed().await.is_err() {
                        return Err(ZkError::new(code::CLOSING));
                    }
                };
                // Not even queued when the outage has already lasted a whole
                // timeout: it would only be sent after the caller was told it failed.
                if self.offline_longer_than(timeout).is_some() {
                    return Err(self.no_connection(timeout));
                }
                match request(client).await {
                    Ok(value) => {
                        self.heard_now();
                        Ok(value)
                    },
                    Err(err) => Err(request_error(err)),
                }
            };
            tokio::select! {
                biased;
                result = attempt => result,
                _ = self.offline_for(timeout) => Err(self.no_connection(timeout)),
                _ = tokio::time::sleep_until(deadline.into()) => {
                    // A request that could not be answered because the connection is
                    // down is a connection loss (as libzookeeper reports it), not a slow server.
                    if matches!(self.state(), State::Connected | State::ReadOnly) {
                        Err(ZkError::new(code::OPERATIONTIMEOUT))
                    } else {
                        Err(self.no_connection(timeout))
                    }
                },
            }
        })
    }

    /// A call gave up waiting for a connection: for how long there has been none.
    fn no_connection(&self, timeout: Duration) -> ZkError {
        let detail = match *self.offline_since.borrow() {
            Some(since) => format!("no connection to {} for {} ms", self.key.servers, since.elapsed().as_millis()),
            // Not yet seen by the background task: the call's own wait.
            None => format!("no connection to {} within {} ms", self.key.servers, timeout.as_millis()),
        };
        ZkError::new(code::CONNECTIONLOSS).with_detail(detail)
    }

    /// `call` for reads, which are safe to repeat: a read that failed because
    /// the connection dropped is sent again once reconnected, within the same
    /// deadline (and within one timeout of the disconnection).
    fn retrying<T, F, Fut>(&self, timeout: Duration, request: F) -> ZkResult<T>
    where
        F: Fn(Arc<Client>) -> Fut,
        Fut: Future<Output = Result<T, zookeeper_client::Error>>,
    {
        let deadline = Instant::now() + timeout;
        loop {
            match self.call_until(deadline, timeout, &request) {
                Err(err)
                    if err.code == code::CONNECTIONLOSS
                        && self.is_usable()
                        && deadline.saturating_duration_since(Instant::now()) >= Duration::from_millis(10)
                        && self.offline_longer_than(timeout).is_none() =>
                {
                    // Let the background task notice the state change before asking again.
                    std::thread::sleep(Duration::from_millis(5));
                },
                result => return result,
            }
        }
    }

    fn may_serve_cached(&self) -> bool {
        let state_allows = match self.state() {
            State::Connected | State::ReadOnly => true,
            State::Disconnected => self.config.serve_stale,
            _ => false,
        };
        state_allows && coarse_now_ms().saturating_sub(self.last_heard.load(Ordering::Relaxed)) < self.timeout_ms()
    }

    fn timeout_ms(&self) -> u64 {
        u64::try_from(self.config.session_timeout.as_millis()).unwrap_or(u64::MAX)
    }

    fn heard_now(&self) {
        self.last_heard.store(coarse_now_ms(), Ordering::Relaxed);
    }

    /// `get`, `exists` and `getChildren`: from the cache while its entry's watch
    /// is armed, else from the server (arming a watch that keeps the answer).
    pub fn read(self: &Arc<Self>, kind: Kind, path: &str, options: ReadOptions) -> ZkResult<Value> {
        if options.use_cache {
            if let Some(value) = self.cached(kind, path, options.watcher) {
                return Ok(value);
            }
        }
        if !options.use_cache && options.watcher.is_none() {
            return self.retrying(options.timeout, |client| async move { fetch(&client, kind, path).await });
        }
        Stats::count(&self.stats.misses);
        let (value, watch) = self.retrying(options.timeout, |client| async move { fetch_watched(&client, kind, path).await })?;
        let Some(watch) = watch else {
            return Ok(value);
        };
        if options.use_cache {
            let generation = self.cache.insert(kind, path, value.clone(), options.watcher);
            let task = self.runtime.spawn(watch_entry(Arc::downgrade(self), kind, path.to_owned(), generation, watch));
            self.cache.set_watch(kind, path, generation, task.abort_handle());
        } else if let Some(watcher) = options.watcher {
            let events = self.events.clone();
            self.runtime.spawn(async move {
                let event = wait_for(watch).await;
                events.push(Event::Watch { watcher, event_type: event.0, state: event.1, path: event.2 });
            });
        }
        Ok(value)
    }

    /// The cached answer, if the cache may be trusted now; `watcher` is then
    /// attached to the entry's armed watch.
    pub fn cached(&self, kind: Kind, path: &str, watcher: Option<WatcherId>) -> Option<Value> {
        if !self.may_serve_cached() {
            return None;
        }
        self.cache.lookup(kind, path, watcher)
    }

    /// Own writes drop what they make stale before they return, whatever the
    /// outcome (a failed write may also prove an entry stale).
    pub(super) fn invalidate(&self, entries: &[(Kind, &str)]) {
        for (kind, path) in entries {
            self.cache.invalidate(*kind, path);
        }
    }

    pub fn create(&self, path: &str, data: &[u8], acl: &[Acl], mode: CreateMode, ttl: Option<Duration>, timeout: Duration) -> ZkResult<String> {
        let sequential = matches!(mode, CreateMode::PersistentSequential | CreateMode::EphemeralSequential);
        let result = self.call(timeout, |client| async move {
            let options = mode.with_acls(zookeeper_client::Acls::new(acl));
            let options = match ttl {
                Some(ttl) => options.with_ttl(ttl),
                None => options,
            };
            client.create(path, data, &options).await
        });
        let result = result.map_err(|err| explain_oversize(err, data.len()));
        let created = match &result {
            Ok((_, sequence)) if sequential => format!("{path}{sequence}"),
            _ => path.to_owned(),
        };
        self.invalidate(&[(Kind::Data, &created), (Kind::Exists, &created), (Kind::Children, parent(&created))]);
        result.map(|_| created)
    }

    pub fn set(&self, path: &str, data: &[u8], version: Option<i32>, timeout: Duration) -> ZkResult<Stat> {
        let result = self.call(timeout, |client| async move { client.set_data(path, data, version).await });
        self.invalidate(&[(Kind::Data, path), (Kind::Exists, path)]);
        result.map_err(|err| explain_oversize(err, data.len()))
    }

    pub fn delete(&self, path: &str, version: Option<i32>, timeout: Duration) -> ZkResult<()> {
        let result = self.call(timeout, |client| async move { client.delete(path, version).await });
        self.invalidate(&[(Kind::Data, path), (Kind::Exists, path), (Kind::Children, path), (Kind::Children, parent(path))]);
        result
    }

    pub fn get_acl(&self, path: &str, timeout: Duration) -> ZkResult<(Vec<Acl>, Stat)> {
        self.call(timeout, |client| async move { client.get_acl(path).await })
    }

    pub fn set_acl(&self, path: &str, acl: &[Acl], version: Option<i32>, timeout: Duration) -> ZkResult<Stat> {
        let result = self.call(timeout, |client| async move { client.set_acl(path, acl, version).await });
        self.invalidate(&[(Kind::Data, path), (Kind::Exists, path), (Kind::Children, path)]);
        result
    }

    pub fn get_config(&self, watcher: Option<WatcherId>, timeout: Duration) -> ZkResult<(Vec<u8>, Stat)> {
        let Some(watcher) = watcher else {
            return self.call(timeout, |client| async move { client.get_config().await });
        };
        let (data, stat, watch) = self.call(timeout, |client| async move { client.get_and_watch_config().await })?;
        let events = self.events.clone();
        self.runtime.spawn(async move {
            let event = wait_for(watch).await;
            events.push(Event::Watch { watcher, event_type: event.0, state: event.1, path: event.2 });
        });
        Ok((data, stat))
    }

    /// Dynamic reconfiguration: `joining`/`leaving` for an incremental change,
    /// or `members` for a whole new ensemble.
    pub fn reconfig(&self, change: Reconfig<'_>, version: Option<i64>, timeout: Duration) -> ZkResult<(Vec<u8>, Stat)> {
        use zookeeper_client::EnsembleUpdate;
        let result = self.call(timeout, |client| async move {
            match change {
                Reconfig::Incremental { joining, leaving } => {
                    client
                        .update_ensemble(EnsembleUpdate::Incremental { joinings: joining.iter().copied(), leavings: leaving.iter().copied() }, version)
                        .await
                },
                Reconfig::New { members } => client.update_ensemble(EnsembleUpdate::New { ensemble: members.iter().copied() }, version).await,
            }
        });
        self.invalidate(&[(Kind::Data, "/zookeeper/config")]);
        result
    }

    /// Ends the session for real (ephemeral nodes go at once), waiting up to
    /// `wait` for the server to confirm.
    pub fn close(&self, wait: Duration) {
        // In a child forked after connecting, this session is the parent's:
        // leave it alone (waiting on its runtime here would never end).
        if self.closed.swap(true, Ordering::AcqRel) || super::process::inherited() {
            return;
        }
        let previous = self.conn.send_replace(Conn::Failed(ZkError::new(code::CLOSING)));
        self.session_id.store(0, Ordering::Relaxed);
        self.cache.clear();
        self.state.store(State::Closed as u8, Ordering::Release);
        if let Conn::Ready(client) = previous {
            let mut state = client.state_watcher();
            // Dropping the last client handle makes the library send closeSession.
            drop(client);
            let _ = self.runtime.block_on(async {
                tokio::time::timeout(wait, async {
                    while !state.state().is_terminated() {
                        state.changed().await;
                    }
                })
                .await
            });
        }
    }

    /// The client if connected right now, for background work that must not
    /// wait (the session handler's lock clean-up).
    pub(super) fn ready_client(&self) -> Option<Arc<Client>> {
        match &*self.conn.borrow() {
            Conn::Ready(client) => Some(client.clone()),
            _ => None,
        }
    }

    pub(super) fn runtime(&self) -> &Handle {
        &self.runtime
    }

    fn set_state(&self, state: State) {
        self.state.store(state as u8, Ordering::Release);
    }

    /// How long the session has had no connection, if at least `limit`.
    fn offline_longer_than(&self, limit: Duration) -> Option<Duration> {
        let offline = (*self.offline_since.borrow())?.elapsed();
        (offline >= limit).then_some(offline)
    }

    /// Resolves once the session has had no connection for `limit`.
    async fn offline_for(&self, limit: Duration) {
        let mut since = self.offline_since.subscribe();
        loop {
            let current = *since.borrow_and_update();
            let changed = match current {
                Some(start) => tokio::select! {
                    _ = tokio::time::sleep_until((start + limit).into()) => return,
                    changed = since.changed() => changed,
                },
                None => since.changed().await,
            };
            if changed.is_err() {
                // The session is gone; the caller's other branches end the wait.
                std::future::pending::<()>().await;
            }
        }
    }

    /// The connection dropped: starts the outage clock, unless it runs already.
    fn lost_connection(&self) {
        self.offline_since.send_if_modified(|since| {
            if since.is_some() {
                return false;
            }
            *since = Some(Instant::now());
            true
        });
    }

    fn regained_connection(&self) {
        self.offline_since.send_if_modified(|since| since.take().is_some());
    }

    /// No connection object any more: calls wait for the next one (for what
    /// is left of their timeout since the connection dropped).
    fn connecting(&self) {
        self.lost_connection();
        self.conn.send_replace(Conn::Connecting);
    }

    fn publish(&self, state: SessionState) {
        self.events.push(Event::Session { session: self.ordinal, state });
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.closed.store(true, Ordering::Release);
    }
}

/// A change of ensemble membership for `Session::reconfig`.
#[derive(Clone, Copy, Debug)]
pub enum Reconfig<'a> {
    Incremental { joining: &'a [&'a str], leaving: &'a [&'a str] },
    New { members: &'a [&'a str] },
}

/// The server's default request limit (jute.maxbuffer, 0xfffff bytes). Over
/// it, the server just drops the connection: say why instead of a bare loss.
const SERVER_REQUEST_LIMIT: usize = 0xfffff;

fn explain_oversize(err: ZkError, data_len: usize) -> ZkError {
    if err.code == code::CONNECTIONLOSS && data_len + 1024 > SERVER_REQUEST_LIMIT {
        return err.with_detail(format!(
            "the server closed the connection: {data_len} bytes of data is over (or near) its request size limit (jute.maxbuffer, 1 MB by default)"
        ));
    }
    err
}

/// A request's error. The client library fails every request in flight when
/// the connection drops (with the cause: a closed socket, "no response from
/// connection", ...) and every queued one when it gives up reconnecting (as
/// "session expired", though only the ensemble can tell): the request may or
/// may not have been applied, and the session may well carry on.
fn request_error(err: zookeeper_client::Error) -> ZkError {
    use zookeeper_client::Error as E;
    let cause = match &err {
        E::Custom(_) => format!(" ({err})"),
        E::ConnectionLoss | E::SessionExpired | E::ClientClosed => String::new(),
        _ => return ZkError::from(err),
    };
    ZkError::new(code::CONNECTIONLOSS)
        .with_detail(format!("connection lost during the request; it may or may not have been applied{cause}"))
}

fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

async fn fetch(client: &Client, kind: Kind, path: &str) -> Result<Value, zookeeper_client::Error> {
    Ok(match kind {
        Kind::Data => {
            let (data, stat) = client.get_data(path).await?;
            Value::Data { data: data.into(), stat }
        },
        Kind::Exists => Value::Exists(client.check_stat(path).await?),
        Kind::Children => {
            let (names, stat) = client.get_children(path).await?;
            Value::Children { names: names.into(), stat }
        },
    })
}

/// A read that arms a watch. No watch comes back when the server set none
/// (reading data or children of a node that does not exist fails instead).
async fn fetch_watched(client: &Client, kind: Kind, path: &str) -> Result<(Value, Option<OneshotWatcher>), zookeeper_client::Error> {
    Ok(match kind {
        Kind::Data => {
            let (data, stat, watch) = client.get_and_watch_data(path).await?;
            (Value::Data { data: data.into(), stat }, Some(watch))
        },
        Kind::Exists => {
            let (stat, watch) = client.check_and_watch_stat(path).await?;
            (Value::Exists(stat), Some(watch))
        },
        Kind::Children => {
            let (names, stat, watch) = client.get_and_watch_children(path).await?;
            (Value::Children { names: names.into(), stat }, Some(watch))
        },
    })
}

/// The watch's event, or a session-closed event if the client went away
/// without delivering one (the library then drops the sender, which panics
/// inside `changed`: caught here, within the task that owns the watcher, so
/// aborting that task still drops the watcher).
pub(super) async fn wait_for(watch: OneshotWatcher) -> (EventType, SessionState, String) {
    use futures::FutureExt;
    match std::panic::AssertUnwindSafe(watch.changed()).catch_unwind().await {
        Ok(event) => (event.event_type, event.session_state, event.path),
        Err(_) => (EventType::Session, SessionState::Closed, String::new()),
    }
}

async fn watch_entry(session: Weak<Session>, kind: Kind, path: String, generation: u64, watch: OneshotWatcher) {
    let (event_type, state, _) = wait_for(watch).await;
    let Some(session) = session.upgrade() else {
        return;
    };
    for watcher in session.cache.fired(kind, &path, generation) {
        session.events.push(Event::Watch { watcher, event_type, state, path: if event_type == EventType::Session { String::new() } else { path.clone() } });
    }
}

/// Keeps a session connected for as long as it is wanted: connects, follows
/// state changes, proves the server still answers (for the cache's trust), and
/// after the connection is given up tries to resume the same session; only
/// when a server says the session expired does it flush the cache and start
/// a new one. Holds only a weak reference across waits, so a dropped session
/// ends it.
async fn maintain(weak: Weak<Session>) {
    let mut backoff = Duration::from_millis(100);
    // The session to resume: the client library gives up on its own after a
    // while without any server (and calls that "expired"), but only the
    // ensemble can expire a session.
    let mut resume: Option<SessionInfo> = None;
    loop {
        let Some(session) = weak.upgrade() else { return };
        if session.closed.load(Ordering::Acquire) {
            return;
        }
        let mut connector = Client::connector().with_session_timeout(session.config.session_timeout);
        for (scheme, credential) in &session.key.auth {
            connector = connector.with_auth(scheme, credential);
        }
        if let Some(info) = resume.clone() {
            connector = connector.with_session(info);
        }
        let servers = session.key.servers.clone();
        drop(session);
        let connected = connector.connect(&servers).await;
        let Some(session) = weak.upgrade() else { return };
        let client = match connected {
            Ok(client) => client,
            Err(zookeeper_client::Error::AuthFailed) => {
                session.conn.send_replace(Conn::Failed(ZkError::new(code::AUTHFAILED)));
                session.set_state(State::AuthFailed);
                session.publish(SessionState::AuthFailed);
                return;
            },
            Err(zookeeper_client::Error::SessionExpired) if resume.is_some() => {
                // The ensemble confirms it: now the session is gone.
                resume = None;
                session.expired();
                continue;
            },
            Err(_) => {
                drop(session);
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(2));
                continue;
            },
        };
        backoff = Duration::from_millis(100);
        if session.closed.load(Ordering::Acquire) {
            return;
        }
        if resume.take().is_some() {
            Stats::count(&session.stats.reconnects);
        } else {
            Stats::count(&session.stats.sessions_created);
        }
        let info = client.session().clone();
        let mut states = client.state_watcher();
        session.heard_now();
        session.session_id.store(info.id().0, Ordering::Relaxed);
        session.regained_connection();
        // The only long-lived handle is the one in `conn`: when close() takes
        // it out and drops it, the library sends closeSession.
        session.conn.send_replace(Conn::Ready(Arc::new(client)));
        session.set_state(State::Connected);
        session.publish(SessionState::SyncConnected);
        let keepalive_every = session.config.session_timeout / 3;
        drop(session);
        let mut keepalive = tokio::time::interval(keepalive_every);
        keepalive.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            let state = tokio::select! {
                state = states.changed() => state,
                _ = keepalive.tick() => {
                    let Some(session) = weak.upgrade() else { return };
                    let client = match &*session.conn.borrow() {
                        Conn::Ready(client) if session.state() == State::Connected => client.clone(),
                        _ => continue,
                    };
                    drop(session);
                    // A real round trip: the only proof that the server still holds the session.
                    if client.check_stat("/").await.is_ok() {
                        if let Some(session) = weak.upgrade() {
                            session.heard_now();
                        }
                    }
                    continue;
                },
            };
            let Some(session) = weak.upgrade() else { return };
            if session.closed.load(Ordering::Acquire) {
                return;
            }
            if state == SessionState::SyncConnected && session.state() == State::Disconnected {
                Stats::count(&session.stats.reconnects);
                session.heard_now();
            }
            match state {
                SessionState::SyncConnected | SessionState::ConnectedReadOnly => session.regained_connection(),
                _ => session.lost_connection(),
            }
            if !state.is_terminated() {
                session.set_state(State::from_client(state));
                session.publish(state);
                continue;
            }
            // The connection object is finished: its watches are gone, and so
            // is what they guarded.
            session.cache.clear();
            match state {
                SessionState::Expired => {
                    // Maybe only the library's own verdict: try to resume first.
                    resume = Some(info.clone());
                    session.connecting();
                    session.set_state(State::Disconnected);
                    session.publish(SessionState::Disconnected);
                },
                _ => {
                    session.conn.send_replace(Conn::Failed(ZkError::from(state_error(state))));
                    session.set_state(State::from_client(state));
                    session.publish(state);
                    return;
                },
            }
            break;
        }
    }
}

impl Session {
    /// The ensemble expired the session: everything of it is gone; a new
    /// session follows.
    fn expired(&self) {
        Stats::count(&self.stats.expirations);
        self.session_id.store(0, Ordering::Relaxed);
        self.cache.clear();
        self.connecting();
        self.set_state(State::Connecting);
        self.publish(SessionState::Expired);
    }
}

/// Monotonic milliseconds from a clock cheap enough for every cached read
/// (a few ms of resolution is plenty against a session timeout).
fn coarse_now_ms() -> u64 {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC_COARSE, &mut now) };
    (now.tv_sec as u64) * 1000 + (now.tv_nsec as u64) / 1_000_000
}

fn state_error(state: SessionState) -> zookeeper_client::Error {
    match state {
        SessionState::AuthFailed => zookeeper_client::Error::AuthFailed,
        SessionState::Expired => zookeeper_client::Error::SessionExpired,
        _ => zookeeper_client::Error::ClientClosed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_of_paths() {
        assert_eq!(parent("/a"), "/");
        assert_eq!(parent("/a/b"), "/a");
        assert_eq!(parent("/a/b/c"), "/a/b");
        assert_eq!(parent("/"), "/");
    }

    #[test]
    fn a_request_cut_off_by_the_connection_is_a_connection_loss_that_may_have_been_applied() {
        use zookeeper_client::Error as E;
        for err in [E::ConnectionLoss, E::SessionExpired, E::ClientClosed] {
            let mapped = request_error(err);
            assert_eq!(mapped.code, code::CONNECTIONLOSS);
            assert_eq!(mapped.to_string(), "connection loss: connection lost during the request; it may or may not have been applied");
        }
        assert_eq!(request_error(E::NoNode), ZkError::new(code::NONODE));
    }

    #[test]
    fn key_debug_hides_credentials() {
        let key = SessionKey { servers: "h:1".into(), auth: vec![("digest".into(), b"user:secret".to_vec())] };
        let text = format!("{key:?}");
        assert!(text.contains("digest"));
        assert!(!text.contains("secret"), "{text}");
    }
}
