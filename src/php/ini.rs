//! `zookeeper.*` ini settings: registered at module startup, read when an
//! object connects (so `ini_set()` in a request applies to later objects),
//! straight from the engine's entries (see `Entries`).

use std::cell::Cell;
use std::ffi::{c_int, CStr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use ext_php_rs::ffi::{ext_php_rs_executor_globals, zend_hash_str_find, zend_ini_entry, zend_string};
use ext_php_rs::flags::IniEntryPermission;
use ext_php_rs::zend::{IniEntryDef, IniEntryDefs};

use super::thread::php_thread_state;

/// One of the extension's settings: its name and its slot in `ENTRIES`.
#[derive(Clone, Copy, Debug)]
pub struct Setting {
    pub name: &'static CStr,
    slot: usize,
}

pub const RECV_TIMEOUT: Setting = Setting { name: c"zookeeper.recv_timeout", slot: 0 };
pub const PERSISTENT: Setting = Setting { name: c"zookeeper.persistent", slot: 1 };
pub const CACHE: Setting = Setting { name: c"zookeeper.cache", slot: 2 };
pub const CACHE_MAX_BYTES: Setting = Setting { name: c"zookeeper.cache_max_bytes", slot: 3 };
pub const CACHE_SERVE_STALE: Setting = Setting { name: c"zookeeper.cache_serve_stale", slot: 4 };
pub const SESSION_IDLE_TIMEOUT: Setting = Setting { name: c"zookeeper.session_idle_timeout", slot: 5 };
pub const EPHEMERAL_SCOPE: Setting = Setting { name: c"zookeeper.ephemeral_scope", slot: 6 };
pub const PRELOAD: Setting = Setting { name: c"zookeeper.preload", slot: 7 };
// The session save handler's settings (README "Sessions in ZooKeeper").
pub const SESSION_LOCK: Setting = Setting { name: c"zookeeper.session_lock", slot: 8 };
pub const SESS_LOCK_WAIT: Setting = Setting { name: c"zookeeper.sess_lock_wait", slot: 9 };
pub const SESSION_LOCK_TIMEOUT: Setting = Setting { name: c"zookeeper.session_lock_timeout", slot: 10 };
pub const SESSION_AUTH: Setting = Setting { name: c"zookeeper.session_auth", slot: 11 };
pub const SESSION_ACL: Setting = Setting { name: c"zookeeper.session_acl", slot: 12 };
pub const SESSION_MAX_BYTES: Setting = Setting { name: c"zookeeper.session_max_bytes", slot: 13 };

/// The number of settings (ENTRIES has one more: its end marker).
const COUNT: usize = 14;

static ENTRIES: IniEntryDefs<{ COUNT + 1 }> = IniEntryDefs::new([
    IniEntryDef::new(RECV_TIMEOUT.name, c"10000", IniEntryPermission::All),
    IniEntryDef::new(PERSISTENT.name, c"1", IniEntryPermission::All),
    IniEntryDef::new(CACHE.name, c"1", IniEntryPermission::All),
    // Per session; fixed when the session is created, so changeable only in php.ini.
    IniEntryDef::new(CACHE_MAX_BYTES.name, c"33554432", IniEntryPermission::System),
    IniEntryDef::new(CACHE_SERVE_STALE.name, c"1", IniEntryPermission::All),
    // Seconds a shared session may stay unused before it is closed (0: never).
    IniEntryDef::new(SESSION_IDLE_TIMEOUT.name, c"600", IniEntryPermission::System),
    // request | process: how long ephemeral nodes made through the shared session live.
    IniEntryDef::new(EPHEMERAL_SCOPE.name, c"request", IniEntryPermission::All),
    // Subtrees kept in each shared session's cache, comma-separated: per process.
    IniEntryDef::new(PRELOAD.name, c"", IniEntryPermission::System),
    // PECL's two, same names, defaults and scopes.
    IniEntryDef::new(SESSION_LOCK.name, c"1", IniEntryPermission::System),
    IniEntryDef::new(SESS_LOCK_WAIT.name, c"150000", IniEntryPermission::All),
    IniEntryDef::new(SESSION_LOCK_TIMEOUT.name, c"0", IniEntryPermission::All),
    // Credentials and who may read session nodes: php.ini / pool config only.
    secret(IniEntryDef::new(SESSION_AUTH.name, c"", IniEntryPermission::System)),
    IniEntryDef::new(SESSION_ACL.name, c"creator", IniEntryPermission::System),
    IniEntryDef::new(SESSION_MAX_BYTES.name, c"1047552", IniEntryPermission::All),
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

/// Bumped by every module startup: entries registered again (an SAPI may
/// run module startup more than once per process) live elsewhere.
static REGISTRATION: AtomicU64 = AtomicU64::new(0);

pub fn register(module_number: i32) {
    REGISTRATION.fetch_add(1, Ordering::Relaxed);
    IniEntryDef::register(ENTRIES.as_slice(), module_number);
}

/// Where this thread's ini table keeps each setting, found on first use,
/// and the setting read as a number (`long`, `flag`) while its value is the
/// one the process started with. Settings are read on every connect: a
/// lookup by name hashes the name, and strtol is no cheaper. The entry stays
/// put while the module is registered (`ini_set()` and the reset at request
/// end change its value in place and mark it `modified`); a ZTS thread has
/// its own copy of the table, hence per thread.
struct Entries {
    registration: Cell<u64>,
    slots: [Cell<Slot>; COUNT],
}

#[derive(Clone, Copy)]
struct Slot {
    entry: *const zend_ini_entry,
    /// The unmodified value `number` was read from (NULL: none read yet).
    value: *const zend_string,
    number: i64,
}

const EMPTY: Slot = Slot { entry: std::ptr::null(), value: std::ptr::null(), number: 0 };

php_thread_state! {
    ThreadEntries: Entries = Entries { registration: Cell::new(0), slots: [const { Cell::new(EMPTY) }; COUNT] };
}

/// This thread's entry named `name`, if registered.
fn find(name: &CStr) -> Option<&'static zend_ini_entry> {
    // SAFETY: the engine's executor globals of this (PHP) thread; its ini
    // table maps names to zend_ini_entry pointers that live as long as the
    // registration.
    unsafe {
        let table = (*ext_php_rs_executor_globals()).ini_directives;
        if table.is_null() {
            return None;
        }
        let found = zend_hash_str_find(table, name.as_ptr(), name.count_bytes());
        found.as_ref().and_then(|zv| zv.value.ptr.cast::<zend_ini_entry>().as_ref())
    }
}

/// Runs `f` on the setting's slot, its entry found if need be.
fn with_slot<R>(setting: Setting, f: impl FnOnce(&Cell<Slot>, Option<&zend_ini_entry>) -> R) -> R {
    ThreadEntries::with(|entries| {
        let registration = REGISTRATION.load(Ordering::Relaxed);
        if entries.registration.replace(registration) != registration {
            entries.slots.iter().for_each(|slot| slot.set(EMPTY));
        }
        let slot = &entries.slots[setting.slot];
        // SAFETY: a pointer `find` returned for this registration.
        let entry = match unsafe { slot.get().entry.as_ref() } {
            Some(entry) => Some(entry),
            None => find(setting.name).inspect(|&entry| slot.set(Slot { entry, ..EMPTY })),
        };
        f(slot, entry)
    })
}

fn entry(setting: Setting) -> Option<&'static zend_ini_entry> {
    // SAFETY: as in `with_slot`: the entry lives as long as the registration.
    with_slot(setting, |slot, _| unsafe { slot.get().entry.as_ref() })
}

/// `read` of the setting's value, remembered while that is the value the
/// process started with (never freed while unmodified, so never reused).
fn number(setting: Setting, read: fn(Option<&[u8]>) -> i64) -> i64 {
    with_slot(setting, |slot, entry| {
        let Some(entry) = entry else { return read(None) };
        let known = slot.get();
        if entry.modified == 0 && std::ptr::eq(entry.value, known.value) && !known.value.is_null() {
            return known.number;
        }
        let number = read(value(entry));
        if entry.modified == 0 {
            slot.set(Slot { value: entry.value, number, ..known });
        }
        number
    })
}

/// The current value of `entry`.
fn value(entry: &zend_ini_entry) -> Option<&[u8]> {
    // SAFETY: an entry's value is NULL or a live zend_string.
    unsafe { entry.value.as_ref() }.map(|value| {
        // SAFETY: `len` bytes follow the header.
        unsafe { std::slice::from_raw_parts(value.val.as_ptr().cast::<u8>(), value.len) }
    })
}

/// As the engine's zend_ini_long(): strtol(value, NULL, 0), 0 when unset.
fn parse_long(value: Option<&[u8]>) -> i64 {
    // SAFETY: ini values are zend_strings: a NUL follows their bytes.
    value.map_or(0, |text| unsafe { libc::strtol(text.as_ptr().cast(), std::ptr::null_mut(), 0) })
}

/// A boolean as PHP reads one ("1", "on", "yes", "true" are true).
fn parse_flag(value: &[u8]) -> bool {
    match value {
        b"1" => true,
        b"" | b"0" => false,
        _ => {
            let value = String::from_utf8_lossy(value).trim().to_ascii_lowercase();
            matches!(value.as_str(), "on" | "yes" | "true") || value.parse::<i64>().is_ok_and(|n| n != 0)
        },
    }
}

pub fn long(setting: Setting) -> i64 {
    number(setting, parse_long)
}

pub fn flag(setting: Setting) -> bool {
    number(setting, |value| i64::from(value.is_some_and(parse_flag))) != 0
}

/// A setting's current text; None when it is not registered.
pub fn string(setting: Setting) -> Option<String> {
    Some(String::from_utf8_lossy(entry(setting).and_then(value)?).into_owned())
}

/// Runs `f` on a setting's current text ("" when unset), without copying it.
pub fn with_text<R>(setting: Setting, f: impl FnOnce(&[u8]) -> R) -> R {
    f(entry(setting).and_then(value).unwrap_or_default())
}

/// Another extension's (or the engine's) integer setting.
pub fn long_named(name: &CStr) -> i64 {
    parse_long(find(name).and_then(value))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_setting_is_registered_in_its_slot() {
        let all = [
            RECV_TIMEOUT,
            PERSISTENT,
            CACHE,
            CACHE_MAX_BYTES,
            CACHE_SERVE_STALE,
            SESSION_IDLE_TIMEOUT,
            EPHEMERAL_SCOPE,
            PRELOAD,
            SESSION_LOCK,
            SESS_LOCK_WAIT,
            SESSION_LOCK_TIMEOUT,
            SESSION_AUTH,
            SESSION_ACL,
            SESSION_MAX_BYTES,
        ];
        assert_eq!(all.len(), COUNT);
        for (slot, setting) in all.iter().enumerate() {
            assert_eq!(setting.slot, slot);
            // SAFETY: the table's names are the settings' static C strings.
            assert_eq!(unsafe { CStr::from_ptr(ENTRIES.as_slice()[slot].name) }, setting.name);
        }
    }

    #[test]
    fn flags_read_as_php_reads_them() {
        for text in ["1", "on", "On", " yes ", "TRUE", "2", "-1"] {
            assert!(parse_flag(text.as_bytes()), "{text}");
        }
        for text in ["", "0", "off", "no", "false", "none", "x"] {
            assert!(!parse_flag(text.as_bytes()), "{text}");
        }
    }
}
