//! `zookeeper.*` ini settings: registered at module startup, read when an
//! object connects (so `ini_set()` in a request applies to later objects).

use std::ffi::{c_char, c_int, CStr};
use std::time::Duration;

use ext_php_rs::flags::IniEntryPermission;
use ext_php_rs::zend::{IniEntryDef, IniEntryDefs};

pub const RECV_TIMEOUT: &CStr = c"zookeeper.recv_timeout";
pub const PERSISTENT: &CStr = c"zookeeper.persistent";
pub const CACHE: &CStr = c"zookeeper.cache";
pub const CACHE_MAX_BYTES: &CStr = c"zookeeper.cache_max_bytes";
pub const CACHE_SERVE_STALE: &CStr = c"zookeeper.cache_serve_stale";
pub const SESSION_IDLE_TIMEOUT: &CStr = c"zookeeper.session_idle_timeout";
pub const EPHEMERAL_SCOPE: &CStr = c"zookeeper.ephemeral_scope";
pub const PRELOAD: &CStr = c"zookeeper.preload";
// The session save handler's settings (README "Sessions in ZooKeeper").
pub const SESSION_LOCK: &CStr = c"zookeeper.session_lock";
pub const SESS_LOCK_WAIT: &CStr = c"zookeeper.sess_lock_wait";
pub const SESSION_LOCK_TIMEOUT: &CStr = c"zookeeper.session_lock_timeout";
pub const SESSION_AUTH: &CStr = c"zookeeper.session_auth";
pub const SESSION_ACL: &CStr = c"zookeeper.session_acl";
pub const SESSION_MAX_BYTES: &CStr = c"zookeeper.session_max_bytes";

static ENTRIES: IniEntryDefs<15> = IniEntryDefs::new([
    IniEntryDef::new(RECV_TIMEOUT, c"10000", IniEntryPermission::All),
    IniEntryDef::new(PERSISTENT, c"1", IniEntryPermission::All),
    IniEntryDef::new(CACHE, c"1", IniEntryPermission::All),
    // Per session; fixed when the session is created, so changeable only in php.ini.
    IniEntryDef::new(CACHE_MAX_BYTES, c"33554432", IniEntryPermission::System),
    IniEntryDef::new(CACHE_SERVE_STALE, c"1", IniEntryPermission::All),
    // Seconds a shared session may stay unused before it is closed (0: never).
    IniEntryDef::new(SESSION_IDLE_TIMEOUT, c"600", IniEntryPermission::System),
    // request | process: how long ephemeral nodes made through the shared session live.
    IniEntryDef::new(EPHEMERAL_SCOPE, c"request", IniEntryPermission::All),
    // Subtrees kept in each shared session's cache, comma-separated: per process.
    IniEntryDef::new(PRELOAD, c"", IniEntryPermission::System),
    // PECL's two, same names, defaults and scopes.
    IniEntryDef::new(SESSION_LOCK, c"1", IniEntryPermission::System),
    IniEntryDef::new(SESS_LOCK_WAIT, c"150000", IniEntryPermission::All),
    IniEntryDef::new(SESSION_LOCK_TIMEOUT, c"0", IniEntryPermission::All),
    // Credentials and who may read session nodes: php.ini / pool config only.
    secret(IniEntryDef::new(SESSION_AUTH, c"", IniEntryPermission::System)),
    IniEntryDef::new(SESSION_ACL, c"creator", IniEntryPermission::System),
    IniEntryDef::new(SESSION_MAX_BYTES, c"1047552", IniEntryPermission::All),
    IniEntryDef::end(),
]);

/// An entry whose value phpinfo() must not print (a credential).
const fn secret(mut entry: IniEntryDef) -> IniEntryDef {
    entry.displayer = Some(display_hidden);
    entry
}

/// phpinfo() displayer for secrets: says whether a value is set, never what it is.
unsafe extern "C" fn display_hidden(entry: *mut ext_php_rs::ffi::zend_ini_entry, which: c_int) {
    const ZEND_INI_DISPLAY_ORIG: c_int = 1;
    // SAFETY: the engine passes its live entry; value/orig_value are NULL or zend_strings.
    let value = unsafe {
        let entry = &*entry;
        if which == ZEND_INI_DISPLAY_ORIG && entry.modified != 0 {
            entry.orig_value
        } else {
            entry.value
        }
    };
    // SAFETY: as above; a non-NULL value is a valid zend_string.
    let set = !value.is_null() && unsafe { (*value).len } > 0;
    let text = if set { c"(set, not shown)" } else { c"no value" };
    // SAFETY: a constant format and a NUL-terminated argument.
    unsafe { ext_php_rs::ffi::php_printf(c"%s".as_ptr(), text.as_ptr()) };
}

extern "C" {
    fn zend_ini_long(name: *const c_char, name_length: usize, orig: c_int) -> i64;
    fn zend_ini_string_ex(name: *const c_char, name_length: usize, orig: c_int, exists: *mut bool) -> *const c_char;
}

pub fn register(module_number: i32) {
    IniEntryDef::register(ENTRIES.as_slice(), module_number);
}

pub fn long(name: &CStr) -> i64 {
    // SAFETY: a registered entry name; the engine looks it up in its ini table.
    unsafe { zend_ini_long(name.as_ptr(), name.count_bytes(), 0) }
}

/// A boolean setting as PHP reads one ("1", "on", "yes", "true" are true).
pub fn flag(name: &CStr) -> bool {
    let mut exists = false;
    // SAFETY: as in `long`; the returned string lives in the ini table.
    let value = unsafe { zend_ini_string_ex(name.as_ptr(), name.count_bytes(), 0, &mut exists) };
    if value.is_null() {
        return false;
    }
    // SAFETY: the engine's ini values are NUL-terminated.
    let value = unsafe { CStr::from_ptr(value) }.to_string_lossy().trim().to_ascii_lowercase();
    matches!(value.as_str(), "on" | "yes" | "true") || value.parse::<i64>().is_ok_and(|n| n != 0)
}

/// A setting's current text; None when it is not registered.
pub fn string(name: &CStr) -> Option<String> {
    let mut exists = false;
    // SAFETY: as in `flag`.
    let value = unsafe { zend_ini_string_ex(name.as_ptr(), name.count_bytes(), 0, &mut exists) };
    if value.is_null() || !exists {
        return None;
    }
    // SAFETY: as in `flag`.
    Some(unsafe { CStr::from_ptr(value) }.to_string_lossy().into_owned())
}

pub fn recv_timeout() -> i64 {
    long(RECV_TIMEOUT)
}

pub fn cache_max_bytes() -> usize {
    usize::try_from(long(CACHE_MAX_BYTES)).unwrap_or(0)
}

/// A setting in milliseconds as a duration (negative: zero).
pub fn millis(ms: i64) -> Duration {
    Duration::from_millis(u64::try_from(ms).unwrap_or(0))
}

/// A setting in seconds as a duration (negative: zero; huge values saturate).
pub fn seconds(s: i64) -> Duration {
    Duration::from_secs(u64::try_from(s).unwrap_or(0))
}
