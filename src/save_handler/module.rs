//! `session.save_handler = zookeeper`: PHP sessions stored in ZooKeeper, one
//! node per session, locked while a request holds the session.
//!
//! The session extension's C API is not in ext-php-rs's bindings, so its
//! module struct is declared here exactly as php_session.h (PHP 8.2,
//! PS_MOD_UPDATE_TIMESTAMP style) has it, and its two functions are looked up
//! at startup: when the session extension is not loaded the handler is simply
//! not registered. The callbacks run on the PHP thread; each catches panics,
//! does its work with no PHP calls (log lines wait for the next safe point),
//! and raises its warning last through the boundary, with nothing held (a
//! warning may run a user error handler that throws, exits or bails out).
//! The work itself lives in `store` and `lock`.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use ext_php_rs::boxed::ZBox;
use ext_php_rs::types::ZendStr;

use super::error::Error;
use super::lock::{self, HeldLock, LockWait};
use super::settings::HandlerSettings;
use super::store::{self, SessionStore};
use crate::php::boundary::{self, Failure};
use crate::php::codes::{self, code};
use crate::php::connection::{Connection, EphemeralScope, Options};
use crate::php::{ini, log};
use crate::zk::{self, path, path::ConnectString};

// zend_result
const SUCCESS: c_int = 0;
const FAILURE: c_int = -1;

type ModData = *mut *mut c_void;

/// `ps_module` from ext/session/php_session.h (PHP_SESSION_API 20161017).
#[repr(C)]
struct PsModule {
    s_name: *const c_char,
    s_open: unsafe extern "C" fn(ModData, *const c_char, *const c_char) -> c_int,
    s_close: unsafe extern "C" fn(ModData) -> c_int,
    s_read: unsafe extern "C" fn(ModData, *mut ZendStr, *mut *mut ZendStr, i64) -> c_int,
    s_write: unsafe extern "C" fn(ModData, *mut ZendStr, *mut ZendStr, i64) -> c_int,
    s_destroy: unsafe extern "C" fn(ModData, *mut ZendStr) -> c_int,
    s_gc: unsafe extern "C" fn(ModData, i64, *mut i64) -> i64,
    s_create_sid: unsafe extern "C" fn(ModData) -> *mut ZendStr,
    s_validate_sid: unsafe extern "C" fn(ModData, *mut ZendStr) -> c_int,
    s_update_timestamp: unsafe extern "C" fn(ModData, *mut ZendStr, *mut ZendStr, i64) -> c_int,
}

/// The engine keeps a pointer to this for the life of the process.
struct Module(PsModule);
// SAFETY: immutable; the only pointer is to a static C string.
unsafe impl Sync for Module {}

static MODULE: Module = Module(PsModule {
    s_name: c"zookeeper".as_ptr(),
    s_open: ps_open,
    s_close: ps_close,
    s_read: ps_read,
    s_write: ps_write,
    s_destroy: ps_destroy,
    s_gc: ps_gc,
    s_create_sid: ps_create_sid,
    s_validate_sid: ps_validate_sid,
    s_update_timestamp: ps_update_timestamp,
});

type RegisterModule = unsafe extern "C" fn(*const PsModule) -> c_int;
type CreateId = unsafe extern "C" fn(ModData) -> *mut ZendStr;

/// php_session_create_id: PHP's own id generator (honours sid_length etc.).
static CREATE_ID: OnceLock<CreateId> = OnceLock::new();
static REGISTERED: AtomicBool = AtomicBool::new(false);

/// Module startup: registers the handler if the session extension is there.
pub fn register() {
    // SAFETY: dlsym on the process's global symbols, names are NUL-terminated.
    let (register, create_id) = unsafe {
        (libc::dlsym(libc::RTLD_DEFAULT, c"php_session_register_module".as_ptr()), libc::dlsym(libc::RTLD_DEFAULT, c"php_session_create_id".as_ptr()))
    };
    if register.is_null() || create_id.is_null() {
        return;
    }
    // SAFETY: both symbols are PHPAPI functions with exactly these signatures
    // (php_session.h); dlsym found them, so they are non-null code pointers.
    let (register, create_id) =
        unsafe { (std::mem::transmute::<*mut c_void, RegisterModule>(register), std::mem::transmute::<*mut c_void, CreateId>(create_id)) };
    let _ = CREATE_ID.set(create_id);
    // SAFETY: MODULE is static and matches ps_module's layout.
    if unsafe { register(&MODULE.0) } == SUCCESS {
        REGISTERED.store(true, Ordering::Release);
    }
}

/// For phpinfo(): whether `session.save_handler = zookeeper` is available.
pub fn registered() -> bool {
    REGISTERED.load(Ordering::Acquire)
}

/// What one open..close of a session holds (PHP's mod_data).
struct HandlerState {
    store: SessionStore,
    settings: HandlerSettings,
    /// The session id whose lock we hold, and the lock.
    lock: Option<(String, HeldLock)>,
    /// The id read last, and whether its node existed then (picks set or create).
    current: Option<(String, bool)>,
}

impl HandlerState {
    fn release_lock(&mut self) {
        if let Some((id, lock)) = self.lock.take() {
            log::debug(|| format!("session {id}: releasing lock {}", lock.path));
            lock::release(self.store.session(), &lock, self.settings.recv_timeout);
        }
    }

    fn guard(&self, id: &str) -> Option<&str> {
        match &self.lock {
            Some((locked, lock)) if locked == id => Some(lock.path.as_str()),
            _ => None,
        }
    }

    fn existed(&self, id: &str) -> bool {
        matches!(&self.current, Some((read, exists)) if read == id && *exists)
    }
}

type Outcome<T> = Result<T, String>;

/// Runs a callback body with panics caught, then raises its warning (if any)
/// once everything it used is dropped. A bailout in a user error handler is
/// re-raised last.
fn run<T>(fallback: T, body: impl FnOnce() -> Outcome<T>) -> T {
    let outcome =
        catch_unwind(AssertUnwindSafe(|| boundary::in_extension(body))).unwrap_or_else(|_| Err("internal error in the zookeeper session handler".into()));
    match outcome {
        Ok(value) => value,
        Err(message) => {
            if let Err(Failure::Bailout) = boundary::warn(&message) {
                Failure::Bailout.raise();
            }
            fallback
        },
    }
}

/// # Safety
/// `mod_data` is the engine's pointer to PS(mod_data): NULL or set by ps_open.
unsafe fn state<'a>(mod_data: ModData) -> Option<&'a mut HandlerState> {
    if mod_data.is_null() || (*mod_data).is_null() {
        return None;
    }
    Some(&mut *(*mod_data).cast::<HandlerState>())
}

/// # Safety
/// As `state`. Takes the state out of PS(mod_data), which is left NULL.
unsafe fn take_state(mod_data: ModData) -> Option<Box<HandlerState>> {
    if mod_data.is_null() || (*mod_data).is_null() {
        return None;
    }
    let state = Box::from_raw((*mod_data).cast::<HandlerState>());
    *mod_data = std::ptr::null_mut();
    Some(state)
}

/// # Safety
/// `key` is NULL or a live zend_string of the engine.
unsafe fn session_id(key: *mut ZendStr) -> Outcome<String> {
    let bytes = if key.is_null() { &[][..] } else { (*key).as_bytes() };
    let id = String::from_utf8_lossy(bytes).into_owned();
    store::check_id(&id).map_err(|why| format!("session id '{}' cannot be stored in ZooKeeper: {why}", path::printable(&id)))?;
    Ok(id)
}

fn open(save_path: &str) -> Outcome<Box<HandlerState>> {
    let settings = HandlerSettings::from_ini()?;
    let target = ConnectString::parse(save_path).map_err(|err| format!("session.save_path is not a ZooKeeper connection string: {err}"))?;
    let auth = settings.auth.clone().into_iter().collect();
    // The process's shared session for these servers and credentials; reads
    // below never use its cache. Its lock nodes are deleted by the handler
    // itself (at session close), not by the request's end.
    let options = Options { shared: true, use_cache: false, ephemeral_scope: EphemeralScope::Process };
    let connection = Connection::open(&target, auth, settings.recv_timeout, options).map_err(|err| err.to_string())?;
    let session = connection.session().map_err(|err| err.to_string())?;
    if let Err(err) = session.wait_connected(settings.recv_timeout) {
        return Err(match err {
            zk::Error::AuthFailed => format!("ZooKeeper at {} refused the credentials in zookeeper.session_auth", target.servers),
            err => format!("cannot reach ZooKeeper at {}: {}", target.servers, codes::of(&err).1),
        });
    }
    let store = SessionStore::new(session, &connection.chroot, settings.acl.acl(), settings.recv_timeout);
    Ok(Box::new(HandlerState { store, settings, lock: None, current: None }))
}

unsafe extern "C" fn ps_open(mod_data: ModData, save_path: *const c_char, _session_name: *const c_char) -> c_int {
    if mod_data.is_null() {
        return FAILURE;
    }
    // session_reset() opens again without a close: let go of the old state first.
    if let Some(mut old) = take_state(mod_data) {
        run((), || {
            old.release_lock();
            Ok(())
        });
    }
    let save_path = if save_path.is_null() { String::new() } else { CStr::from_ptr(save_path).to_string_lossy().into_owned() };
    match run(None, || open(&save_path).map(Some)) {
        Some(state) => {
            *mod_data = Box::into_raw(state).cast::<c_void>();
            SUCCESS
        },
        None => FAILURE,
    }
}

unsafe extern "C" fn ps_close(mod_data: ModData) -> c_int {
    let Some(mut state) = take_state(mod_data) else {
        return SUCCESS;
    };
    run(SUCCESS, move || {
        state.release_lock();
        Ok(SUCCESS)
    })
}

/// Locks `id` (unless locking is off or we hold it already), waiting at most
/// the lock timeout for the holder to release it.
fn lock(state: &mut HandlerState, id: &str) -> Outcome<()> {
    if !state.settings.locking || state.guard(id).is_some() {
        return Ok(());
    }
    state.release_lock();
    let wait = LockWait {
        deadline: zk::deadline_after(state.settings.lock_timeout),
        retry_pause: state.settings.lock_retry_pause,
        request_timeout: state.settings.recv_timeout,
    };
    let (root, dir) = (state.store.root().to_owned(), state.store.lock_dir(id));
    match lock::acquire(state.store.session(), &root, &dir, state.store.acl(), wait) {
        Ok(lock) => {
            log::debug(|| format!("session {id}: locked {}", lock.path));
            state.lock = Some((id.to_owned(), lock));
            Ok(())
        },
        Err(Error::LockTimedOut { holder, last_error }) => {
            let waited = state.settings.lock_timeout.as_millis();
            Err(match (holder, last_error) {
                (Some(_), None) => {
                    format!("session {id} is locked by another request; gave up waiting after {waited} ms (zookeeper.session_lock_timeout)")
                },
                (Some(_), Some(err)) => format!(
                    "session {id} is locked by another request; gave up waiting after {waited} ms (zookeeper.session_lock_timeout); last error: {}",
                    described(&err)
                ),
                (None, err) => {
                    let why = err.map_or_else(|| "no answer from ZooKeeper".to_owned(), |err| described(&err));
                    format!("cannot lock session {id} within {waited} ms (zookeeper.session_lock_timeout): {why}")
                },
            })
        },
        Err(Error::NoParent(missing)) => Err(format!("cannot lock session {id} in {dir}: no node: {missing} does not exist{}", access_hint(code::NONODE))),
        Err(other) => Err(format!("cannot lock session {id} in {dir}: {}", problem(&other))),
    }
}

/// A core error as the PECL message (zerror text and detail).
fn described(err: &zk::Error) -> String {
    codes::of(err).1
}

/// What went wrong, with what to check.
fn problem(err: &Error) -> String {
    match err {
        Error::Zk(err) => format!("{}{}", described(err), access_hint(codes::of(err).0)),
        Error::NoParent(missing) => format!("no node: {missing} does not exist{}", access_hint(code::NONODE)),
        Error::LockLost => "its lock was lost".into(),
        Error::TooLarge { size, limit } => format!("{size} bytes over the limit of {limit}"),
        Error::LockTimedOut { .. } => "the lock is held by another request".into(),
    }
}

fn access_hint(code: i32) -> &'static str {
    match code {
        code::NOAUTH => " (the session nodes belong to other credentials: check zookeeper.session_auth)",
        code::INVALIDACL => " (check zookeeper.session_acl and zookeeper.session_auth)",
        code::NONODE => " (the chroot of session.save_path must exist)",
        _ => "",
    }
}

fn store_error(id: &str, err: Error) -> String {
    match err {
        Error::TooLarge { size, limit } => format!(
            "session {id} not written: its data ({size} bytes) is larger than zookeeper.session_max_bytes ({limit} bytes), the most a ZooKeeper node takes; nothing was changed"
        ),
        Error::LockLost => format!(
            "session {id} not written: its lock was lost (the ZooKeeper session expired while the request ran) and another request may hold it now"
        ),
        other => format!("cannot write session {id}: {}", problem(&other)),
    }
}

unsafe extern "C" fn ps_read(mod_data: ModData, key: *mut ZendStr, val: *mut *mut ZendStr, maxlifetime: i64) -> c_int {
    let Some(state) = state(mod_data) else {
        return FAILURE;
    };
    let loaded = run(None, || {
        let id = session_id(key)?;
        lock(state, &id)?;
        let fresh = state.guard(&id).is_none();
        let loaded =
            state.store.read(&id, state.guard(&id), maxlifetime, fresh).map_err(|err| format!("cannot read session {id}: {}", problem(&Error::Zk(err))))?;
        state.current = Some((id, loaded.exists));
        Ok(Some(loaded.data))
    });
    match loaded {
        Some(data) if !val.is_null() => {
            *val = ZendStr::new(&data, false).into_raw();
            SUCCESS
        },
        _ => FAILURE,
    }
}

/// write and update_timestamp: ZooKeeper has no "touch", so the timestamp
/// (the node's mtime, which expiry reads) moves by setting the same bytes.
unsafe fn store(mod_data: ModData, key: *mut ZendStr, val: *mut ZendStr) -> c_int {
    let Some(state) = state(mod_data) else {
        return FAILURE;
    };
    let data: &[u8] = if val.is_null() { &[] } else { (*val).as_bytes() };
    run(FAILURE, || {
        let id = session_id(key)?;
        let limit = state.settings.max_bytes;
        state.store.write(&id, data, state.guard(&id), state.existed(&id), limit).map_err(|err| store_error(&id, err))?;
        state.current = Some((id, true));
        Ok(SUCCESS)
    })
}

unsafe extern "C" fn ps_write(mod_data: ModData, key: *mut ZendStr, val: *mut ZendStr, _maxlifetime: i64) -> c_int {
    store(mod_data, key, val)
}

unsafe extern "C" fn ps_update_timestamp(mod_data: ModData, key: *mut ZendStr, val: *mut ZendStr, _maxlifetime: i64) -> c_int {
    store(mod_data, key, val)
}

unsafe extern "C" fn ps_destroy(mod_data: ModData, key: *mut ZendStr) -> c_int {
    let Some(state) = state(mod_data) else {
        return FAILURE;
    };
    run(FAILURE, || {
        let id = session_id(key)?;
        state.store.destroy(&id, state.guard(&id)).map_err(|err| match err {
            Error::Zk(_) => format!("cannot destroy session {id}: {}", problem(&err)),
            other => store_error(&id, other),
        })?;
        state.current = None;
        Ok(SUCCESS)
    })
}

/// Returns the number of sessions deleted, -1 on failure (session_gc() then
/// returns false). Failures are logged, not raised: gc runs at a random
/// session_start() and is no business of that request.
unsafe extern "C" fn ps_gc(mod_data: ModData, maxlifetime: i64, nrdels: *mut i64) -> i64 {
    let Some(state) = state(mod_data) else {
        return -1;
    };
    run(-1, || {
        let deleted = match state.store.gc(maxlifetime) {
            Ok(n) => i64::try_from(n).unwrap_or(i64::MAX),
            Err(err) => {
                log::warn(format_args!("session gc under {} failed: {}", state.store.root(), described(&err)));
                return Ok(-1);
            },
        };
        if !nrdels.is_null() {
            *nrdels = deleted;
        }
        Ok(deleted)
    })
}

/// PHP's id generator, then a look whether a live session has that id
/// already (as good as impossible, but cheap to rule out). Never fails for
/// ZooKeeper's sake: PHP turns a NULL here into a fatal error.
unsafe extern "C" fn ps_create_sid(mod_data: ModData) -> *mut ZendStr {
    let Some(create_id) = CREATE_ID.get().copied() else {
        return std::ptr::null_mut();
    };
    let max_lifetime = ini::long_named(c"session.gc_maxlifetime");
    for _ in 0..3 {
        let id = create_id(mod_data);
        if id.is_null() {
            return id;
        }
        let Some(state) = state(mod_data) else {
            return id;
        };
        let candidate = String::from_utf8_lossy((*id).as_bytes()).into_owned();
        let taken = run(false, || Ok(store::check_id(&candidate).is_err() || state.store.is_live(&candidate, max_lifetime).unwrap_or(false)));
        if !taken {
            return id;
        }
        // SAFETY: a fresh zend_string from php_session_create_id that we own.
        drop(ZBox::from_raw(id));
    }
    create_id(mod_data)
}

/// Strict mode: only ids of live sessions are accepted, anything else (also
/// an expired session's id) makes PHP start a new session with a new id.
unsafe extern "C" fn ps_validate_sid(mod_data: ModData, key: *mut ZendStr) -> c_int {
    let Some(state) = state(mod_data) else {
        return FAILURE;
    };
    let max_lifetime = ini::long_named(c"session.gc_maxlifetime");
    run(FAILURE, || {
        let Ok(id) = session_id(key) else {
            return Ok(FAILURE);
        };
        match state.store.is_live(&id, max_lifetime) {
            Ok(true) => Ok(SUCCESS),
            Ok(false) => Ok(FAILURE),
            Err(err) => {
                log::warn(format_args!("cannot check session id {id}: {}", described(&err)));
                Ok(FAILURE)
            },
        }
    })
}
