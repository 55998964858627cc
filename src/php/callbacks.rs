//! PHP callbacks and their dispatch, always on the PHP thread.
//!
//! A callback is registered for the current request only and gets a fresh id;
//! the session layer knows only the id. Every registration is dropped at request
//! end, so an event arriving later finds no id and is discarded: a callback of
//! one request never runs in another. Ids are never reused.

use std::cell::RefCell;
use std::collections::HashMap;

use ext_php_rs::error::php_error;
use ext_php_rs::ffi;
use ext_php_rs::flags::ErrorType;
use ext_php_rs::types::{ZendCallable, Zval};
use ext_php_rs::zend::ExecutorGlobals;
use zookeeper_client::{EventType, SessionState};

use super::log;
use crate::path;
use crate::session::{self, Event, WatcherId};

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

pub fn state_code(state: SessionState) -> i64 {
    match state {
        SessionState::SyncConnected => state::CONNECTED,
        SessionState::ConnectedReadOnly => state::READONLY,
        SessionState::Disconnected => state::CONNECTING,
        SessionState::Expired => state::EXPIRED_SESSION,
        SessionState::AuthFailed => state::AUTH_FAILED,
        SessionState::Closed => state::CLOSED,
    }
}

enum Kind {
    /// A node watch: runs once, for the first event.
    Oneshot,
    /// An object's global watcher: runs for every state change of its session
    /// queued after it was registered (`since`, a queue sequence number).
    Global { session: u64, since: u64 },
}

struct Callback {
    callable: Zval,
    /// The chroot of the object that registered it: event paths are shown relative to it.
    chroot: String,
    kind: Kind,
    /// The object that registered it (see `new_owner`): its close() drops them all.
    owner: u64,
}

#[derive(Default)]
struct Registry {
    next_owner: u64,
    next_id: WatcherId,
    callbacks: HashMap<WatcherId, Callback>,
    dispatching: bool,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

/// A new owner id for an object that registers callbacks.
pub fn new_owner() -> u64 {
    REGISTRY.with_borrow_mut(|registry| {
        registry.next_owner += 1;
        registry.next_owner
    })
}

fn register(callable: Zval, chroot: &str, kind: Kind, owner: u64) -> WatcherId {
    REGISTRY.with_borrow_mut(|registry| {
        registry.next_id += 1;
        let id = registry.next_id;
        registry.callbacks.insert(id, Callback { callable, chroot: chroot.to_owned(), kind, owner });
        id
    })
}

pub fn register_oneshot(callable: Zval, chroot: &str, owner: u64) -> WatcherId {
    register(callable, chroot, Kind::Oneshot, owner)
}

pub fn register_global(callable: Zval, chroot: &str, session: u64, owner: u64) -> WatcherId {
    let since = session::process().map(|p| p.events.last_sequence()).unwrap_or(0);
    register(callable, chroot, Kind::Global { session, since }, owner)
}

/// Drops a registration (watcher replaced, read failed).
pub fn unregister(id: WatcherId) {
    // Taken out first, dropped after the borrow ends: dropping a closure may run PHP code.
    let removed = REGISTRY.with_borrow_mut(|registry| registry.callbacks.remove(&id));
    drop(removed);
}

/// Drops every callback an object registered (its close() or destruction),
/// as PECL's close() does: pending watches of the object never run.
pub fn unregister_owner(owner: u64) {
    let removed: Vec<Callback> = REGISTRY.with_borrow_mut(|registry| {
        let ids: Vec<WatcherId> = registry.callbacks.iter().filter(|(_, c)| c.owner == owner).map(|(id, _)| *id).collect();
        ids.iter().filter_map(|id| registry.callbacks.remove(id)).collect()
    });
    drop(removed);
}

/// Points a global watcher at another session (after addAuth moved its object).
pub fn rebind_global(id: WatcherId, session: u64) {
    REGISTRY.with_borrow_mut(|registry| {
        if let Some(Callback { kind: Kind::Global { session: bound, .. }, .. }) = registry.callbacks.get_mut(&id) {
            *bound = session;
        }
    });
}

/// Queues a session event for one global watcher only (a new object joining a
/// session that is already connected gets the CONNECTED event PECL would give).
pub fn notify_connected(id: WatcherId) {
    if let Ok(process) = session::process() {
        process.events.push(Event::Watch {
            watcher: id,
            event_type: EventType::Session,
            state: SessionState::SyncConnected,
            path: String::new(),
        });
    }
}

/// Request end: every callback of this request goes, and so do queued events.
pub fn end_request() {
    let callbacks = REGISTRY.with_borrow_mut(|registry| {
        registry.dispatching = false;
        std::mem::take(&mut registry.callbacks)
    });
    drop(callbacks);
    if let Some(process) = session::started_process() {
        process.events.clear();
    }
}

/// What to call for one event, with the borrow of the registry already released.
fn calls_for(sequence: u64, event: Event) -> Vec<(Zval, i64, i64, String)> {
    REGISTRY.with_borrow_mut(|registry| match event {
        Event::Watch { watcher, event_type, state, path } => {
            let is_global = matches!(registry.callbacks.get(&watcher), Some(Callback { kind: Kind::Global { .. }, .. }));
            if is_global {
                let callback = &registry.callbacks[&watcher];
                return vec![(callback.callable.shallow_clone(), event_code(event_type), state_code(state), path)];
            }
            let Some(callback) = registry.callbacks.remove(&watcher) else {
                return Vec::new();
            };
            // PECL filters session events out of node watchers: a node watcher
            // reports a node change or nothing.
            if event_type == EventType::Session {
                return Vec::new();
            }
            let shown = path::strip(&callback.chroot, &path).unwrap_or(&path).to_owned();
            vec![(callback.callable, event_code(event_type), state_code(state), shown)]
        },
        Event::Session { session, state } => registry
            .callbacks
            .values()
            .filter(|c| matches!(c.kind, Kind::Global { session: bound, since } if bound == session && since < sequence))
            .map(|c| (c.callable.shallow_clone(), event::SESSION, state_code(state), String::new()))
            .collect(),
    })
}

/// Runs queued callbacks in order. Stops (leaving the rest queued) as soon as a
/// callback leaves an exception pending, which the caller must then let PHP
/// raise; returns false in that case. Re-entry (a callback calling a method) is
/// a no-op, as in PECL.
pub fn dispatch() -> bool {
    let Some(process) = session::started_process() else {
        return true;
    };
    if !process.events.is_pending() {
        return true;
    }
    let entered = REGISTRY.with_borrow_mut(|registry| !std::mem::replace(&mut registry.dispatching, true));
    if !entered {
        return true;
    }
    let mut clean = true;
    // While an exception is pending the engine refuses to call PHP code: leave
    // the rest queued for the next dispatch instead of losing it.
    'events: while !ExecutorGlobals::has_exception() {
        let Some((sequence, event)) = process.events.pop() else { break };
        if let Event::Session { state, .. } = &event {
            log::session_state(*state);
        }
        for (callable, event_type, state, path) in calls_for(sequence, event) {
            if !invoke(&callable, event_type, state, &path) {
                clean = false;
                break 'events;
            }
        }
    }
    REGISTRY.with_borrow_mut(|registry| registry.dispatching = false);
    clean
}

/// Calls one watcher; false when it left an exception (or exit()) pending.
fn invoke(callable: &Zval, event_type: i64, state: i64, path: &str) -> bool {
    let result = ZendCallable::new(callable).and_then(|c| c.try_call(vec![&event_type, &state, &path]));
    if ExecutorGlobals::has_exception() {
        return false;
    }
    if result.is_err() {
        log::warn("could not invoke watcher callback");
        php_error(&ErrorType::Warning, "could not invoke watcher callback");
    }
    true
}

/// Calls a completion callback (addAuth) with its return code.
pub fn complete(callable: &Zval, rc: i64) {
    let result = ZendCallable::new(callable).and_then(|c| c.try_call(vec![&rc]));
    if result.is_err() && !ExecutorGlobals::has_exception() {
        php_error(&ErrorType::Warning, "could not invoke completion callback");
    }
}

static mut PREVIOUS_INTERRUPT: Option<unsafe extern "C" fn(*mut ffi::zend_execute_data)> = None;

/// The engine calls this on the PHP thread when a background thread asked for
/// a VM interrupt: that is when watchers run in a script that never calls
/// dispatch() (a `sleep()` loop, a long computation).
unsafe extern "C" fn on_interrupt(execute_data: *mut ffi::zend_execute_data) {
    // A panic must not unwind into the engine; an exception from a callback is
    // left pending for the VM to raise at the current opcode.
    let _ = std::panic::catch_unwind(dispatch);
    if let Some(process) = session::started_process().filter(|p| p.events.is_pending()) {
        // Left queued (an exception is on its way): ask again in a moment, so
        // they run at a later check (e.g. in the catch block). Not now: the
        // engine would call back before handling the exception, forever.
        process.notify_soon();
    }
    if let Some(previous) = PREVIOUS_INTERRUPT {
        previous(execute_data);
    }
}

/// Called from any thread after an event was queued.
fn request_interrupt() {
    // SAFETY: vm_interrupt is an atomic the engine polls; storing into it from
    // another thread is what it is for (pcntl's async signals do the same).
    unsafe { ffi::zend_atomic_bool_store(std::ptr::addr_of_mut!(ffi::executor_globals.vm_interrupt), true) };
}

/// Module startup: chain our interrupt hook before any other, and route
/// session events to it.
pub fn install() {
    // SAFETY: MINIT runs once, single-threaded, before any request.
    unsafe {
        PREVIOUS_INTERRUPT = ffi::zend_interrupt_function;
        ffi::zend_interrupt_function = Some(on_interrupt);
    }
    session::EventQueue::set_notifier(request_interrupt);
}
