//! What a connected `Zookeeper` object holds: a ZooKeeper session (shared by
//! the whole process, or its own) and its view on it (chroot, cache use,
//! deadline, how long its ephemeral nodes live).

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;

use super::boundary::{self, Failure, Outcome};
use super::codes::code;
use super::thread::php_thread_state;
use super::{ini, log, request};
use crate::zk::{self, path, path::ConnectString, Kind, SessionConfig, SessionKey, Value, Waiter, ZkSession};

#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Use the process's shared session (else a session of this object's own).
    pub shared: bool,
    pub use_cache: bool,
    pub ephemeral_scope: EphemeralScope,
}

impl Options {
    pub fn from_ini() -> Outcome<Options> {
        let ephemeral_scope = ini::with_text(ini::EPHEMERAL_SCOPE, |scope| {
            EphemeralScope::parse(scope).ok_or_else(|| {
                let scope = String::from_utf8_lossy(scope);
                Failure::pecl(code::BADARGUMENTS, Some(&format!("zookeeper.ephemeral_scope must be 'request' or 'process', not '{scope}'")))
            })
        })?;
        Ok(Options { shared: ini::flag(ini::PERSISTENT), use_cache: ini::flag(ini::CACHE), ephemeral_scope })
    }
}

/// How long an ephemeral node made through the shared session lives. (On a
/// session of the object's own it lives as long as that session: PECL's.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EphemeralScope {
    /// Until the request that made it ends: what PECL's per-request
    /// sessions gave, and what lock libraries rely on.
    Request,
    /// Until the process ends (or its session expires).
    Process,
}

impl EphemeralScope {
    pub fn parse(text: &[u8]) -> Option<EphemeralScope> {
        match text {
            b"request" => Some(EphemeralScope::Request),
            b"process" => Some(EphemeralScope::Process),
            _ => None,
        }
    }
}

php_thread_state! {
    /// The host string parsed last on this thread and what it gave: an app
    /// connects with the same one on every request.
    LastHost: RefCell<Option<(Box<str>, ConnectString)>> = RefCell::new(None);
}

/// `ConnectString::parse`, remembering the last string parsed on this thread.
pub fn parse_host(text: &str) -> zk::Result<ConnectString> {
    let known = LastHost::with(|last| last.borrow().as_ref().filter(|(known, _)| **known == *text).map(|(_, target)| target.clone()));
    if let Some(target) = known {
        return Ok(target);
    }
    let target = ConnectString::parse(text)?;
    LastHost::with(|last| *last.borrow_mut() = Some((text.into(), target.clone())));
    Ok(target)
}

#[derive(Clone)]
pub struct Connection {
    session: SessionRef,
    /// For a session of the object's own: shared with the ZookeeperConfig
    /// objects it handed out; the last one to go closes the session.
    _own_session: Option<Arc<OwnSession>>,
    pub chroot: Arc<str>,
    pub options: Options,
    pub timeout: Duration,
}

impl Connection {
    pub fn open(target: &ConnectString, auth: Vec<(String, Vec<u8>)>, recv_timeout: Duration, options: Options) -> zk::Result<Connection> {
        let key = SessionKey::new(target.servers.clone(), auth);
        let session = open_session(key, recv_timeout, options)?;
        Ok(Connection::new(session, target.chroot.clone(), options, recv_timeout))
    }

    fn new(session: Arc<ZkSession>, chroot: Arc<str>, options: Options, timeout: Duration) -> Connection {
        // Its state changes reach this thread (for the log and global watchers).
        session.subscribe(&request::inbox());
        let own_session = (!options.shared).then(|| Arc::new(OwnSession(SessionRef::new(session.clone()))));
        Connection { session: SessionRef::new(session), _own_session: own_session, chroot, options, timeout }
    }

    /// The session for a request to the server. In a process forked after
    /// this connection was made, the child's own session for the same servers
    /// and credentials (the parent's is never touched).
    pub fn session(&self) -> zk::Result<Arc<ZkSession>> {
        let registry = zk::registry()?;
        Ok(if self.session.is_own_process() { Arc::clone(&self.session) } else { registry.adopt(&self.session) })
    }

    /// `zookeeper.preload`: the subtrees it names (server paths, comma
    /// separated) are preloaded into the shared session once, when the
    /// process first opens it, within one deadline for all. Not loaded in
    /// time, they go on loading in the background; a path that is invalid, or
    /// a subtree that does not fit in the cache, gives a warning.
    pub fn preload_configured(&self) -> Outcome<()> {
        // Every `new Zookeeper` passes here: the setting is copied only when set.
        if !self.options.shared || ini::with_text(ini::PRELOAD, |text| text.trim_ascii().is_empty()) {
            return Ok(());
        }
        let setting = ini::string(ini::PRELOAD).unwrap_or_default();
        let session = self.session()?;
        if !session.start_configured_preloads() {
            return Ok(());
        }
        let deadline = zk::deadline_after(self.timeout);
        for path in setting.split(',').map(str::trim).filter(|path| !path.is_empty()) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match path::validate(path.as_bytes(), false).and_then(|valid| session.preload(valid, left)) {
                Ok(()) => log::info(format_args!("zookeeper.preload: {path} loaded")),
                Err(zk::Error::ConnectionLoss(why)) => log::info(format_args!("zookeeper.preload: {why}")),
                Err(err) => boundary::warn(&format!("zookeeper.preload: {path}: {err}"))?,
            }
        }
        Ok(())
    }

    /// Like `session()` for callers that only look (state, id), never send.
    pub fn current_session(&self) -> Arc<ZkSession> {
        self.session().unwrap_or_else(|_| Arc::clone(&self.session))
    }

    /// Same servers, other credentials: the session for the new credential set.
    pub fn with_auth(&self, auth: Vec<(String, Vec<u8>)>) -> zk::Result<Connection> {
        let key = SessionKey::new(self.session.key().servers().clone(), auth);
        let session = open_session(key, self.timeout, self.options)?;
        Ok(Connection::new(session, self.chroot.clone(), self.options, self.timeout))
    }

    /// The hot path of a read: the cached answer for the caller's raw path, if
    /// any. No validation is needed: only validated paths ever enter the cache,
    /// and joining the chroot to a path that starts with '/' is one-to-one.
    pub fn cached(&self, kind: Kind, path: &[u8], waiter: Option<&Waiter>) -> Option<Value> {
        self.cached_with(kind, path, waiter, Value::clone)
    }

    /// `cached` handing the entry to `read` (see `Cache::lookup_with`).
    pub fn cached_with<R>(&self, kind: Kind, path: &[u8], waiter: Option<&Waiter>, read: impl FnOnce(&Value) -> R) -> Option<R> {
        if !self.options.use_cache || path.first() != Some(&b'/') {
            return None;
        }
        let text = path::text(path)?;
        self.session.cached_with(kind, &path::join(&self.chroot, text), waiter, read)
    }

    /// Validates a caller's path and returns the server-side path.
    pub fn server_path<'a>(&self, path: &'a [u8], sequential: bool) -> zk::Result<Cow<'a, str>> {
        Ok(path::join(&self.chroot, path::validate(path, sequential)?))
    }

    pub fn client_path(&self, server_path: &str) -> String {
        path::strip(&self.chroot, server_path).unwrap_or(server_path).to_owned()
    }

    /// `session` made the ephemeral node `path` for this object (or may have:
    /// a create whose answer was lost). On the shared session it belongs to
    /// the running request unless the object's scope is the process.
    pub fn made_ephemeral(&self, session: &Arc<ZkSession>, path: &str) {
        if !self.options.shared {
            return;
        }
        match self.options.ephemeral_scope {
            EphemeralScope::Process => session.keep_for_ephemerals(),
            EphemeralScope::Request => request::with(|request| request.ephemerals.record(session, path, self.timeout)),
        }
    }

    /// `path` was deleted through `session`: not the request's to delete any more.
    pub fn deleted(&self, session: &Arc<ZkSession>, path: &str) {
        if self.options.shared {
            request::with(|request| request.ephemerals.forget(session, path));
        }
    }
}

/// Closes an object's own session when the last holder goes.
struct OwnSession(SessionRef);

impl Drop for OwnSession {
    fn drop(&mut self) {
        self.0.close(Duration::from_secs(1));
    }
}

/// A PHP object's hold on a session. In a process forked after the session
/// was opened the session is the parent's: letting go of it there would
/// wake tasks of a runtime that has no threads in this process (and could
/// take a lock a parent thread held at the fork), so it is left as it is.
struct SessionRef(std::mem::ManuallyDrop<Arc<ZkSession>>);

impl SessionRef {
    fn new(session: Arc<ZkSession>) -> SessionRef {
        SessionRef(std::mem::ManuallyDrop::new(session))
    }
}

impl Clone for SessionRef {
    fn clone(&self) -> Self {
        SessionRef::new(Arc::clone(&self.0))
    }
}

impl std::ops::Deref for SessionRef {
    type Target = Arc<ZkSession>;

    fn deref(&self) -> &Arc<ZkSession> {
        &self.0
    }
}

impl Drop for SessionRef {
    fn drop(&mut self) {
        if self.0.is_own_process() {
            // SAFETY: taken once, here; never used again.
            drop(unsafe { std::mem::ManuallyDrop::take(&mut self.0) });
        }
    }
}

fn open_session(key: SessionKey, session_timeout: Duration, options: Options) -> zk::Result<Arc<ZkSession>> {
    let registry = zk::registry()?;
    // The protocol carries the timeout asked for in 32 bits of ms; servers
    // clamp it to their own maximum anyway.
    let session_timeout = session_timeout.min(Duration::from_millis(i32::MAX as u64));
    // Needed only to open a session: joining one reads no more settings.
    let config = || SessionConfig { session_timeout, cache_max_bytes: ini::cache_max_bytes(), serve_stale: ini::flag(ini::CACHE_SERVE_STALE) };
    if options.shared {
        Ok(registry.shared_session(&key, || {
            // A system setting: the same for every session of the process.
            registry.set_idle_timeout(ini::seconds(ini::long(ini::SESSION_IDLE_TIMEOUT)));
            config()
        }))
    } else {
        Ok(registry.private_session(key, &config()))
    }
}
