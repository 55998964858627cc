//! The `Zookeeper` class: PECL's API over the shared session and its cache.
//! Methods parse and check arguments, call the core, and shape results the
//! PECL way; everything else lives in `crate::zk`. See `method` for how a
//! method runs, `boundary` for how it may call into PHP.

use std::cell::RefCell;
use std::time::Duration;

use ext_php_rs::builders::{ClassBuilder, FunctionBuilder};
use ext_php_rs::convert::IntoZval;
use ext_php_rs::flags::{ConstantFlags, MethodFlags};
use ext_php_rs::types::{ZendClassObject, ZendHashTable, ZendStr, Zval};
use ext_php_rs::zend::ExecuteData;
use zookeeper_client::CreateMode;

use super::boundary::{self, Failure, Outcome};
use super::callable::BoundCallable;
use super::callbacks::{self, state, OwnerId, WatcherType};
use super::class::php_class;
use super::codes::code;
use super::config::ZookeeperConfig;
use super::connection::{Connection, EphemeralScope, Options};
use super::method::{self, acl_param, function, optional, out, param, zval_arg, StrArg};
use super::{args, convert, data_strings, ini, log};
use crate::zk::{self, Kind, ReadOptions, Value, WatcherId};
use crate::{method_handlers, parse_args};

mod beyond_pecl;
pub mod transaction;

pub use beyond_pecl::connection_of;

/// A `Zookeeper` object. Its methods take `&self` (a callback may re-enter
/// the object while one of them runs); the state is borrowed only where no
/// PHP code runs (`with`).
pub struct Zookeeper {
    state: RefCell<ObjectState>,
}

struct ObjectState {
    /// Tags the callbacks this object registers, so close() can drop them.
    owner: OwnerId,
    connection: Option<Connection>,
    /// Credentials added with addAuth, in order: part of the session key.
    auth: Vec<(String, Vec<u8>)>,
    global_watcher: Option<WatcherId>,
    recv_timeout: i64,
}

impl Default for Zookeeper {
    fn default() -> Self {
        let state = ObjectState { owner: OwnerId::fresh(), connection: None, auth: Vec::new(), global_watcher: None, recv_timeout: ini::recv_timeout() };
        Zookeeper { state: RefCell::new(state) }
    }
}

impl Drop for Zookeeper {
    fn drop(&mut self) {
        // Callbacks dropped here are parked, never released mid-drop (boundary).
        self.leave();
    }
}

/// PECL's error for methods of an object that is not connected.
fn not_connected() -> Failure {
    Failure::pecl(code::CONNECT_NOT_CALLED, None)
}

/// `create()` flags: PECL's EPHEMERAL and SEQUENCE bits, plus ZooKeeper 3.5+
/// container and TTL modes.
fn create_mode(flags: i64, ttl: i64) -> zk::Result<(CreateMode, Option<Duration>)> {
    let mode = match flags {
        0 | 5 => CreateMode::Persistent,
        1 => CreateMode::Ephemeral,
        2 | 6 => CreateMode::PersistentSequential,
        3 => CreateMode::EphemeralSequential,
        4 => CreateMode::Container,
        _ => {
            return Err(zk::Error::bad_arguments(format!(
                "unknown flags {flags}: use 0 or Zookeeper::EPHEMERAL, SEQUENCE, CONTAINER, PERSISTENT_WITH_TTL, PERSISTENT_SEQUENTIAL_WITH_TTL"
            )))
        },
    };
    // The server keeps a TTL in 40 bits of milliseconds.
    const TTL_MAX: i64 = 0xFF_FFFF_FFFF;
    let with_ttl = matches!(flags, 5 | 6);
    match (with_ttl, ttl) {
        (true, 1..=TTL_MAX) => Ok((mode, Some(Duration::from_millis(ttl as u64)))),
        (true, _) => Err(zk::Error::bad_arguments(format!("ttl must be between 1 and {TTL_MAX} ms for a TTL node"))),
        (false, 0) => Ok((mode, None)),
        (false, _) => Err(zk::Error::bad_arguments("ttl is only allowed with Zookeeper::PERSISTENT_WITH_TTL or PERSISTENT_SEQUENTIAL_WITH_TTL")),
    }
}

/// -1 means "any version", as in the C client.
fn version_of(expected: i32) -> Option<i32> {
    (expected != -1).then_some(expected)
}

fn unexpected() -> Failure {
    Failure::internal("unexpected reply shape")
}

impl Zookeeper {
    /// Runs `f` on the object's state; no PHP code can run meanwhile.
    fn with<R>(&self, f: impl FnOnce(&mut ObjectState) -> R) -> R {
        boundary::hold_state(|| f(&mut self.state.borrow_mut()))
    }

    fn owner(&self) -> OwnerId {
        self.with(|state| state.owner)
    }

    fn connection(&self) -> Outcome<Connection> {
        self.with(|state| state.connection.clone()).ok_or_else(not_connected)
    }

    /// The start of a method whose one argument is a node path: the argument
    /// parsed, pending callbacks run, the path as the server knows it.
    fn path_call(&self, ex: &mut ExecuteData) -> Outcome<(Connection, String)> {
        let mut path = StrArg::default();
        parse_args!(ex, "s", &mut path.ptr, &mut path.len)?;
        callbacks::dispatch()?;
        let connection = self.connection()?;
        let server_path = connection.server_path(path.bytes(), false)?.into_owned();
        Ok((connection, server_path))
    }

    /// Shared by __construct and connect: PECL's argument rules, then a session.
    fn open(&self, host: &[u8], watcher: Option<&mut Zval>, recv_timeout: Option<i64>, options: Option<&mut Zval>) -> Outcome<()> {
        let host = zk::path::text(host).ok_or_else(|| args::value_error(1, "must be valid UTF-8"))?;
        let watcher = match watcher {
            Some(value) => BoundCallable::from_arg(value, 2, true)?,
            None => None,
        };
        let recv_timeout = recv_timeout.unwrap_or_else(ini::recv_timeout);
        let options = connect_options(options)?;
        if recv_timeout <= 0 {
            boundary::warn("recv_timeout parameter has to be greater than 0")?;
            return Err(Failure::pecl(code::BADARGUMENTS, None));
        }
        let target = super::connection::parse_host(host)?;
        self.leave_and(|state| {
            state.auth.clear();
            state.recv_timeout = recv_timeout;
        });
        let connection = Connection::open(&target, Vec::new(), ini::millis(recv_timeout), options)?;
        log::info(format_args!("joining session for {} (chroot '{}')", target.servers, target.chroot));
        connection.preload_configured()?;
        if let Some(watcher) = watcher {
            self.watch_session(watcher, &connection);
        }
        self.with(|state| state.connection = Some(connection));
        Ok(())
    }

    fn watch_session(&self, watcher: BoundCallable, connection: &Connection) {
        let session = connection.current_session();
        let id = callbacks::register_global(watcher, &connection.chroot, &session, self.owner());
        if matches!(session.state(), zk::State::Connected | zk::State::ReadOnly) {
            callbacks::notify_connected(id);
        }
        self.with(|state| state.global_watcher = Some(id));
    }

    /// Lets go of the connection: the shared session stays, an own one ends
    /// (with the last object holding it). The object's callbacks (global and
    /// pending node watchers) are dropped.
    fn leave(&self) {
        self.leave_and(|_| {});
    }

    /// `leave`, with `f` run on the state in the same borrow.
    fn leave_and(&self, f: impl FnOnce(&mut ObjectState)) {
        let (owner, connection) = self.with(|state| {
            f(state);
            state.global_watcher = None;
            (state.owner, state.connection.take())
        });
        // The object registers callbacks only through its connection: none
        // can be left when it had none (a new object, or one that left).
        if connection.is_some() {
            callbacks::unregister_owner(owner);
        }
        drop(connection);
    }

    /// The hot path of `get()`, `exists()` and `getChildren()` with only a
    /// path: the cached answer, without copying the connection.
    fn cached(&self, ex: &ExecuteData, kind: Kind) -> Option<Value> {
        self.cached_with(ex, kind, Value::clone)
    }

    /// `cached` handing the entry to `read` (see `Cache::lookup_with`).
    fn cached_with<R>(&self, ex: &ExecuteData, kind: Kind, read: impl FnOnce(&Value) -> R) -> Option<R> {
        let path = method::sole_string_arg(ex)?;
        self.with(|state| state.connection.as_ref().and_then(|connection| connection.cached_with(kind, path, None, read)))
    }

    fn read(&self, kind: Kind, path: &[u8], watcher: Option<&mut Zval>) -> Outcome<Value> {
        let watcher = match watcher {
            Some(value) => BoundCallable::from_arg(value, 2, true)?,
            None => None,
        };
        if watcher.is_none() {
            // The hot path: answered from the cache without copying the connection.
            if let Some(value) = self.with(|state| state.connection.as_ref().and_then(|connection| connection.cached(kind, path, None))) {
                return Ok(value);
            }
        }
        let connection = self.connection()?;
        let server_path = connection.server_path(path, false)?;
        let watches = (if kind == Kind::Children { WatcherType::Children } else { WatcherType::Data }, server_path.clone().into_owned());
        let waiter = watcher.map(|callable| callbacks::register_oneshot(callable, &connection.chroot, Some(self.owner()), watches));
        if let Some(value) = connection.cached(kind, path, waiter.as_ref()) {
            return Ok(value);
        }
        let options = ReadOptions { use_cache: connection.options.use_cache, waiter: waiter.clone(), timeout: connection.timeout };
        log::debug(|| format!("read {server_path}"));
        let result = connection.session().and_then(|session| session.read(kind, &server_path, options));
        if let (Err(_), Some(waiter)) = (&result, waiter) {
            callbacks::unregister(waiter.watcher);
        }
        Ok(result?)
    }

    /// __construct() and connect(): the same arguments, the host optional
    /// for the constructor (an empty one leaves the object unconnected).
    fn open_with_args(&self, ex: &mut ExecuteData, host_required: bool) -> Outcome<()> {
        // The usual call, `new Zookeeper($hosts)`, without the argument parser.
        if let Some(host) = method::sole_string_arg(ex) {
            callbacks::dispatch()?;
            return match host_required || !host.is_empty() {
                true => self.open(host, None, None, None),
                false => Ok(()),
            };
        }
        let mut host = StrArg::default();
        let (mut watcher, mut timeout, mut options) = (std::ptr::null_mut(), 0i64, std::ptr::null_mut());
        if host_required {
            parse_args!(ex, "s|zla!", &mut host.ptr, &mut host.len, &mut watcher, &mut timeout, &mut options)?;
        } else {
            parse_args!(ex, "|szla!", &mut host.ptr, &mut host.len, &mut watcher, &mut timeout, &mut options)?;
        }
        callbacks::dispatch()?;
        let timeout = (method::arg_count(ex) >= 3).then_some(timeout);
        match host.get() {
            Some(host) if host_required || !host.is_empty() => self.open(host, zval_arg(watcher), timeout, zval_arg(options)),
            _ => Ok(()),
        }
    }

    fn construct(&self, ex: &mut ExecuteData, _: &mut Zval) -> Outcome<()> {
        self.open_with_args(ex, false)
    }

    fn connect(&self, ex: &mut ExecuteData, _: &mut Zval) -> Outcome<()> {
        self.open_with_args(ex, true)
    }

    fn create(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut path, mut value) = (StrArg::default(), StrArg::default());
        let (mut acl, mut flags, mut ttl) = (std::ptr::null_mut(), 0i64, 0i64);
        parse_args!(ex, "ss!|a!ll", &mut path.ptr, &mut path.len, &mut value.ptr, &mut value.len, &mut acl, &mut flags, &mut ttl)?;
        callbacks::dispatch()?;
        let acl = match zval_arg(acl).and_then(|acl| acl.array()) {
            Some(list) => convert::parse_acl(list)?,
            None => convert::open_acl(),
        };
        let (mode, ttl) = create_mode(flags, ttl)?;
        let connection = self.connection()?;
        let sequential = matches!(mode, CreateMode::PersistentSequential | CreateMode::EphemeralSequential);
        let server_path = connection.server_path(path.bytes(), sequential)?;
        log::debug(|| format!("create {server_path}"));
        let session = connection.session()?;
        let created = session.create(&server_path, value.get(), &acl, mode, ttl, connection.timeout);
        if matches!(mode, CreateMode::Ephemeral | CreateMode::EphemeralSequential) {
            match &created {
                Ok(path) => connection.made_ephemeral(&session, path),
                // The answer was lost, not necessarily the create: the node
                // may exist (a sequential one's name is unknown).
                Err(zk::Error::ConnectionLoss(_) | zk::Error::OperationTimeout) if !sequential => connection.made_ephemeral(&session, &server_path),
                Err(_) => {},
            }
        }
        set_bytes(retval, connection.client_path(&created?).as_bytes());
        Ok(())
    }

    fn delete(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut path, mut version) = (StrArg::default(), -1i64);
        parse_args!(ex, "s|l", &mut path.ptr, &mut path.len, &mut version)?;
        callbacks::dispatch()?;
        let version = args::int32(2, version)?;
        let connection = self.connection()?;
        let server_path = connection.server_path(path.bytes(), false)?;
        log::debug(|| format!("delete {server_path}"));
        let session = connection.session()?;
        let deleted = session.delete(&server_path, version_of(version), connection.timeout);
        if deleted.as_ref().map_or_else(zk::Error::is_no_node, |()| true) {
            connection.deleted(&session, &server_path);
        }
        deleted?;
        retval.set_bool(true);
        Ok(())
    }

    fn get(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        callbacks::dispatch()?;
        // Made under the cache's lock: the data is not even cloned (nothing
        // in data_strings::set can run PHP code or fail over to the engine).
        let hit = self.cached_with(ex, Kind::Data, |value| {
            let Value::Data { data, .. } = value else { return false };
            match data {
                Some(data) => data_strings::set(retval, data),
                None => retval.set_null(),
            }
            true
        });
        if hit == Some(true) {
            return Ok(());
        }
        let mut path = StrArg::default();
        let (mut watcher, mut stat_info, mut max_size) = (std::ptr::null_mut(), std::ptr::null_mut(), 0i64);
        parse_args!(ex, "s|zzl", &mut path.ptr, &mut path.len, &mut watcher, &mut stat_info, &mut max_size)?;
        let Value::Data { data, stat } = self.read(Kind::Data, path.bytes(), zval_arg(watcher))? else {
            return Err(unexpected());
        };
        if let Some(target) = zval_arg(stat_info) {
            convert::write_stat(target, &stat)?;
        }
        let shown = data.as_deref().map(|data| match usize::try_from(max_size) {
            Ok(max) if max > 0 && max < data.len() => &data[..max],
            _ => data,
        });
        set_data(retval, shown);
        Ok(())
    }

    fn exists(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        callbacks::dispatch()?;
        if let Some(Value::Exists(stat)) = self.cached(ex, Kind::Exists) {
            return exists_result(retval, stat);
        }
        let (mut path, mut watcher) = (StrArg::default(), std::ptr::null_mut());
        parse_args!(ex, "s|z", &mut path.ptr, &mut path.len, &mut watcher)?;
        match self.read(Kind::Exists, path.bytes(), zval_arg(watcher))? {
            Value::Exists(stat) => exists_result(retval, stat),
            _ => Err(unexpected()),
        }
    }

    fn get_children(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        callbacks::dispatch()?;
        let names = match self.cached(ex, Kind::Children) {
            Some(Value::Children { names, .. }) => names,
            _ => {
                let (mut path, mut watcher) = (StrArg::default(), std::ptr::null_mut());
                parse_args!(ex, "s|z", &mut path.ptr, &mut path.len, &mut watcher)?;
                let Value::Children { names, .. } = self.read(Kind::Children, path.bytes(), zval_arg(watcher))? else {
                    return Err(unexpected());
                };
                names
            },
        };
        retval.set_hashtable(convert::string_list(&names));
        Ok(())
    }

    fn set(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut path, mut value) = (StrArg::default(), StrArg::default());
        let (mut version, mut stat_info) = (-1i64, std::ptr::null_mut());
        parse_args!(ex, "ss!|lz", &mut path.ptr, &mut path.len, &mut value.ptr, &mut value.len, &mut version, &mut stat_info)?;
        callbacks::dispatch()?;
        let version = args::int32(3, version)?;
        let connection = self.connection()?;
        let server_path = connection.server_path(path.bytes(), false)?;
        log::debug(|| format!("set {server_path}"));
        let stat = connection.session()?.set(&server_path, value.get(), version_of(version), connection.timeout)?;
        if let Some(target) = zval_arg(stat_info) {
            convert::write_stat(target, &stat)?;
        }
        retval.set_bool(true);
        Ok(())
    }

    fn get_acl(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (connection, server_path) = self.path_call(ex)?;
        let (acls, stat) = connection.session()?.get_acl(&server_path, connection.timeout)?;
        let mut pair = ZendHashTable::with_capacity(2);
        let internal = |err: ext_php_rs::error::Error| Failure::internal(&err.to_string());
        pair.push(convert::stat_array(&stat)?).map_err(internal)?;
        pair.push(convert::acl_array(&acls)?).map_err(internal)?;
        retval.set_hashtable(pair);
        Ok(())
    }

    fn set_acl(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut path, mut version, mut acl) = (StrArg::default(), 0i64, std::ptr::null_mut());
        parse_args!(ex, "sla", &mut path.ptr, &mut path.len, &mut version, &mut acl)?;
        callbacks::dispatch()?;
        let version = args::int32(2, version)?;
        let acl = convert::parse_acl(zval_arg(acl).and_then(|acl| acl.array()).ok_or_else(unexpected)?)?;
        let connection = self.connection()?;
        let server_path = connection.server_path(path.bytes(), false)?;
        connection.session()?.set_acl(&server_path, &acl, version_of(version), connection.timeout)?;
        retval.set_bool(true);
        Ok(())
    }

    fn get_client_id(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        let session = self.connection()?.current_session();
        let mut pair = ZendHashTable::with_capacity(2);
        let internal = |err: ext_php_rs::error::Error| Failure::internal(&err.to_string());
        pair.push(session.session_id()).map_err(internal)?;
        let mut password = Zval::new();
        set_bytes(&mut password, &session.password());
        pair.push(password).map_err(internal)?;
        retval.set_hashtable(pair);
        Ok(())
    }

    fn get_state(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        retval.set_long(callbacks::state_code(self.connection()?.current_session().state()));
        Ok(())
    }

    /// PECL's zoo_recv_timeout(): the session timeout the server granted once
    /// connected, the one asked for before.
    fn get_recv_timeout(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        let connection = self.connection()?;
        let session = connection.current_session();
        let granted = i64::try_from(session.session_timeout().as_millis()).unwrap_or(i64::MAX);
        let requested = self.with(|state| state.recv_timeout);
        retval.set_long(if session.session_id() != 0 { granted } else { requested });
        Ok(())
    }

    fn is_recoverable(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        retval.set_bool(callbacks::state_code(self.connection()?.current_session().state()) >= 0);
        Ok(())
    }

    fn add_auth(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut scheme, mut cert, mut completion) = (StrArg::default(), StrArg::default(), std::ptr::null_mut());
        parse_args!(ex, "ss|z", &mut scheme.ptr, &mut scheme.len, &mut cert.ptr, &mut cert.len, &mut completion)?;
        callbacks::dispatch()?;
        let scheme = std::str::from_utf8(scheme.bytes()).map_err(|_| args::value_error(1, "must be valid UTF-8"))?.to_owned();
        let completion = match zval_arg(completion) {
            Some(value) => BoundCallable::from_arg(value, 3, false)?,
            None => None,
        };
        if scheme.is_empty() {
            return Err(zk::Error::bad_arguments("scheme must not be empty").into());
        }
        self.connection()?;
        let result = self.authenticate(scheme, cert.bytes().to_vec());
        if let Some(completion) = completion {
            // As PECL's asynchronous completion: it runs after addAuth() has
            // returned, at the next dispatch point.
            let rc = match &result {
                Ok(()) => code::OK,
                Err(err) => super::codes::of(err).0,
            };
            callbacks::complete_later(completion, i64::from(rc));
        }
        match result {
            Ok(()) | Err(zk::Error::AuthFailed) => {
                retval.set_bool(true);
                Ok(())
            },
            Err(err) => Err(err.into()),
        }
    }

    /// Moves the object to the session that holds exactly its credentials
    /// plus (`scheme`, `cert`): credentials are part of the session key.
    fn authenticate(&self, scheme: String, cert: Vec<u8>) -> zk::Result<()> {
        let (mut auth, connection) = self.with(|state| (state.auth.clone(), state.connection.clone()));
        let Some(connection) = connection else {
            return Err(zk::Error::Closed);
        };
        if !auth.iter().any(|(s, c)| *s == scheme && *c == cert) {
            auth.push((scheme.clone(), cert));
        }
        let moved = connection.with_auth(auth.clone())?;
        let outcome = moved.current_session().wait_connected(moved.timeout);
        log::info(format_args!("addAuth scheme '{scheme}': {}", if outcome.is_ok() { "ok" } else { "failed" }));
        if matches!(outcome, Ok(()) | Err(zk::Error::AuthFailed)) {
            let watcher = self.with(|state| {
                state.auth = auth;
                state.global_watcher
            });
            if let Some(id) = watcher {
                callbacks::rebind_global(id, &moved.current_session());
            }
            let previous = self.with(|state| state.connection.replace(moved));
            drop(previous);
        }
        outcome
    }

    fn set_watcher(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let mut watcher = std::ptr::null_mut();
        parse_args!(ex, "z", &mut watcher)?;
        callbacks::dispatch()?;
        let watcher = match zval_arg(watcher) {
            Some(value) => BoundCallable::from_arg(value, 1, false)?,
            None => None,
        };
        let connection = self.connection()?;
        if let Some(id) = self.with(|state| state.global_watcher.take()) {
            callbacks::unregister(id);
        }
        if let Some(watcher) = watcher {
            self.watch_session(watcher, &connection);
        }
        retval.set_bool(true);
        Ok(())
    }

    fn set_log_stream(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let mut stream = std::ptr::null_mut();
        parse_args!(ex, "z", &mut stream)?;
        let stream = zval_arg(stream).ok_or_else(unexpected)?;
        if stream.is_resource() {
            if !log::is_stream(stream) {
                return Err(args::type_error(1, "must be an open stream resource"));
            }
            log::set_stream(stream)?;
            retval.set_bool(true);
            return Ok(());
        }
        let mut path = StrArg::default();
        parse_args!(ex, "s", &mut path.ptr, &mut path.len)?;
        retval.set_bool(log::open_stream(path.bytes())?);
        Ok(())
    }

    fn close(&self, ex: &mut ExecuteData, _: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        self.connection()?;
        self.leave();
        Ok(())
    }

    fn get_config(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        let config = ZendClassObject::new(ZookeeperConfig::new(self.connection()?));
        config.set_zval(retval, false).map_err(|err| Failure::internal(&err.to_string()))
    }
}

/// exists(): the stat array, or false for a node that does not exist.
fn exists_result(retval: &mut Zval, stat: Option<zookeeper_client::Stat>) -> Outcome<()> {
    match stat {
        Some(stat) => *retval = convert::stat_array(&stat)?,
        None => retval.set_bool(false),
    }
    Ok(())
}

/// A node's data as PHP sees it: a string, or null for null data (as PECL).
fn set_data(target: &mut Zval, data: Option<&[u8]>) {
    match data {
        Some(data) => set_bytes(target, data),
        None => target.set_null(),
    }
}

/// A binary-safe string return value.
fn set_bytes(target: &mut Zval, bytes: &[u8]) {
    target.set_zend_string(ZendStr::new(bytes, false));
}

/// `$options` of __construct()/connect(): ['persistent' => bool, 'cache' =>
/// bool, 'ephemeral_scope' => 'request'|'process'].
fn connect_options(options: Option<&mut Zval>) -> Outcome<Options> {
    const POSITION: u32 = 4;
    let mut result = Options::from_ini()?;
    let Some(options) = options.and_then(|options| options.array()) else {
        return Ok(result);
    };
    for (key, value) in options.iter() {
        let key = key.to_string();
        match key.as_str() {
            "persistent" => result.shared = args::boolean(POSITION, value)?,
            "cache" => result.use_cache = args::boolean(POSITION, value)?,
            "ephemeral_scope" => {
                let scope = value.str().and_then(|scope| EphemeralScope::parse(scope.as_bytes()));
                result.ephemeral_scope = scope.ok_or_else(|| args::value_error(POSITION, "option 'ephemeral_scope' must be 'request' or 'process'"))?;
            },
            _ => return Err(args::value_error(POSITION, &format!("has an unknown option '{key}' (known: persistent, cache, ephemeral_scope)"))),
        }
    }
    Ok(result)
}

extern "C" fn set_debug_level(ex: &mut ExecuteData, retval: &mut Zval) {
    method::run_static(ex, retval, |ex, retval| {
        let mut level = 0i64;
        parse_args!(ex, "l", &mut level)?;
        log::set_level(level);
        retval.set_bool(true);
        Ok(())
    });
}

/// Accepted for compatibility; the order of servers tried is the client library's.
extern "C" fn set_deterministic_conn_order(ex: &mut ExecuteData, retval: &mut Zval) {
    method::run_static(ex, retval, |ex, retval| {
        let mut flag = false;
        parse_args!(ex, "b", &mut flag)?;
        retval.set_bool(true);
        Ok(())
    });
}

extern "C" fn dispatch(ex: &mut ExecuteData, retval: &mut Zval) {
    method::run_static(ex, retval, |ex, _| {
        parse_args!(ex, "")?;
        callbacks::dispatch()
    });
}

/// Cache and session counters of this process (see the README).
extern "C" fn get_stats(ex: &mut ExecuteData, retval: &mut Zval) {
    method::run_static(ex, retval, |ex, retval| {
        parse_args!(ex, "")?;
        let snapshot = zk::started_registry().map(|registry| registry.stats.snapshot()).unwrap_or_default();
        let counters: [(&str, i64); 10] = [
            ("hits", snapshot.hits as i64),
            ("misses", snapshot.misses as i64),
            ("invalidations", snapshot.invalidations as i64),
            ("evictions", snapshot.evictions as i64),
            ("entries", snapshot.entries),
            ("bytes", snapshot.bytes),
            ("sessions_created", snapshot.sessions_created as i64),
            ("reconnects", snapshot.reconnects as i64),
            ("expirations", snapshot.expirations as i64),
            ("idle_closes", snapshot.idle_closes as i64),
        ];
        let mut array = ZendHashTable::with_capacity(counters.len() as u32);
        for (name, value) in counters {
            array.insert(name, value).map_err(|err| Failure::internal(&err.to_string()))?;
        }
        retval.set_hashtable(array);
        Ok(())
    });
}

method_handlers!(Zookeeper {
    construct_handler => construct,
    connect_handler => connect,
    create_handler => create,
    delete_handler => delete,
    get_handler => get,
    exists_handler => exists,
    get_children_handler => get_children,
    set_handler => set,
    get_acl_handler => get_acl,
    set_acl_handler => set_acl,
    get_client_id_handler => get_client_id,
    get_state_handler => get_state,
    get_recv_timeout_handler => get_recv_timeout,
    is_recoverable_handler => is_recoverable,
    add_auth_handler => add_auth,
    set_watcher_handler => set_watcher,
    set_log_stream_handler => set_log_stream,
    close_handler => close,
    get_config_handler => get_config,
});

fn methods() -> Vec<(FunctionBuilder<'static>, MethodFlags)> {
    let public = MethodFlags::Public;
    let static_ = MethodFlags::Public | MethodFlags::Static;
    vec![
        (function("connect", connect_handler, vec![param("host"), optional("watcher_cb"), optional("recv_timeout"), optional("options")], 1), public),
        (function("create", create_handler, vec![param("path"), param("value"), acl_param(), optional("flags"), optional("ttl")], 2), public),
        (function("delete", delete_handler, vec![param("path"), optional("version")], 1), public),
        (function("get", get_handler, vec![param("path"), optional("watcher_cb"), out("stat_info"), optional("max_size")], 1), public),
        (function("getChildren", get_children_handler, vec![param("path"), optional("watcher_cb")], 1), public),
        (function("exists", exists_handler, vec![param("path"), optional("watcher_cb")], 1), public),
        (function("set", set_handler, vec![param("path"), param("value"), optional("version"), out("stat_info")], 2), public),
        (function("getAcl", get_acl_handler, vec![param("path")], 1), public),
        (function("setAcl", set_acl_handler, vec![param("path"), param("version"), param("acl")], 3), public),
        (function("getClientId", get_client_id_handler, vec![], 0), public),
        (function("getState", get_state_handler, vec![], 0), public),
        (function("getRecvTimeout", get_recv_timeout_handler, vec![], 0), public),
        (function("isRecoverable", is_recoverable_handler, vec![], 0), public),
        (function("setDebugLevel", set_debug_level, vec![param("level")], 1), static_),
        // The parameter keeps PECL's name, for named arguments.
        (function("setDeterministicConnOrder", set_deterministic_conn_order, vec![param("trueOrFalse")], 1), static_),
        (function("addAuth", add_auth_handler, vec![param("scheme"), param("cert"), optional("completion_cb")], 2), public),
        (function("setWatcher", set_watcher_handler, vec![param("watcher_cb")], 1), public),
        (function("setLogStream", set_log_stream_handler, vec![param("stream")], 1), public),
        (function("close", close_handler, vec![], 0), public),
        (function("dispatch", dispatch, vec![], 0), static_),
        (function("getConfig", get_config_handler, vec![], 0), public),
        (function("getStats", get_stats, vec![], 0), static_),
    ]
}

/// Class constants (PECL's values), as name and value.
fn constants() -> Vec<(&'static str, i64)> {
    let mut list = vec![
        ("PERM_READ", 1),
        ("PERM_WRITE", 2),
        ("PERM_CREATE", 4),
        ("PERM_DELETE", 8),
        ("PERM_ALL", 31),
        ("PERM_ADMIN", 16),
        ("EPHEMERAL", 1),
        ("SEQUENCE", 2),
        ("CONTAINER", 4),
        ("PERSISTENT_WITH_TTL", 5),
        ("PERSISTENT_SEQUENTIAL_WITH_TTL", 6),
        ("EXPIRED_SESSION_STATE", state::EXPIRED_SESSION),
        ("AUTH_FAILED_STATE", state::AUTH_FAILED),
        ("CONNECTING_STATE", state::CONNECTING),
        ("ASSOCIATING_STATE", state::ASSOCIATING),
        ("CONNECTED_STATE", state::CONNECTED),
        ("READONLY_STATE", state::READONLY),
        ("NOTCONNECTED_STATE", state::NOTCONNECTED),
        ("CREATED_EVENT", callbacks::event::CREATED),
        ("DELETED_EVENT", callbacks::event::DELETED),
        ("CHANGED_EVENT", callbacks::event::CHANGED),
        ("CHILD_EVENT", callbacks::event::CHILD),
        ("SESSION_EVENT", callbacks::event::SESSION),
        ("NOTWATCHING_EVENT", callbacks::event::NOTWATCHING),
        ("LOG_LEVEL_ERROR", log::ERROR),
        ("LOG_LEVEL_WARN", log::WARN),
        ("LOG_LEVEL_INFO", log::INFO),
        ("LOG_LEVEL_DEBUG", log::DEBUG),
    ];
    list.extend(super::codes::code::NAMED.iter().map(|(name, value)| (*name, i64::from(*value))));
    list.extend(beyond_pecl::constants());
    list
}

fn build_class(mut builder: ClassBuilder) -> ClassBuilder {
    for (name, value) in constants() {
        builder = match builder.constant(name, value, &[], ConstantFlags::Public) {
            Ok(builder) => builder,
            // Only a value that cannot become a zval fails, never an integer.
            Err(_) => unreachable!("an integer constant always converts"),
        };
    }
    builder
}

php_class!(
    Zookeeper,
    "Zookeeper",
    function("__construct", construct_handler, vec![optional("host"), optional("watcher_cb"), optional("recv_timeout"), optional("options")], 0),
    methods().into_iter().chain(beyond_pecl::methods()).collect(),
    Some(build_class),
);
