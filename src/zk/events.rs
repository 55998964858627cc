//! The one way out of the background threads: events queued in the inbox of
//! the PHP thread they belong to. Background code never calls into PHP; it
//! pushes into an inbox and calls the inbox's wake function, which (in the
//! PHP glue) asks that thread's engine for a VM interrupt.
//!
//! Under NTS PHP there is one PHP thread, so one inbox. Under ZTS every PHP
//! thread has its own, and a watch registered by a request is delivered only
//! to the inbox of the thread that ran the request.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;
use zookeeper_client::{EventType, SessionState};

/// Identifies a PHP callback registered by the PHP glue; opaque to the core.
/// The glue never reuses one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WatcherId(pub u64);

/// Tells the events of one ZooKeeper session from another's (never reused in a process).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SessionOrdinal(pub u64);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A one-shot node watch fired (or was ended by the session's end) for `watcher`.
    /// `path` is the server-side path; the glue strips the watcher's chroot.
    Watch { watcher: WatcherId, event_type: EventType, state: SessionState, path: String },
    /// The state of a session changed.
    Session { session: SessionOrdinal, state: SessionState },
    /// An outcome the glue queued for one of its own callbacks, to run it at
    /// the next dispatch point rather than at once; `code` is the glue's.
    Completion { watcher: WatcherId, code: i64 },
}

/// Events for one PHP thread, with the sequence number each got when pushed,
/// so the glue can tell events from before a point in time from later ones.
pub struct Inbox {
    queue: Mutex<Queued>,
    pending: AtomicBool,
    /// Counts the thread's finished requests: a waiter registered in an
    /// earlier request is dead (its callback is gone), see `Waiter::is_alive`.
    scope: AtomicU64,
    wake: Box<dyn Fn() + Send + Sync>,
}

#[derive(Default)]
struct Queued {
    events: VecDeque<(u64, Event)>,
    last_sequence: u64,
}

impl Inbox {
    /// `wake` is called from any thread after an event was pushed.
    pub fn new(wake: impl Fn() + Send + Sync + 'static) -> Arc<Inbox> {
        Arc::new(Inbox { queue: Mutex::default(), pending: AtomicBool::new(false), scope: AtomicU64::new(0), wake: Box::new(wake) })
    }

    pub fn push(&self, event: Event) {
        self.enqueue(event);
        self.wake();
    }

    /// Queues an event from the PHP thread itself, without asking for an
    /// interrupt: it runs at the thread's next dispatch point.
    pub fn push_quiet(&self, event: Event) {
        self.enqueue(event);
    }

    fn enqueue(&self, event: Event) {
        {
            let mut queue = self.queue.lock();
            queue.last_sequence += 1;
            let sequence = queue.last_sequence;
            queue.events.push_back((sequence, event));
        }
        self.pending.store(true, Ordering::Release);
    }

    /// Puts events back at the front, in their order (the glue could not run them yet).
    pub fn push_front(&self, events: Vec<(u64, Event)>) {
        if events.is_empty() {
            return;
        }
        let mut queue = self.queue.lock();
        for event in events.into_iter().rev() {
            queue.events.push_front(event);
        }
        self.pending.store(true, Ordering::Release);
    }

    /// Calls the wake function (as after a push).
    pub fn wake(&self) {
        (self.wake)();
    }

    /// Cheap check for the hot path: is there anything to dispatch?
    pub fn is_pending(&self) -> bool {
        self.pending.load(Ordering::Acquire)
    }

    /// Takes the oldest event. The lock is released before the caller runs any
    /// PHP code for it, so a callback may queue or dispatch again.
    pub fn pop(&self) -> Option<(u64, Event)> {
        let mut queue = self.queue.lock();
        let event = queue.events.pop_front();
        if queue.events.is_empty() {
            self.pending.store(false, Ordering::Release);
        }
        event
    }

    /// The sequence number of the newest event pushed so far.
    pub fn last_sequence(&self) -> u64 {
        self.queue.lock().last_sequence
    }

    /// The thread's request ended: its queued events and waiters are dead.
    pub fn end_scope(&self) {
        self.scope.fetch_add(1, Ordering::AcqRel);
        let mut queue = self.queue.lock();
        queue.events.clear();
        self.pending.store(false, Ordering::Release);
    }

    /// A waiter for `watcher`, alive until this thread's current request ends.
    pub fn waiter(self: &Arc<Self>, watcher: WatcherId) -> Waiter {
        Waiter { watcher, inbox: self.clone(), scope: self.scope.load(Ordering::Acquire) }
    }
}

/// A PHP callback waiting for a watch: where to deliver the event and until
/// when anyone listens.
#[derive(Clone)]
pub struct Waiter {
    pub watcher: WatcherId,
    inbox: Arc<Inbox>,
    scope: u64,
}

impl Waiter {
    /// False once the request that registered it has ended (nothing would run it).
    pub fn is_alive(&self) -> bool {
        self.inbox.scope.load(Ordering::Acquire) == self.scope
    }

    /// Delivers a watch event, if anyone still listens.
    pub fn deliver(&self, event_type: EventType, state: SessionState, path: String) {
        if self.is_alive() {
            self.inbox.push(Event::Watch { watcher: self.watcher, event_type, state, path });
        }
    }

    /// Delivers an outcome for the glue's callback (a recipe's news), if
    /// anyone still listens.
    pub fn complete(&self, code: i64) {
        if self.is_alive() {
            self.inbox.push(Event::Completion { watcher: self.watcher, code });
        }
    }
}

impl std::fmt::Debug for Waiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Waiter").field("watcher", &self.watcher).field("alive", &self.is_alive()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU32;

    #[test]
    fn inbox_is_fifo_and_wakes() {
        let woken = Arc::new(AtomicU32::new(0));
        let counter = woken.clone();
        let inbox = Inbox::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        assert!(!inbox.is_pending());
        inbox.push(Event::Session { session: SessionOrdinal(1), state: SessionState::SyncConnected });
        inbox.push(Event::Session { session: SessionOrdinal(2), state: SessionState::Expired });
        assert!(inbox.is_pending());
        assert_eq!(woken.load(Ordering::SeqCst), 2);
        assert_eq!(inbox.last_sequence(), 2);
        let first = inbox.pop();
        assert_eq!(first, Some((1, Event::Session { session: SessionOrdinal(1), state: SessionState::SyncConnected })));
        inbox.push_front(vec![first.unwrap_or((0, Event::Session { session: SessionOrdinal(0), state: SessionState::Closed }))]);
        assert_eq!(inbox.pop().map(|(sequence, _)| sequence), Some(1), "put back in front");
        assert_eq!(inbox.pop().map(|(sequence, _)| sequence), Some(2));
        assert!(!inbox.is_pending());
        assert_eq!(inbox.pop(), None);
    }

    #[test]
    fn waiters_die_with_their_request() {
        let inbox = Inbox::new(|| {});
        let waiter = inbox.waiter(WatcherId(7));
        waiter.deliver(EventType::NodeDataChanged, SessionState::SyncConnected, "/a".into());
        assert!(inbox.pop().is_some());
        inbox.end_scope();
        assert!(!waiter.is_alive());
        waiter.deliver(EventType::NodeDataChanged, SessionState::SyncConnected, "/a".into());
        assert_eq!(inbox.pop(), None, "a dead waiter delivers nothing");
        assert!(inbox.waiter(WatcherId(8)).is_alive());
    }
}
