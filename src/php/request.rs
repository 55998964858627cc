//! The request lifecycle as explicit state, one per PHP thread.
//!
//! Everything PHP-allocated the extension keeps (callbacks, a log stream)
//! belongs to the running request and lives here. At the extension's
//! request shutdown all of it is released and the phase turns `Ended`:
//! until the next request starts nothing may be registered (PHP's session
//! module, for one, runs user code later in the shutdown, when this
//! extension's request shutdown is over), so nothing PHP-allocated is ever
//! kept past the request or freed after the engine freed request memory.

use std::cell::{Cell, RefCell};
use std::sync::{Arc, OnceLock};

use super::boundary::{self, Failure, Held, Outcome};
use super::callbacks::Callbacks;
use super::codes::code;
use super::interrupt;
use super::thread::php_thread_state;
use crate::zk::{Inbox, ScopedEphemerals, WatcherId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Between the extension's request startup and request shutdown.
    Active,
    /// After the extension's request shutdown (until the next request).
    Ended,
}

/// What the running request holds.
pub struct Request {
    pub phase: Phase,
    pub callbacks: Callbacks,
    /// setLogStream()'s stream; log lines for it wait in `log_lines` until
    /// the next safe point writes them.
    pub log_stream: Option<Held>,
    pub log_lines: Vec<String>,
    /// Set while callbacks run: dispatch does not nest.
    pub dispatching: bool,
    /// Ephemeral nodes the request made through the shared session: deleted
    /// at its end (see `connection::EphemeralScope`).
    pub ephemerals: ScopedEphemerals,
}

/// A PHP thread's request, ids and inbox.
struct ThreadRequest {
    request: RefCell<Request>,
    last_id: Cell<u64>,
    inbox: OnceLock<Arc<Inbox>>,
}

php_thread_state! {
    // The CLI and php-fpm run no user code before the first request startup;
    // `Active` until then keeps embedded SAPIs without one working.
    PhpRequest: ThreadRequest = ThreadRequest {
        request: RefCell::new(Request {
            phase: Phase::Active,
            callbacks: Callbacks::new(),
            log_stream: None,
            log_lines: Vec::new(),
            dispatching: false,
            ephemerals: ScopedEphemerals::new(),
        }),
        last_id: Cell::new(0),
        inbox: OnceLock::new(),
    };
}

/// Runs `f` on the running request's state (no PHP code can run meanwhile).
pub fn with<R>(f: impl FnOnce(&mut Request) -> R) -> R {
    boundary::hold_state(|| PhpRequest::with(|thread| f(&mut thread.request.borrow_mut())))
}

pub fn phase() -> Phase {
    with(|request| request.phase)
}

/// Refuses to keep a PHP value once the request has ended.
pub fn require_active(what: &str) -> Outcome<()> {
    match phase() {
        Phase::Active => Ok(()),
        Phase::Ended => Err(Failure::pecl(code::INVALIDSTATE, Some(&format!("{what} after the request has ended (in PHP's shutdown, after zookeeper's own)")))),
    }
}

/// A new id for a callback or an object; never reused in this thread.
pub fn new_id() -> u64 {
    PhpRequest::with(|thread| {
        thread.last_id.set(thread.last_id.get() + 1);
        thread.last_id.get()
    })
}

pub fn new_watcher_id() -> WatcherId {
    WatcherId(new_id())
}

/// This PHP thread's inbox: where the core delivers its events.
pub fn inbox() -> Arc<Inbox> {
    PhpRequest::with(|thread| thread.inbox.get_or_init(|| Inbox::new(interrupt::waker())).clone())
}

/// Whether this thread's inbox holds events (the hot path: no clone).
pub fn events_pending() -> bool {
    PhpRequest::with(|thread| thread.inbox.get().is_some_and(|inbox| inbox.is_pending()))
}

/// The inbox if this thread has one, without making it.
pub fn existing_inbox() -> Option<Arc<Inbox>> {
    PhpRequest::with(|thread| thread.inbox.get().cloned())
}

/// Request startup. Ephemeral nodes made after the last request's end (by
/// code PHP ran later in its shutdown) are deleted before this one runs.
pub fn start() {
    delete_ephemerals();
    with(|request| request.phase = Phase::Active);
}

fn delete_ephemerals() {
    let mut nodes = with(|request| std::mem::take(&mut request.ephemerals));
    nodes.delete_all();
}

/// Request end: log lines are written, then every callback and stream of
/// the request is released (their destructors may run user code), and
/// nothing of it may come back.
pub fn end() -> Outcome<()> {
    // First, while the request's state is still whole: its locks and
    // ephemeral nodes go.
    super::recipes::end_request();
    delete_ephemerals();
    let flushed = super::log::flush();
    let (callbacks, stream) = with(|request| {
        request.phase = Phase::Ended;
        request.dispatching = false;
        request.log_lines.clear();
        (std::mem::take(&mut request.callbacks), request.log_stream.take())
    });
    if let Some(inbox) = existing_inbox() {
        inbox.end_scope();
    }
    // The persistent watches only this request's callbacks needed go too.
    if let Some(registry) = crate::zk::started_registry() {
        registry.release_unused_watches();
    }
    drop((callbacks, stream));
    let released = boundary::after(flushed, boundary::release_parked);
    if let Err(Failure::Bailout) = released {
        // The engine bailed out in a destructor or a log stream: no PHP code
        // may run now, and the request's memory goes with the request.
        boundary::forget_parked();
    }
    released
}
