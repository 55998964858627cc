//! Per-process state: the tokio runtime, the shared-session registry, the event
//! queue and the counters. Nothing exists until first use, because the php-fpm
//! master loads the extension and then forks: a runtime started there would
//! have no threads in the workers. A fork is noticed through pthread_atfork;
//! the child abandons (leaks, never touches) the parent's state and starts anew.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, Ordering};
use std::sync::{Arc, Once};
use std::time::Duration;

use parking_lot::Mutex;
use tokio::runtime::{Handle, Runtime};

use super::events::EventQueue;
use super::session::{Session, SessionConfig, SessionKey};
use super::stats::Stats;

pub struct Process {
    /// Changes at every fork, so a session made before a fork is recognised.
    pub generation: u64,
    runtime: Mutex<Option<Runtime>>,
    handle: Handle,
    sessions: Mutex<HashMap<SessionKey, Arc<Session>>>,
    pub events: Arc<EventQueue>,
    pub stats: Arc<Stats>,
    next_ordinal: AtomicU64,
}

static CURRENT: AtomicPtr<Process> = AtomicPtr::new(std::ptr::null_mut());
static FORKED: AtomicBool = AtomicBool::new(false);
static GENERATION: AtomicU64 = AtomicU64::new(0);
static ATFORK: Once = Once::new();

extern "C" fn after_fork_in_child() {
    FORKED.store(true, Ordering::SeqCst);
}

/// This process's state, created on first call (and again after a fork).
/// Only the PHP thread calls this.
pub fn current() -> std::io::Result<&'static Process> {
    if FORKED.load(Ordering::Relaxed) && FORKED.swap(false, Ordering::SeqCst) {
        // The parent's runtime threads do not exist here; dropping its state
        // would wait for them or close the parent's sockets. Leak it instead.
        CURRENT.store(std::ptr::null_mut(), Ordering::SeqCst);
    }
    let existing = CURRENT.load(Ordering::Acquire);
    if !existing.is_null() {
        // SAFETY: set below from Box::leak and never freed.
        return Ok(unsafe { &*existing });
    }
    ATFORK.call_once(|| unsafe {
        libc::pthread_atfork(None, None, Some(after_fork_in_child));
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("zookeeper-io")
        .enable_all()
        .build()?;
    let process = Box::leak(Box::new(Process {
        generation: GENERATION.fetch_add(1, Ordering::SeqCst) + 1,
        handle: runtime.handle().clone(),
        runtime: Mutex::new(Some(runtime)),
        sessions: Mutex::new(HashMap::new()),
        events: Arc::new(EventQueue::new()),
        stats: Arc::new(Stats::default()),
        next_ordinal: AtomicU64::new(1),
    }));
    CURRENT.store(process, Ordering::Release);
    Ok(process)
}

/// The state if this process has started any, without starting it.
pub fn started() -> Option<&'static Process> {
    if FORKED.load(Ordering::SeqCst) {
        return None;
    }
    let existing = CURRENT.load(Ordering::Acquire);
    // SAFETY: as in `current`.
    (!existing.is_null()).then(|| unsafe { &*existing })
}

impl Process {
    /// The live shared session for `key`, or a new one. A session that has
    /// been closed or failed for good is replaced.
    pub fn shared_session(&self, key: &SessionKey, config: &SessionConfig) -> Arc<Session> {
        let mut sessions = self.sessions.lock();
        if let Some(session) = sessions.get(key) {
            if session.is_usable() {
                return session.clone();
            }
        }
        let session = self.open_session(key.clone(), config);
        sessions.insert(key.clone(), session.clone());
        session
    }

    /// A session of its own for one object (persistence off, or opted out).
    pub fn open_session(&self, key: SessionKey, config: &SessionConfig) -> Arc<Session> {
        let ordinal = self.next_ordinal.fetch_add(1, Ordering::Relaxed);
        Session::open(ordinal, self.generation, key, config.clone(), self.handle.clone(), self.events.clone(), self.stats.clone())
    }

    pub fn shared_sessions(&self) -> Vec<Arc<Session>> {
        self.sessions.lock().values().cloned().collect()
    }

    /// Process end: close every shared session for real (so its ephemeral
    /// nodes go at once), then stop the runtime.
    pub fn shutdown(&self, wait: Duration) {
        let sessions: Vec<_> = self.sessions.lock().drain().map(|(_, s)| s).collect();
        for session in &sessions {
            session.close(wait);
        }
        drop(sessions);
        if let Some(runtime) = self.runtime.lock().take() {
            runtime.shutdown_timeout(wait);
        }
    }
}
