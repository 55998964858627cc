//! The one way out of the background threads: events queued for the PHP thread.
//! Background code never calls into PHP; it pushes here and pokes the notifier,
//! which (in the PHP glue) asks the engine for a VM interrupt.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use parking_lot::Mutex;
use zookeeper_client::{EventType, SessionState};

/// Identifies a PHP callback registered by the PHP glue; opaque to this layer.
pub type WatcherId = u64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A one-shot node watch fired (or was ended by session expiry) for `watcher`.
    /// `path` is the server-side path; the glue strips the watcher's chroot.
    Watch { watcher: WatcherId, event_type: EventType, state: SessionState, path: String },
    /// The state of session `session` (see `Session::ordinal`) changed.
    Session { session: u64, state: SessionState },
}

pub struct EventQueue {
    queue: Mutex<Queued>,
    pending: AtomicBool,
}

/// Events with the sequence number each got when pushed, so a consumer can
/// tell events from before a point in time (`last_sequence`) from later ones.
#[derive(Default)]
struct Queued {
    events: VecDeque<(u64, Event)>,
    last_sequence: u64,
}

/// The function called after an event is queued; process-wide, set once by the
/// PHP glue at module startup (before any queue exists).
static NOTIFIER: AtomicUsize = AtomicUsize::new(0);

impl EventQueue {
    pub const fn new() -> Self {
        EventQueue { queue: Mutex::new(Queued { events: VecDeque::new(), last_sequence: 0 }), pending: AtomicBool::new(false) }
    }

    /// Sets the function called (from any thread) after an event is queued.
    pub fn set_notifier(notify: fn()) {
        NOTIFIER.store(notify as usize, Ordering::Release);
    }

    /// Calls the notifier (as after a push).
    pub fn notify() {
        let notify = NOTIFIER.load(Ordering::Acquire);
        if notify != 0 {
            // SAFETY: only ever stored from a `fn()` in set_notifier.
            let notify: fn() = unsafe { std::mem::transmute::<usize, fn()>(notify) };
            notify();
        }
    }

    pub fn push(&self, event: Event) {
        {
            let mut queue = self.queue.lock();
            queue.last_sequence += 1;
            let sequence = queue.last_sequence;
            queue.events.push_back((sequence, event));
        }
        self.pending.store(true, Ordering::Release);
        Self::notify();
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

    pub fn clear(&self) {
        let mut queue = self.queue.lock();
        queue.events.clear();
        self.pending.store(false, Ordering::Release);
    }
}

impl Default for EventQueue {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU32;

    static NOTIFIED: AtomicU32 = AtomicU32::new(0);

    #[test]
    fn queue_is_fifo_and_notifies() {
        let queue = EventQueue::new();
        EventQueue::set_notifier(|| {
            NOTIFIED.fetch_add(1, Ordering::SeqCst);
        });
        assert!(!queue.is_pending());
        queue.push(Event::Session { session: 1, state: SessionState::SyncConnected });
        queue.push(Event::Session { session: 2, state: SessionState::Expired });
        assert!(queue.is_pending());
        assert_eq!(NOTIFIED.load(Ordering::SeqCst), 2);
        assert_eq!(queue.last_sequence(), 2);
        assert_eq!(queue.pop(), Some((1, Event::Session { session: 1, state: SessionState::SyncConnected })));
        assert!(queue.is_pending());
        assert_eq!(queue.pop(), Some((2, Event::Session { session: 2, state: SessionState::Expired })));
        assert!(!queue.is_pending());
        assert_eq!(queue.pop(), None);
    }
}
