//! Per-process state: the tokio runtime, the shared-session registry and the
//! counters. Nothing exists until first use, because the php-fpm master loads
//! the extension and then forks: a runtime started there would have no
//! threads in the workers.
//!
//! A process forked after its parent connected (pcntl_fork) gets a registry
//! of its own on first use: a new runtime, new sessions (sockets and timers
//! are the runtime's own, so nothing of the parent's I/O is shared). The
//! parent's registry, runtime and sessions are left alone in the child, never
//! used and never dropped (their locks may have been held by a parent thread
//! at the fork, and dropping would wake tasks of a runtime without threads).
//! The pid, kept current by a pthread_atfork handler, tells them apart.

use std::collections::HashMap;
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Once};
use std::time::Duration;

use parking_lot::Mutex;
use tokio::runtime::{Handle, Runtime};

use super::clock::coarse_now_ms;
use super::error::{Error, Result};
use super::events::SessionOrdinal;
use super::session::{SessionConfig, SessionKey, ZkSession};
use super::stats::Stats;

pub struct Registry {
    pid: u32,
    runtime: Mutex<Option<Runtime>>,
    handle: Handle,
    /// Looked up on every connect: a fast hash (foldhash, seeded per process).
    shared: Mutex<HashMap<SessionKey, Shared, foldhash::fast::RandomState>>,
    pub stats: Arc<Stats>,
    next_ordinal: AtomicU64,
    /// Close shared sessions no object has used for this long (ms, 0: never).
    idle_timeout_ms: AtomicU64,
    /// In a forked child: the sessions that stand in for the parent's private
    /// ones (by the parent session's ordinal), so every object that held one
    /// of them keeps one session here too.
    adopted: Mutex<HashMap<SessionOrdinal, Arc<ZkSession>>>,
}

/// A shared session and what tells whether it is idle.
struct Shared {
    session: Arc<ZkSession>,
    /// Times an object attached to it; the idle sweep compares it with `seen`.
    attached: u64,
    seen: u64,
    /// When the sweep first found it unused (coarse ms), 0 while in use.
    idle_since: u64,
}

/// The name of the runtime's threads (the panic hook tells them by it).
pub const RUNTIME_THREAD_NAME: &str = "zookeeper-io";

static CURRENT: AtomicPtr<Registry> = AtomicPtr::new(std::ptr::null_mut());
static PID: AtomicU32 = AtomicU32::new(0);
static ATFORK: Once = Once::new();

extern "C" fn after_fork_in_child() {
    // SAFETY: getpid is async-signal-safe and has no preconditions.
    PID.store(unsafe { libc::getpid() } as u32, Ordering::SeqCst);
}

/// This process's pid, without a system call.
pub fn current_pid() -> u32 {
    match PID.load(Ordering::Relaxed) {
        0 => std::process::id(),
        pid => pid,
    }
}

/// This process's state, created on first call (in a forked child: its own,
/// the parent's is left alone).
pub fn current() -> Result<&'static Registry> {
    if let Some(registry) = started() {
        return Ok(registry);
    }
    ATFORK.call_once(|| {
        PID.store(std::process::id(), Ordering::SeqCst);
        // SAFETY: registering a plain function that only stores atomics.
        unsafe { libc::pthread_atfork(None, None, Some(after_fork_in_child)) };
    });
    let runtime = with_signals_blocked(|| {
        tokio::runtime::Builder::new_multi_thread().worker_threads(1).thread_name(RUNTIME_THREAD_NAME).on_thread_start(block_all_signals).enable_all().build()
    })
    .map_err(|err| Error::System(format!("cannot start the ZooKeeper I/O runtime: {err}")))?;
    let registry = Box::leak(Box::new(Registry {
        pid: current_pid(),
        handle: runtime.handle().clone(),
        runtime: Mutex::new(Some(runtime)),
        shared: Mutex::new(HashMap::default()),
        stats: Arc::new(Stats::default()),
        next_ordinal: AtomicU64::new(1),
        idle_timeout_ms: AtomicU64::new(0),
        adopted: Mutex::new(HashMap::new()),
    }));
    CURRENT.store(registry, Ordering::Release);
    registry.handle.spawn(sweep_idle(registry));
    Ok(registry)
}

/// The state if this process has started any, without starting it.
pub fn started() -> Option<&'static Registry> {
    let existing = CURRENT.load(Ordering::Acquire);
    // SAFETY: only ever set from Box::leak above, never freed.
    let registry = unsafe { existing.as_ref() }?;
    (registry.pid == current_pid()).then_some(registry)
}

/// Threads the extension starts get every signal blocked, so the engine's
/// handlers (pcntl, max_execution_time, php-fpm's) only run on the PHP
/// thread. The runtime's threads are created with the mask already set (a
/// new thread inherits its creator's), so no signal can reach one before
/// `on_thread_start` runs.
fn with_signals_blocked<T>(start_threads: impl FnOnce() -> T) -> T {
    // SAFETY: sigset_t is plain data; the calls only read/write the sets we own.
    unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        let mut previous: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_BLOCK, &all, &mut previous);
        let result = start_threads();
        libc::pthread_sigmask(libc::SIG_SETMASK, &previous, std::ptr::null_mut());
        result
    }
}

fn block_all_signals() {
    // SAFETY: as in with_signals_blocked.
    unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_BLOCK, &all, std::ptr::null_mut());
    }
}

impl Registry {
    /// The live shared session for `key`, or a new one. A session that has
    /// been closed or failed for good is replaced.
    /// `config` is asked for only to open one.
    pub fn shared_session(&self, key: &SessionKey, config: impl FnOnce() -> SessionConfig) -> Arc<ZkSession> {
        let mut shared = self.shared.lock();
        if let Some(entry) = shared.get_mut(key).filter(|entry| entry.session.is_usable()) {
            entry.attached += 1;
            return entry.session.clone();
        }
        let session = self.open(key.clone(), &config(), true);
        shared.insert(key.clone(), Shared { session: session.clone(), attached: 1, seen: 0, idle_since: 0 });
        session
    }

    /// A session of its own for one object (persistence off, or opted out).
    pub fn private_session(&self, key: SessionKey, config: &SessionConfig) -> Arc<ZkSession> {
        self.open(key, config, false)
    }

    fn open(&self, key: SessionKey, config: &SessionConfig, shared: bool) -> Arc<ZkSession> {
        let ordinal = SessionOrdinal(self.next_ordinal.fetch_add(1, Ordering::Relaxed));
        ZkSession::open(ordinal, key, config.clone(), shared, self.handle.clone(), self.stats.clone())
    }

    /// The session of this process that stands in for `session`, a session
    /// of the process this one was forked from: the shared session of the
    /// same key, or a private session of its own for a private one.
    pub fn adopt(&self, session: &ZkSession) -> Arc<ZkSession> {
        if session.is_shared() {
            return self.shared_session(session.key(), || session.config().clone());
        }
        self.adopted.lock().entry(session.ordinal()).or_insert_with(|| self.private_session(session.key().clone(), session.config())).clone()
    }

    /// How long a shared session may stay unused before it is closed (0: never).
    pub fn set_idle_timeout(&self, timeout: Duration) {
        self.idle_timeout_ms.store(u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    pub fn shared_sessions(&self) -> Vec<Arc<ZkSession>> {
        self.shared.lock().values().map(|entry| entry.session.clone()).collect()
    }

    /// A request ended: the persistent watches only its callbacks needed go
    /// (from the server too).
    pub fn release_unused_watches(&self) {
        let mut sessions = self.shared_sessions();
        sessions.extend(self.adopted.lock().values().cloned());
        for session in sessions {
            session.release_unused_watches();
        }
    }

    /// Runs `future` on the runtime soon (for work the PHP thread must not wait for).
    pub fn spawn(&self, future: impl std::future::Future<Output = ()> + Send + 'static) {
        self.handle.spawn(future);
    }

    /// Process end: close every shared session for real (so its ephemeral
    /// nodes go at once), then stop the runtime.
    pub fn shutdown(&self, wait: Duration) {
        let mut sessions: Vec<_> = self.shared.lock().drain().map(|(_, entry)| entry.session).collect();
        sessions.extend(self.adopted.lock().drain().map(|(_, session)| session));
        for session in &sessions {
            session.close(wait);
        }
        drop(sessions);
        if let Some(runtime) = self.runtime.lock().take() {
            runtime.shutdown_timeout(wait);
        }
    }

    /// Takes out the shared sessions that have been idle long enough: no
    /// object holds them, none attached since the last sweep, and none keeps
    /// process-long ephemeral nodes.
    fn take_idle(&self, now_ms: u64) -> Vec<Arc<ZkSession>> {
        let timeout_ms = self.idle_timeout_ms.load(Ordering::Relaxed);
        if timeout_ms == 0 {
            return Vec::new();
        }
        let mut idle = Vec::new();
        self.shared.lock().retain(|_, entry| {
            let in_use = Arc::strong_count(&entry.session) > 1 || entry.attached != entry.seen || entry.session.holds_ephemerals();
            entry.seen = entry.attached;
            if in_use {
                entry.idle_since = 0;
                return true;
            }
            if entry.idle_since == 0 {
                entry.idle_since = now_ms;
            }
            if now_ms.saturating_sub(entry.idle_since) < timeout_ms {
                return true;
            }
            idle.push(entry.session.clone());
            false
        });
        idle
    }
}

/// The idle sweep: a runtime task for the life of the process.
async fn sweep_idle(registry: &'static Registry) {
    loop {
        let timeout_ms = registry.idle_timeout_ms.load(Ordering::Relaxed);
        let period = match timeout_ms {
            0 => Duration::from_secs(30),
            ms => Duration::from_millis((ms / 4).clamp(250, 30_000)),
        };
        tokio::time::sleep(period).await;
        for session in registry.take_idle(coarse_now_ms()) {
            Stats::count(&registry.stats.idle_closes);
            session.close_async(Duration::from_secs(2)).await;
        }
    }
}
