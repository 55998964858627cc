//! Per-process state: the tokio runtime, the shared-session registry, the event
//! queue and the counters. Nothing exists until first use, because the php-fpm
//! master loads the extension and then forks: a runtime started there would
//! have no threads in the workers. A fork after first use is noticed through
//! pthread_atfork: the child never touches the parent's state (see
//! REACTOR_INHERITED).

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
    runtime: Mutex<Option<Runtime>>,
    handle: Handle,
    sessions: Mutex<HashMap<SessionKey, Arc<Session>>>,
    pub events: Arc<EventQueue>,
    pub stats: Arc<Stats>,
    next_ordinal: AtomicU64,
}

static CURRENT: AtomicPtr<Process> = AtomicPtr::new(std::ptr::null_mut());
/// Set in a child forked after this process had connected: the client
/// library's I/O reactor (async-io: a process-wide epoll instance and its
/// thread) is then shared with the parent and has no thread here, so no
/// connection can work in this process.
static REACTOR_INHERITED: AtomicBool = AtomicBool::new(false);
static ATFORK: Once = Once::new();

extern "C" fn after_fork_in_child() {
    // The atfork handler is registered when the first runtime starts, so a
    // fork that gets here always follows a connection in the parent.
    REACTOR_INHERITED.store(true, Ordering::SeqCst);
}

/// This process's state, created on first call. Only the PHP thread calls this.
/// In a child forked after the parent had connected it fails with a clear
/// message instead of hanging on a reactor that has no thread here.
pub fn current() -> std::io::Result<&'static Process> {
    if REACTOR_INHERITED.load(Ordering::Relaxed) {
        return Err(std::io::Error::other(
            "ZooKeeper cannot be used in a process forked (pcntl_fork) after its parent had connected: \
             the client library's I/O reactor does not survive fork. Connect only after forking \
             (the php-fpm master never connects, so fpm workers are not affected)",
        ));
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

/// True in a child forked after this process had connected: nothing of the
/// parent's state may be used (its runtime has no threads here).
pub fn inherited() -> bool {
    REACTOR_INHERITED.load(Ordering::Relaxed)
}

/// The state if this process has started any, without starting it.
pub fn started() -> Option<&'static Process> {
    if inherited() {
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
        Session::open(ordinal, key, config.clone(), self.handle.clone(), self.events.clone(), self.stats.clone())
    }

    /// Calls the event notifier again in a moment, from the runtime: for events
    /// the PHP thread had to leave queued.
    pub fn notify_soon(&self) {
        self.handle.spawn(async {
            tokio::time::sleep(Duration::from_millis(1)).await;
            EventQueue::notify();
        });
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
