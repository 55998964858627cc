//! What a connected `Zookeeper` object holds: a session (shared by the whole
//! process, or its own) and its view on it (chroot, cache use, deadline).

use std::sync::Arc;
use std::time::Duration;

use ext_php_rs::exception::PhpResult;

use super::ini;
use crate::error::{code, ZkError, ZkResult};
use crate::path::{self, ConnectString};
use crate::session::{self, Kind, Session, SessionConfig, SessionKey, Value, WatcherId};

#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Use the process's shared session (else a session of this object's own).
    pub shared: bool,
    pub use_cache: bool,
}

impl Options {
    pub fn from_ini() -> Options {
        Options { shared: ini::flag(ini::PERSISTENT), use_cache: ini::flag(ini::CACHE) }
    }
}

#[derive(Clone)]
pub struct Connection {
    session: Arc<Session>,
    /// For a session of the object's own: shared with the ZookeeperConfig
    /// objects it handed out; the last one to go closes the session (on drop).
    #[allow(dead_code)]
    own_session: Option<Arc<OwnSession>>,
    pub chroot: String,
    pub options: Options,
    pub timeout: Duration,
}

impl Connection {
    pub fn open(target: &ConnectString, auth: Vec<(String, Vec<u8>)>, recv_timeout: Duration, options: Options) -> ZkResult<Connection> {
        let key = SessionKey { servers: target.servers.clone(), auth };
        let session = open_session(key, recv_timeout, options)?;
        Ok(Connection::new(session, target.chroot.clone(), options, recv_timeout))
    }

    fn new(session: Arc<Session>, chroot: String, options: Options, timeout: Duration) -> Connection {
        let own_session = (!options.shared).then(|| Arc::new(OwnSession(session.clone())));
        Connection { session, own_session, chroot, options, timeout }
    }

    /// The session for a request to the server. In a child forked after the
    /// parent connected this fails clearly: the parent's connection is never
    /// touched by the child.
    pub fn session(&self) -> ZkResult<&Arc<Session>> {
        process()?;
        Ok(&self.session)
    }

    /// Like `session()` for callers that only look (state, id), never send.
    pub fn current_session(&self) -> &Arc<Session> {
        &self.session
    }

    /// Same server, other credentials: the session for the new credential set.
    pub fn with_auth(&self, auth: Vec<(String, Vec<u8>)>) -> ZkResult<Connection> {
        let key = SessionKey { servers: self.session.key().servers.clone(), auth };
        let session = open_session(key, self.session.session_timeout(), self.options)?;
        Ok(Connection::new(session, self.chroot.clone(), self.options, self.timeout))
    }

    /// The hot path of a read: the cached answer for the caller's raw path, if
    /// any. No validation is needed: only validated paths ever enter the cache,
    /// and joining the chroot to a path that starts with '/' is one-to-one.
    pub fn cached(&self, kind: Kind, path: &[u8], watcher: Option<WatcherId>) -> Option<Value> {
        if !self.options.use_cache || path.first() != Some(&b'/') {
            return None;
        }
        let text = if path.is_ascii() {
            // SAFETY: ASCII is valid UTF-8.
            unsafe { std::str::from_utf8_unchecked(path) }
        } else {
            std::str::from_utf8(path).ok()?
        };
        self.session.cached(kind, &path::join(&self.chroot, text), watcher)
    }

    /// Validates a caller's path and returns the server-side path.
    pub fn server_path<'a>(&self, path: &'a [u8], sequential: bool) -> ZkResult<std::borrow::Cow<'a, str>> {
        Ok(path::join(&self.chroot, path::validate(path, sequential)?))
    }

    pub fn client_path(&self, server_path: &str) -> String {
        path::strip(&self.chroot, server_path).unwrap_or(server_path).to_owned()
    }

}

/// Closes an object's own session when the last holder goes (on the PHP
/// thread: only PHP-side objects hold it).
struct OwnSession(Arc<Session>);

impl Drop for OwnSession {
    fn drop(&mut self) {
        self.0.close(Duration::from_secs(1));
    }
}

fn process() -> ZkResult<&'static session::Process> {
    session::process().map_err(|e| ZkError::new(code::SYSTEMERROR).with_detail(e.to_string()))
}

fn open_session(key: SessionKey, session_timeout: Duration, options: Options) -> ZkResult<Arc<Session>> {
    let process = process()?;
    let config = SessionConfig {
        session_timeout,
        cache_max_bytes: ini::cache_max_bytes(),
        serve_stale: ini::flag(ini::CACHE_SERVE_STALE),
    };
    Ok(if options.shared { process.shared_session(&key, &config) } else { process.open_session(key, &config) })
}

/// For methods that need a connection: PECL's error when there is none.
pub fn require(connection: Option<&mut Connection>) -> PhpResult<&mut Connection> {
    connection.ok_or_else(|| ZkError::new(code::CONNECT_NOT_CALLED).into())
}
