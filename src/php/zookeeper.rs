//! The `Zookeeper` class: PECL's API over the shared session and its cache.
//! Methods parse and check arguments, call the session, and shape results the
//! PECL way; everything else lives in `session`.

// PHP parameter names are PECL's, for named arguments (setDeterministicConnOrder's $trueOrFalse).
#![allow(non_snake_case)]

use std::time::Duration;

use ext_php_rs::exception::PhpResult;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, ZendStr, Zval};
use zookeeper_client::CreateMode;

use super::args::{self, param, OutParam};
use super::callbacks::{self, state};
use super::config::ZookeeperConfig;
use super::connection::{self, Connection, Options};
use super::{convert, ini, log};
use crate::error::{code, ZkError};
use crate::path::ConnectString;
use crate::session::{self, Kind, ReadOptions, State, Value, WatcherId};

#[php_class]
#[php(name = "Zookeeper")]
pub struct Zookeeper {
    /// Tags the callbacks this object registers, so close() can drop them.
    owner: u64,
    connection: Option<Connection>,
    /// Credentials added with addAuth, in order: part of the session key.
    auth: Vec<(String, Vec<u8>)>,
    global_watcher: Option<WatcherId>,
    recv_timeout: i64,
}

/// Runs queued callbacks before a method does its work; when one of them
/// threw, the method returns at once and PHP raises that exception.
macro_rules! dispatch_first {
    () => {
        if !callbacks::dispatch() {
            return Ok(Zval::null());
        }
    };
}

fn string_zval(bytes: &[u8]) -> Zval {
    let mut zval = Zval::new();
    zval.set_zend_string(ZendStr::new(bytes, false));
    zval
}

fn bool_zval(value: bool) -> Zval {
    let mut zval = Zval::new();
    zval.set_bool(value);
    zval
}

fn list_zval(items: &[String]) -> PhpResult<Zval> {
    let mut list = ZendHashTable::with_capacity(u32::try_from(items.len()).unwrap_or(u32::MAX));
    for item in items {
        list.push(item.as_str())?;
    }
    let mut zval = Zval::new();
    zval.set_hashtable(list);
    Ok(zval)
}

/// `create()` flags: PECL's EPHEMERAL and SEQUENCE bits, plus ZooKeeper 3.5+
/// container and TTL modes.
fn create_mode(flags: i64, ttl: i64) -> Result<(CreateMode, Option<Duration>), ZkError> {
    let mode = match flags {
        0 | 5 => CreateMode::Persistent,
        1 => CreateMode::Ephemeral,
        2 | 6 => CreateMode::PersistentSequential,
        3 => CreateMode::EphemeralSequential,
        4 => CreateMode::Container,
        _ => return Err(ZkError::bad_arguments(format!("unknown flags {flags}: use 0 or Zookeeper::EPHEMERAL, SEQUENCE, CONTAINER, PERSISTENT_WITH_TTL, PERSISTENT_SEQUENTIAL_WITH_TTL"))),
    };
    // The server keeps a TTL in 40 bits of milliseconds.
    const TTL_MAX: i64 = 0xFF_FFFF_FFFF;
    let with_ttl = matches!(flags, 5 | 6);
    match (with_ttl, ttl) {
        (true, 1..=TTL_MAX) => Ok((mode, Some(Duration::from_millis(ttl as u64)))),
        (true, _) => Err(ZkError::bad_arguments(format!("ttl must be between 1 and {TTL_MAX} ms for a TTL node"))),
        (false, 0) => Ok((mode, None)),
        (false, _) => Err(ZkError::bad_arguments("ttl is only allowed with Zookeeper::PERSISTENT_WITH_TTL or PERSISTENT_SEQUENTIAL_WITH_TTL")),
    }
}

fn state_of(session: &session::Session) -> i64 {
    match session.state() {
        State::Connecting | State::Disconnected => state::CONNECTING,
        State::Connected => state::CONNECTED,
        State::ReadOnly => state::READONLY,
        State::Expired => state::EXPIRED_SESSION,
        State::AuthFailed => state::AUTH_FAILED,
        State::Closed => state::CLOSED,
    }
}

impl Zookeeper {
    fn unconnected() -> Zookeeper {
        Zookeeper { owner: callbacks::new_owner(), connection: None, auth: Vec::new(), global_watcher: None, recv_timeout: ini::recv_timeout() }
    }

    fn connection(&mut self) -> PhpResult<&mut Connection> {
        connection::require(self.connection.as_mut())
    }

    /// Shared by __construct and connect: PECL's argument rules, then a session.
    fn open(&mut self, method: &'static str, host: &Zval, watcher_cb: Option<&Zval>, recv_timeout: Option<&Zval>, options: Option<&Zval>) -> PhpResult<()> {
        let host = args::text(param(method, 1, "host"), host)?;
        let watcher = args::callable(param(method, 2, "watcher_cb"), watcher_cb, true)?;
        let recv_timeout = args::long_or(param(method, 3, "recv_timeout"), recv_timeout, ini::recv_timeout())?;
        let options = connect_options(param(method, 4, "options"), options)?;
        if recv_timeout <= 0 {
            ext_php_rs::error::php_error(&ext_php_rs::flags::ErrorType::Warning, "recv_timeout parameter has to be greater than 0");
            return Err(ZkError::new(code::BADARGUMENTS).into());
        }
        let target = ConnectString::parse(&host)?;
        self.leave();
        self.auth.clear();
        self.recv_timeout = recv_timeout;
        let connection = Connection::open(&target, Vec::new(), ini::millis(recv_timeout), options)?;
        log::info(&format!("joining session for {} (chroot '{}')", target.servers, target.chroot));
        if let Some(watcher) = watcher {
            self.watch_session(watcher, &connection);
        }
        self.connection = Some(connection);
        Ok(())
    }

    fn watch_session(&mut self, watcher: Zval, connection: &Connection) {
        let session = connection.current_session();
        let id = callbacks::register_global(watcher, &connection.chroot, session.ordinal(), self.owner);
        if matches!(session.state(), State::Connected | State::ReadOnly) {
            callbacks::notify_connected(id);
        }
        self.global_watcher = Some(id);
    }

    /// Lets go of the connection: the shared session stays, an own one ends
    /// (with the last object holding it). The object's callbacks (global and
    /// pending node watchers) are dropped.
    fn leave(&mut self) {
        self.global_watcher = None;
        callbacks::unregister_owner(self.owner);
        self.connection = None;
    }

    fn read(&mut self, method: &'static str, kind: Kind, path: &Zval, watcher_cb: Option<&Zval>) -> PhpResult<Value> {
        let owner = self.owner;
        let path = args::string(param(method, 1, "path"), path)?;
        let watcher = args::callable(param(method, 2, "watcher_cb"), watcher_cb, true)?;
        let connection = self.connection()?;
        let watcher = watcher.map(|callable| callbacks::register_oneshot(callable, &connection.chroot, owner));
        if let Some(value) = connection.cached(kind, &path, watcher) {
            return Ok(value);
        }
        let options = ReadOptions { use_cache: connection.options.use_cache, watcher, timeout: connection.timeout };
        let result = connection.server_path(&path, false).and_then(|server_path| {
            log::debug(|| format!("{method} {server_path}"));
            connection.session()?.read(kind, &server_path, options)
        });
        if let (Err(_), Some(id)) = (&result, watcher) {
            callbacks::unregister(id);
        }
        Ok(result?)
    }
}

fn connect_options(param: args::Param, options: Option<&Zval>) -> PhpResult<Options> {
    let mut result = Options::from_ini();
    let Some(options) = args::nullable_array(param, options)? else {
        return Ok(result);
    };
    for (key, value) in options.iter() {
        let key = key.to_string();
        let target = match key.as_str() {
            "persistent" => &mut result.shared,
            "cache" => &mut result.use_cache,
            _ => return Err(param.value_error(&format!("has an unknown option '{key}' (known: persistent, cache)"))),
        };
        *target = args::boolean(param, value)?;
    }
    Ok(result)
}

fn unexpected() -> ext_php_rs::exception::PhpException {
    ZkError::new(code::SYSTEMERROR).with_detail("unexpected reply shape").into()
}

#[php_impl]
impl Zookeeper {
    pub const PERM_READ: i64 = 1;
    pub const PERM_WRITE: i64 = 2;
    pub const PERM_CREATE: i64 = 4;
    pub const PERM_DELETE: i64 = 8;
    pub const PERM_ALL: i64 = 31;
    pub const PERM_ADMIN: i64 = 16;
    pub const EPHEMERAL: i64 = 1;
    pub const SEQUENCE: i64 = 2;
    pub const CONTAINER: i64 = 4;
    pub const PERSISTENT_WITH_TTL: i64 = 5;
    pub const PERSISTENT_SEQUENTIAL_WITH_TTL: i64 = 6;
    pub const EXPIRED_SESSION_STATE: i64 = state::EXPIRED_SESSION;
    pub const AUTH_FAILED_STATE: i64 = state::AUTH_FAILED;
    pub const CONNECTING_STATE: i64 = state::CONNECTING;
    pub const ASSOCIATING_STATE: i64 = state::ASSOCIATING;
    pub const CONNECTED_STATE: i64 = state::CONNECTED;
    pub const READONLY_STATE: i64 = state::READONLY;
    pub const NOTCONNECTED_STATE: i64 = state::NOTCONNECTED;
    pub const CREATED_EVENT: i64 = callbacks::event::CREATED;
    pub const DELETED_EVENT: i64 = callbacks::event::DELETED;
    pub const CHANGED_EVENT: i64 = callbacks::event::CHANGED;
    pub const CHILD_EVENT: i64 = callbacks::event::CHILD;
    pub const SESSION_EVENT: i64 = callbacks::event::SESSION;
    pub const NOTWATCHING_EVENT: i64 = callbacks::event::NOTWATCHING;
    pub const LOG_LEVEL_ERROR: i64 = log::ERROR;
    pub const LOG_LEVEL_WARN: i64 = log::WARN;
    pub const LOG_LEVEL_INFO: i64 = log::INFO;
    pub const LOG_LEVEL_DEBUG: i64 = log::DEBUG;
    pub const SYSTEMERROR: i32 = code::SYSTEMERROR;
    pub const RUNTIMEINCONSISTENCY: i32 = code::RUNTIMEINCONSISTENCY;
    pub const DATAINCONSISTENCY: i32 = code::DATAINCONSISTENCY;
    pub const CONNECTIONLOSS: i32 = code::CONNECTIONLOSS;
    pub const MARSHALLINGERROR: i32 = code::MARSHALLINGERROR;
    pub const UNIMPLEMENTED: i32 = code::UNIMPLEMENTED;
    pub const OPERATIONTIMEOUT: i32 = code::OPERATIONTIMEOUT;
    pub const BADARGUMENTS: i32 = code::BADARGUMENTS;
    pub const INVALIDSTATE: i32 = code::INVALIDSTATE;
    pub const NEWCONFIGNOQUORUM: i32 = code::NEWCONFIGNOQUORUM;
    pub const RECONFIGINPROGRESS: i32 = code::RECONFIGINPROGRESS;
    pub const OK: i32 = code::OK;
    pub const APIERROR: i32 = code::APIERROR;
    pub const NONODE: i32 = code::NONODE;
    pub const NOAUTH: i32 = code::NOAUTH;
    pub const BADVERSION: i32 = code::BADVERSION;
    pub const NOCHILDRENFOREPHEMERALS: i32 = code::NOCHILDRENFOREPHEMERALS;
    pub const NODEEXISTS: i32 = code::NODEEXISTS;
    pub const NOTEMPTY: i32 = code::NOTEMPTY;
    pub const SESSIONEXPIRED: i32 = code::SESSIONEXPIRED;
    pub const INVALIDCALLBACK: i32 = code::INVALIDCALLBACK;
    pub const INVALIDACL: i32 = code::INVALIDACL;
    pub const AUTHFAILED: i32 = code::AUTHFAILED;
    pub const CLOSING: i32 = code::CLOSING;
    pub const NOTHING: i32 = code::NOTHING;
    pub const SESSIONMOVED: i32 = code::SESSIONMOVED;
    pub const NOTREADONLY: i32 = code::NOTREADONLY;
    pub const EPHEMERALONLOCALSESSION: i32 = code::EPHEMERALONLOCALSESSION;
    pub const NOWATCHER: i32 = code::NOWATCHER;
    pub const RECONFIGDISABLED: i32 = code::RECONFIGDISABLED;
    pub const THROTTLEDOP: i32 = code::THROTTLEDOP;

    pub fn __construct(host: Option<&Zval>, watcher_cb: Option<&Zval>, recv_timeout: Option<&Zval>, options: Option<&Zval>) -> PhpResult<Self> {
        callbacks::dispatch();
        let mut object = Zookeeper::unconnected();
        if let Some(host) = host.filter(|h| !h.is_null() && h.str() != Some("")) {
            object.open("Zookeeper::__construct", host, watcher_cb, recv_timeout, options)?;
        }
        Ok(object)
    }

    pub fn connect(&mut self, host: &Zval, watcher_cb: Option<&Zval>, recv_timeout: Option<&Zval>, options: Option<&Zval>) -> PhpResult<Zval> {
        dispatch_first!();
        self.open("Zookeeper::connect", host, watcher_cb, recv_timeout, options)?;
        Ok(Zval::null())
    }

    pub fn create(&mut self, path: &Zval, value: &Zval, acl: Option<&Zval>, flags: Option<&Zval>, ttl: Option<&Zval>) -> PhpResult<Zval> {
        dispatch_first!();
        const M: &str = "Zookeeper::create";
        let path = args::string(param(M, 1, "path"), path)?;
        let value = args::nullable_string(param(M, 2, "value"), value)?.unwrap_or_default();
        let acl = match args::nullable_array(param(M, 3, "acl"), acl)? {
            Some(list) => convert::parse_acl(list)?,
            None => convert::open_acl(),
        };
        let flags = args::long_or(param(M, 4, "flags"), flags, 0)?;
        let ttl = args::long_or(param(M, 5, "ttl"), ttl, 0)?;
        let (mode, ttl) = create_mode(flags, ttl)?;
        let connection = self.connection()?;
        let sequential = matches!(mode, CreateMode::PersistentSequential | CreateMode::EphemeralSequential);
        let server_path = connection.server_path(&path, sequential)?;
        log::debug(|| format!("create {server_path}"));
        let timeout = connection.timeout;
        let created = connection.session()?.create(&server_path, &value, &acl, mode, ttl, timeout)?;
        Ok(string_zval(connection.client_path(&created).as_bytes()))
    }

    pub fn delete(&mut self, path: &Zval, version: Option<&Zval>) -> PhpResult<Zval> {
        dispatch_first!();
        let path = args::string(param("Zookeeper::delete", 1, "path"), path)?;
        let expected = args::int32(param("Zookeeper::delete", 2, "version"), version, -1)?;
        let connection = self.connection()?;
        let server_path = connection.server_path(&path, false)?;
        let timeout = connection.timeout;
        connection.session()?.delete(&server_path, version_of(expected), timeout)?;
        Ok(bool_zval(true))
    }

    pub fn get(&mut self, path: &Zval, watcher_cb: Option<&Zval>, stat_info: OutParam, max_size: Option<&Zval>) -> PhpResult<Zval> {
        dispatch_first!();
        let max_size = args::long_or(param("Zookeeper::get", 4, "max_size"), max_size, 0)?;
        let Value::Data { data, stat } = self.read("Zookeeper::get", Kind::Data, path, watcher_cb)? else {
            return Err(unexpected());
        };
        if let Some(target) = stat_info.0 {
            convert::write_stat(target, &stat)?;
        }
        let shown = match usize::try_from(max_size) {
            Ok(max) if max > 0 && max < data.len() => &data[..max],
            _ => &data[..],
        };
        Ok(string_zval(shown))
    }

    pub fn exists(&mut self, path: &Zval, watcher_cb: Option<&Zval>) -> PhpResult<Zval> {
        dispatch_first!();
        match self.read("Zookeeper::exists", Kind::Exists, path, watcher_cb)? {
            Value::Exists(Some(stat)) => convert::stat_array(&stat),
            Value::Exists(None) => Ok(bool_zval(false)),
            _ => Err(unexpected()),
        }
    }

    pub fn get_children(&mut self, path: &Zval, watcher_cb: Option<&Zval>) -> PhpResult<Zval> {
        dispatch_first!();
        let Value::Children { names, .. } = self.read("Zookeeper::getChildren", Kind::Children, path, watcher_cb)? else {
            return Err(unexpected());
        };
        list_zval(&names)
    }

    pub fn set(&mut self, path: &Zval, value: &Zval, version: Option<&Zval>, stat_info: OutParam) -> PhpResult<Zval> {
        dispatch_first!();
        const M: &str = "Zookeeper::set";
        let path = args::string(param(M, 1, "path"), path)?;
        let value = args::nullable_string(param(M, 2, "value"), value)?.unwrap_or_default();
        let expected = args::int32(param(M, 3, "version"), version, -1)?;
        let connection = self.connection()?;
        let server_path = connection.server_path(&path, false)?;
        log::debug(|| format!("set {server_path}"));
        let timeout = connection.timeout;
        let stat = connection.session()?.set(&server_path, &value, version_of(expected), timeout)?;
        if let Some(target) = stat_info.0 {
            convert::write_stat(target, &stat)?;
        }
        Ok(bool_zval(true))
    }

    pub fn get_acl(&mut self, path: &Zval) -> PhpResult<Zval> {
        dispatch_first!();
        let path = args::string(param("Zookeeper::getAcl", 1, "path"), path)?;
        let connection = self.connection()?;
        let server_path = connection.server_path(&path, false)?;
        let timeout = connection.timeout;
        let (acls, stat) = connection.session()?.get_acl(&server_path, timeout)?;
        let mut pair = ZendHashTable::with_capacity(2);
        pair.push(convert::stat_array(&stat)?)?;
        pair.push(convert::acl_array(&acls)?)?;
        let mut zval = Zval::new();
        zval.set_hashtable(pair);
        Ok(zval)
    }

    pub fn set_acl(&mut self, path: &Zval, version: &Zval, acl: &Zval) -> PhpResult<Zval> {
        dispatch_first!();
        const M: &str = "Zookeeper::setAcl";
        let path = args::string(param(M, 1, "path"), path)?;
        let expected = args::int32(param(M, 2, "version"), Some(version), -1)?;
        let acl = convert::parse_acl(args::array(param(M, 3, "acl"), acl)?)?;
        let connection = self.connection()?;
        let server_path = connection.server_path(&path, false)?;
        let timeout = connection.timeout;
        connection.session()?.set_acl(&server_path, &acl, version_of(expected), timeout)?;
        Ok(bool_zval(true))
    }

    pub fn get_client_id(&mut self) -> PhpResult<Zval> {
        dispatch_first!();
        let id = self.connection()?.current_session().session_id();
        let mut pair = ZendHashTable::with_capacity(2);
        pair.push(id)?;
        // The session password is not exposed by the client library (and is a
        // credential): always "".
        pair.push("")?;
        let mut zval = Zval::new();
        zval.set_hashtable(pair);
        Ok(zval)
    }

    pub fn get_state(&mut self) -> PhpResult<Zval> {
        dispatch_first!();
        let mut zval = Zval::new();
        zval.set_long(state_of(self.connection()?.current_session()));
        Ok(zval)
    }

    pub fn get_recv_timeout(&mut self) -> PhpResult<Zval> {
        dispatch_first!();
        self.connection()?;
        let mut zval = Zval::new();
        zval.set_long(self.recv_timeout);
        Ok(zval)
    }

    pub fn is_recoverable(&mut self) -> PhpResult<Zval> {
        dispatch_first!();
        Ok(bool_zval(state_of(self.connection()?.current_session()) >= 0))
    }

    pub fn set_debug_level(level: &Zval) -> PhpResult<bool> {
        log::set_level(args::long(param("Zookeeper::setDebugLevel", 1, "level"), level)?);
        Ok(true)
    }

    /// Accepted for compatibility; the order of servers tried is the client library's.
    pub fn set_deterministic_conn_order(trueOrFalse: &Zval) -> PhpResult<bool> {
        // The parameter keeps PECL's name, for named arguments.
        args::boolean(param("Zookeeper::setDeterministicConnOrder", 1, "trueOrFalse"), trueOrFalse)?;
        Ok(true)
    }

    pub fn add_auth(&mut self, scheme: &Zval, cert: &Zval, completion_cb: Option<&Zval>) -> PhpResult<Zval> {
        dispatch_first!();
        const M: &str = "Zookeeper::addAuth";
        let scheme = args::text(param(M, 1, "scheme"), scheme)?.into_owned();
        let cert = args::string(param(M, 2, "cert"), cert)?.into_owned();
        let completion = args::callable(param(M, 3, "completion_cb"), completion_cb, false).or_else(|e| match completion_cb {
            None => Ok(None),
            Some(_) => Err(e),
        })?;
        if scheme.is_empty() {
            return Err(ZkError::bad_arguments("scheme must not be empty").into());
        }
        let mut auth = self.auth.clone();
        if !auth.iter().any(|(s, c)| *s == scheme && *c == cert) {
            auth.push((scheme.clone(), cert));
        }
        let connection = self.connection()?;
        // Credentials are part of the session key: the object moves to the
        // session that holds exactly its credentials.
        let moved = connection.with_auth(auth.clone())?;
        let outcome = moved.current_session().wait_connected(moved.timeout);
        log::info(&format!("addAuth scheme '{scheme}': {}", if outcome.is_ok() { "ok" } else { "failed" }));
        let rc = match &outcome {
            Ok(()) => i64::from(code::OK),
            Err(err) => i64::from(err.code),
        };
        if rc == i64::from(code::OK) || rc == i64::from(code::AUTHFAILED) {
            let previous = self.connection.replace(moved);
            self.auth = auth;
            if let (Some(id), Some(connection)) = (self.global_watcher, &self.connection) {
                callbacks::rebind_global(id, connection.current_session().ordinal());
            }
            drop(previous);
        } else if let Err(err) = outcome {
            return Err(err.into());
        }
        if let Some(callable) = completion {
            callbacks::complete(&callable, rc);
        }
        Ok(bool_zval(true))
    }

    pub fn set_watcher(&mut self, watcher_cb: &Zval) -> PhpResult<Zval> {
        dispatch_first!();
        let watcher = args::callable(param("Zookeeper::setWatcher", 1, "watcher_cb"), Some(watcher_cb), false)?;
        let connection = self.connection()?.clone();
        if let Some(id) = self.global_watcher.take() {
            callbacks::unregister(id);
        }
        if let Some(watcher) = watcher {
            self.watch_session(watcher, &connection);
        }
        Ok(bool_zval(true))
    }

    pub fn set_log_stream(&self, stream: &Zval) -> PhpResult<bool> {
        if stream.is_resource() {
            if !log::is_stream(stream) {
                return Err(args::param("Zookeeper::setLogStream", 1, "stream").error("must be an open stream resource".into()));
            }
            log::set_stream(stream.shallow_clone());
            return Ok(true);
        }
        let target = args::text(param("Zookeeper::setLogStream", 1, "stream"), stream)?;
        match std::fs::File::create(target.as_ref()) {
            Ok(file) => {
                log::set_file(file);
                Ok(true)
            },
            Err(err) => {
                ext_php_rs::error::php_error(&ext_php_rs::flags::ErrorType::Warning, &format!("cannot open '{target}': {err}"));
                Ok(false)
            },
        }
    }

    pub fn close(&mut self) -> PhpResult<Zval> {
        dispatch_first!();
        self.connection()?;
        self.leave();
        Ok(Zval::null())
    }

    pub fn dispatch() {
        callbacks::dispatch();
    }

    pub fn get_config(&mut self) -> PhpResult<ZookeeperConfig> {
        let connection = self.connection()?.clone();
        Ok(ZookeeperConfig::new(connection))
    }

    /// Cache and session counters of this process (see the README).
    pub fn get_stats() -> PhpResult<Zval> {
        let snapshot = session::started_process().map(|p| p.stats.snapshot()).unwrap_or_default();
        let mut array = ZendHashTable::with_capacity(9);
        array.insert("hits", snapshot.hits as i64)?;
        array.insert("misses", snapshot.misses as i64)?;
        array.insert("invalidations", snapshot.invalidations as i64)?;
        array.insert("evictions", snapshot.evictions as i64)?;
        array.insert("entries", snapshot.entries)?;
        array.insert("bytes", snapshot.bytes)?;
        array.insert("sessions_created", snapshot.sessions_created as i64)?;
        array.insert("reconnects", snapshot.reconnects as i64)?;
        array.insert("expirations", snapshot.expirations as i64)?;
        let mut zval = Zval::new();
        zval.set_hashtable(array);
        Ok(zval)
    }
}

/// -1 means "any version", as in the C client.
fn version_of(expected: i32) -> Option<i32> {
    (expected != -1).then_some(expected)
}

impl Drop for Zookeeper {
    fn drop(&mut self) {
        self.leave();
    }
}
