//! What a connected `Zookeeper` object holds: a session (shared by the whole
//! process, or its own) and its view on it (chroot, cache use, deadline).

use std::sync::Arc;
use std::time::Duration;

use ext_php_rs::exception::PhpResult;

use super::ini;
use crate::error::{code, ZkError, ZkResult};
use crate::path::{self, ConnectString};
use crate::session::{self, Session, SessionConfig, SessionKey};

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
    pub chroot: String,
    pub options: Options,
    pub timeout: Duration,
}

impl Connection {
    pub fn open(target: &ConnectString, auth: Vec<(String, Vec<u8>)>, recv_timeout: Duration, options: Options) -> ZkResult<Connection> {
        let key = SessionKey { servers: target.servers.clone(), auth };
        let session = open_session(key, recv_timeout, options)?;
        Ok(Connection { session, chroot: target.chroot.clone(), options, timeout: recv_timeout })
    }

    /// The session, re-opened in this process if the object came through a
    /// `pcntl_fork()`: the parent's socket is never used by the child.
    pub fn session(&mut self) -> ZkResult<&Arc<Session>> {
        let process = session::process().map_err(|e| ZkError::new(code::SYSTEMERROR).with_detail(e.to_string()))?;
        if !self.session.belongs_to(process.generation) {
            let fresh = open_session(self.session.key().clone(), self.session.session_timeout(), self.options)?;
            // The inherited session's handles belong to the parent: never drop them here.
            std::mem::forget(std::mem::replace(&mut self.session, fresh));
        }
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
        Ok(Connection { session, chroot: self.chroot.clone(), options: self.options, timeout: self.timeout })
    }

    /// Validates a caller's path and returns the server-side path.
    pub fn server_path<'a>(&self, path: &'a [u8], sequential: bool) -> ZkResult<std::borrow::Cow<'a, str>> {
        Ok(path::join(&self.chroot, path::validate(path, sequential)?))
    }

    pub fn client_path(&self, server_path: &str) -> String {
        path::strip(&self.chroot, server_path).unwrap_or(server_path).to_owned()
    }

    /// An object's own session ends with the object (or its close()).
    pub fn release(self) {
        if !self.options.shared {
            self.session.close(Duration::from_secs(1));
        }
    }
}

fn open_session(key: SessionKey, session_timeout: Duration, options: Options) -> ZkResult<Arc<Session>> {
    let process = session::process().map_err(|e| ZkError::new(code::SYSTEMERROR).with_detail(e.to_string()))?;
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
