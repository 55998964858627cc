//! Where a watch event becomes a PHP callback: the callbacks of the running
//! request, and their dispatch on the PHP thread.
//!
//! A callback is registered for the current request only and gets a fresh
//! id; the core knows only the id (in a `Waiter`). Every registration is
//! dropped at request end, so an event arriving later finds no id and is
//! discarded: a callback of one request never runs in another.

use std::collections::BTreeMap;
use std::sync::Arc;

use ext_php_rs::types::Zval;
use ext_php_rs::zend::ExecutorGlobals;
use zookeeper_client::{EventType, SessionState};

use super::boundary::{Failure, Outcome};
use super::callable::{BoundCallable, Called};
use super::log;
use super::request::{self, Phase};
use crate::zk::{self, Event, Inbox, SessionOrdinal, Waiter, WatcherId, ZkSession};

/// PECL's event type codes (Zookeeper::*_EVENT).
pub mod event {
    pub const CREATED: i64 = 1;
    pub const DELETED: i64 = 2;
    pub const CHANGED: i64 = 3;
    pub const CHILD: i64 = 4;
    pub const SESSION: i64 = -1;
    pub const NOTWATCHING: i64 = -2;
}

/// PECL's state codes (Zookeeper::*_STATE).
pub mod state {
    pub const EXPIRED_SESSION: i64 = -112;
    pub const AUTH_FAILED: i64 = -113;
    pub const CLOSED: i64 = 0;
    pub const CONNECTING: i64 = 1;
    pub const ASSOCIATING: i64 = 2;
    pub const CONNECTED: i64 = 3;
    pub const READONLY: i64 = 5;
    pub const NOTCONNECTED: i64 = 999;
}

fn event_code(event_type: EventType) -> i64 {
    match event_type {
        EventType::NodeCreated => event::CREATED,
        EventType::NodeDeleted => event::DELETED,
        EventType::NodeDataChanged => event::CHANGED,
        EventType::NodeChildrenChanged => event::CHILD,
        EventType::Session => event::SESSION,
    }
}

/// The one mapping of session states to PECL's state codes.
pub fn state_code(state: zk::State) -> i64 {
    match state {
        zk::State::Connecting | zk::State::Disconnected => state::CONNECTING,
        zk::State::Connected => state::CONNECTED,
        zk::State::ReadOnly => state::READONLY,
        zk::State::Expired => state::EXPIRED_SESSION,
        zk::State::AuthFailed => state::AUTH_FAILED,
        zk::State::Closed => state::CLOSED,
    }
}

enum Kind {
    /// A node watch: runs once, for the first event.
    Oneshot,
    /// A persistent watch (`addWatch()`): runs for every event until its
    /// request ends or `removeWatches()`; session events too (the core sends
    /// one when events may have been lost), shown with the watch's path.
    Persistent,
    /// An object's global watcher: runs for every state change of its session
    /// queued after it was registered (`since`, an inbox sequence number).
    /// `told` is the state it was told last: the same state twice in a row
    /// says nothing (a watcher registered while the session was connecting
    /// may be told CONNECTED both directly and by the session's event).
    Global { session: SessionOrdinal, since: u64, told: Option<SessionState> },
    /// A completion (addAuth's): runs once, with a result code.
    Completion,
    /// A recipe's listener (leader election): runs for every outcome
    /// delivered to it until the request ends, told a bool (code != 0).
    Listener,
}

struct Callback {
    callable: BoundCallable,
    /// The chroot of the object that registered it: event paths are shown relative to it.
    chroot: Arc<str>,
    kind: Kind,
    /// The object that registered it, if any: its close() drops them all.
    owner: Option<OwnerId>,
    /// What a node watcher watches (the server path), for `removeWatches()`.
    watches: Option<(WatcherType, String)>,
}

/// ZooKeeper's watcher types (WatcherType, as `removeWatches()` takes them;
/// `Any` matches them all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WatcherType {
    Children = 1,
    Data = 2,
    Any = 3,
    Persistent = 4,
    PersistentRecursive = 5,
}

impl WatcherType {
    pub fn from_code(code: i64) -> Option<WatcherType> {
        [WatcherType::Children, WatcherType::Data, WatcherType::Any, WatcherType::Persistent, WatcherType::PersistentRecursive]
            .into_iter()
            .find(|kind| *kind as i64 == code)
    }

    fn matches(self, other: WatcherType) -> bool {
        self == WatcherType::Any || self == other
    }
}

/// The PHP object a callback belongs to (its close() drops them all); ids
/// are never reused in a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OwnerId(u64);

impl OwnerId {
    /// A new id, never given out before in this thread.
    pub fn fresh() -> OwnerId {
        OwnerId(request::new_id())
    }
}

/// The callbacks of the running request, in registration order (ids grow).
#[derive(Default)]
pub struct Callbacks(BTreeMap<WatcherId, Callback>);

impl Callbacks {
    pub const fn new() -> Callbacks {
        Callbacks(BTreeMap::new())
    }
}

/// One callback to run for an event, taken out of the registry.
struct Call {
    watcher: WatcherId,
    callable: BoundCallable,
    what: Happened,
}

/// What a callback is told.
enum Happened {
    /// A watcher's `(int $type, int $state, string $path)`.
    Watch { event_type: EventType, state: SessionState, path: String },
    /// A completion's `(int $rc)`.
    Completion { code: i64 },
    /// A listener's `(bool $flag)`.
    Flag { value: bool },
}

impl Call {
    fn run(&self) -> Outcome<Called> {
        match &self.what {
            Happened::Watch { event_type, state, path } => {
                let mut args = [Zval::new(), Zval::new(), Zval::new()];
                args[0].set_long(event_code(*event_type));
                args[1].set_long(state_code(zk::State::from_client(*state)));
                args[2].set_string(path, false).map_err(|err| Failure::internal(&err.to_string()))?;
                self.callable.call(&mut args)
            },
            Happened::Completion { code } => {
                let mut args = [Zval::new()];
                args[0].set_long(*code);
                self.callable.call(&mut args)
            },
            Happened::Flag { value } => {
                let mut args = [Zval::new()];
                args[0].set_bool(*value);
                self.callable.call(&mut args)
            },
        }
    }

    /// The event again, for this callback only (it could not run yet).
    fn requeued(&self) -> Event {
        match &self.what {
            Happened::Watch { event_type, state, path } => Event::Watch { watcher: self.watcher, event_type: *event_type, state: *state, path: path.clone() },
            Happened::Completion { code } => Event::Completion { watcher: self.watcher, code: *code },
            Happened::Flag { value } => Event::Completion { watcher: self.watcher, code: i64::from(*value) },
        }
    }
}

impl Callbacks {
    /// A global watcher is about to be told `state`.
    fn told(&mut self, watcher: WatcherId, state: SessionState) {
        if let Some(Callback { kind: Kind::Global { told, .. }, .. }) = self.0.get_mut(&watcher) {
            *told = Some(state);
        }
    }

    fn insert(&mut self, callable: BoundCallable, chroot: &Arc<str>, kind: Kind, owner: Option<OwnerId>) -> WatcherId {
        self.insert_watching(callable, chroot, kind, owner, None)
    }

    fn insert_watching(
        &mut self,
        callable: BoundCallable,
        chroot: &Arc<str>,
        kind: Kind,
        owner: Option<OwnerId>,
        watches: Option<(WatcherType, String)>,
    ) -> WatcherId {
        let id = request::new_watcher_id();
        self.0.insert(id, Callback { callable, chroot: chroot.clone(), kind, owner, watches });
        id
    }

    /// What to call for one event; one-shot callbacks leave the registry.
    fn calls_for(&mut self, sequence: u64, event: Event) -> Vec<Call> {
        match event {
            Event::Watch { watcher, event_type, state, path } => {
                let Some(callback) = self.0.get_mut(&watcher) else {
                    return Vec::new();
                };
                if let Kind::Global { told, .. } = callback.kind {
                    if told == Some(state) {
                        return Vec::new();
                    }
                    return vec![Call { watcher, callable: callback.callable.clone(), what: Happened::Watch { event_type, state, path } }];
                }
                if let Kind::Persistent = callback.kind {
                    let shown = zk::path::strip(&callback.chroot, &path).unwrap_or(&path).to_owned();
                    return vec![Call { watcher, callable: callback.callable.clone(), what: Happened::Watch { event_type, state, path: shown } }];
                }
                let Some(callback) = self.0.remove(&watcher) else {
                    return Vec::new();
                };
                // PECL filters session events out of node watchers: a node
                // watcher reports a node change or nothing.
                if event_type == EventType::Session || !matches!(callback.kind, Kind::Oneshot) {
                    return Vec::new();
                }
                let shown = zk::path::strip(&callback.chroot, &path).unwrap_or(&path).to_owned();
                vec![Call { watcher, callable: callback.callable, what: Happened::Watch { event_type, state, path: shown } }]
            },
            Event::Session { session, state } => self
                .0
                .iter()
                .filter(|(_, c)| matches!(c.kind, Kind::Global { session: bound, since, told } if bound == session && since < sequence && told != Some(state)))
                .map(|(id, c)| Call {
                    watcher: *id,
                    callable: c.callable.clone(),
                    what: Happened::Watch { event_type: EventType::Session, state, path: String::new() },
                })
                .collect(),
            Event::Completion { watcher, code } if matches!(self.0.get(&watcher), Some(Callback { kind: Kind::Listener, .. })) => {
                let callable = self.0.get(&watcher).map(|callback| callback.callable.clone());
                callable.map(|callable| Call { watcher, callable, what: Happened::Flag { value: code != 0 } }).into_iter().collect()
            },
            Event::Completion { watcher, code } => match self.0.remove(&watcher) {
                Some(callback) if matches!(callback.kind, Kind::Completion) => {
                    vec![Call { watcher, callable: callback.callable, what: Happened::Completion { code } }]
                },
                _ => Vec::new(),
            },
        }
    }
}

/// Registers a node watcher of `watches` (its type and server path); the
/// waiter is what the core gets.
pub fn register_oneshot(callable: BoundCallable, chroot: &Arc<str>, owner: Option<OwnerId>, watches: (WatcherType, String)) -> Waiter {
    let id = request::with(|request| request.callbacks.insert_watching(callable, chroot, Kind::Oneshot, owner, Some(watches)));
    request::inbox().waiter(id)
}

/// Registers a persistent watcher (`addWatch()`) of the server path `path`.
pub fn register_persistent(callable: BoundCallable, chroot: &Arc<str>, owner: OwnerId, path: &str, recursive: bool) -> Waiter {
    let kind = if recursive { WatcherType::PersistentRecursive } else { WatcherType::Persistent };
    let id = request::with(|request| request.callbacks.insert_watching(callable, chroot, Kind::Persistent, Some(owner), Some((kind, path.to_owned()))));
    request::inbox().waiter(id)
}

/// `removeWatches()`: drops the watchers `owner` registered on the server
/// path `path` whose type `kind` matches; the ids dropped, with their types.
pub fn remove_watchers(owner: OwnerId, path: &str, kind: WatcherType) -> Vec<(WatcherId, WatcherType)> {
    let removed: Vec<(WatcherId, WatcherType, Callback)> = request::with(|request| {
        let ids: Vec<(WatcherId, WatcherType)> = request
            .callbacks
            .0
            .iter()
            .filter_map(|(id, callback)| match &callback.watches {
                Some((watched, at)) if callback.owner == Some(owner) && at == path && kind.matches(*watched) => Some((*id, *watched)),
                _ => None,
            })
            .collect();
        ids.into_iter().filter_map(|(id, watched)| request.callbacks.0.remove(&id).map(|callback| (id, watched, callback))).collect()
    });
    // Released here, outside the request's state (a callable's destructor may run).
    removed
        .into_iter()
        .map(|(id, watched, callback)| {
            drop(callback);
            (id, watched)
        })
        .collect()
}

/// Registers an object's global watcher for `session`'s state changes.
pub fn register_global(callable: BoundCallable, chroot: &Arc<str>, session: &ZkSession, owner: OwnerId) -> WatcherId {
    let inbox = request::inbox();
    session.subscribe(&inbox);
    let kind = Kind::Global { session: session.ordinal(), since: inbox.last_sequence(), told: None };
    request::with(|request| request.callbacks.insert(callable, chroot, kind, Some(owner)))
}

/// Drops a registration (watcher replaced, read failed).
pub fn unregister(id: WatcherId) {
    let removed = request::with(|request| request.callbacks.0.remove(&id));
    drop(removed);
}

/// Drops every callback an object registered (its close() or destruction),
/// as PECL's close() does: pending watches of the object never run.
pub fn unregister_owner(owner: OwnerId) {
    let removed: Vec<Callback> = request::with(|request| {
        if request.callbacks.0.is_empty() {
            return Vec::new();
        }
        let ids: Vec<WatcherId> = request.callbacks.0.iter().filter(|(_, c)| c.owner == Some(owner)).map(|(id, _)| *id).collect();
        ids.iter().filter_map(|id| request.callbacks.0.remove(id)).collect()
    });
    drop(removed);
}

/// Points a global watcher at another session (after addAuth moved its
/// object). With PECL addAuth changes no session, so the new session's
/// CONNECTED is not news (the watcher was told that state last) while its
/// failure (AUTH_FAILED for refused credentials) is.
pub fn rebind_global(id: WatcherId, session: &ZkSession) {
    session.subscribe(&request::inbox());
    request::with(|request| {
        if let Some(Callback { kind: Kind::Global { session: bound, .. }, .. }) = request.callbacks.0.get_mut(&id) {
            *bound = session.ordinal();
        }
    });
}

/// Queues a completion callback to run with `code` at the next dispatch
/// point (PECL's completions are asynchronous: they never run before the
/// method that takes them has returned).
pub fn complete_later(callable: BoundCallable, code: i64) {
    let watcher = request::with(|request| request.callbacks.insert(callable, &Arc::from(""), Kind::Completion, None));
    request::inbox().push_quiet(Event::Completion { watcher, code });
}

/// Registers a recipe's listener; the waiter is what the core gets.
pub fn register_listener(callable: BoundCallable, owner: Option<OwnerId>) -> Waiter {
    let id = request::with(|request| request.callbacks.insert(callable, &Arc::from(""), Kind::Listener, owner));
    request::inbox().waiter(id)
}

/// Queues a session event for one global watcher only (a new object joining a
/// session that is already connected gets the CONNECTED event PECL would give).
pub fn notify_connected(id: WatcherId) {
    request::inbox().push_quiet(Event::Watch { watcher: id, event_type: EventType::Session, state: SessionState::SyncConnected, path: String::new() });
}

/// Runs queued callbacks in order. Stops as soon as one leaves an exception
/// pending (Err(Thrown): the caller returns and PHP raises it); the
/// callbacks not run yet stay queued, also the rest of the same event's.
/// Re-entry (a callback calling a method) is a no-op, as in PECL.
pub fn dispatch() -> Outcome<()> {
    if !request::events_pending() {
        return Ok(());
    }
    let Some(inbox) = request::existing_inbox() else {
        return Ok(());
    };
    let entered = request::with(|request| request.phase == Phase::Active && !std::mem::replace(&mut request.dispatching, true));
    if !entered {
        return Ok(());
    }
    let result = run_queued(&inbox);
    request::with(|request| request.dispatching = false);
    result
}

fn run_queued(inbox: &Inbox) -> Outcome<()> {
    // While an exception is pending the engine refuses to call PHP code: leave
    // the rest queued for the next dispatch instead of losing it.
    while !ExecutorGlobals::has_exception() {
        let Some((sequence, event)) = inbox.pop() else { break };
        if let Event::Session { state, .. } = &event {
            log::session_state(*state);
        }
        let mut calls = request::with(|request| request.callbacks.calls_for(sequence, event)).into_iter();
        while let Some(call) = calls.next() {
            if let Happened::Watch { event_type: EventType::Session, state, .. } = call.what {
                request::with(|request| request.callbacks.told(call.watcher, state));
            }
            let outcome = call.run();
            if !matches!(outcome, Ok(Called::Returned)) {
                inbox.push_front(calls.map(|rest| (sequence, rest.requeued())).collect());
                return match outcome {
                    Ok(_) => Err(Failure::Thrown),
                    Err(failure) => Err(failure),
                };
            }
        }
    }
    Ok(())
}
