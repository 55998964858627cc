//! Stat and ACL arrays in PECL's shapes, and lists of names.

use std::sync::atomic::{AtomicPtr, Ordering};

use ext_php_rs::boxed::ZBox;
use ext_php_rs::ffi::{zend_hash_add_new, zend_hash_update, zend_reference, zend_string, zend_string_init_interned};
use ext_php_rs::types::{ZendHashTable, ZendStr, Zval};
use zookeeper_client::{Acl, AuthId, Permission, Stat};

use super::boundary::{self, Failure, Outcome};
use crate::zk;

extern "C" {
    fn zend_hash_next_index_insert_new(ht: *mut ext_php_rs::ffi::HashTable, value: *mut ext_php_rs::ffi::zval) -> *mut ext_php_rs::ffi::zval;
    fn zend_try_assign_typed_ref_arr(reference: *mut zend_reference, arr: *mut ext_php_rs::ffi::zend_array) -> std::ffi::c_int;
}

fn failed(err: ext_php_rs::error::Error) -> Failure {
    Failure::internal(&err.to_string())
}

/// PECL's stat keys, in its order.
const STAT_KEYS: [&str; 11] = ["czxid", "mzxid", "ctime", "mtime", "version", "cversion", "aversion", "ephemeralOwner", "dataLength", "numChildren", "pzxid"];

/// The stat keys as interned strings, made at module startup: a stat array
/// is built on every exists(), and with these it allocates no key, hashes
/// nothing and looks nothing up.
static STAT_KEY_STRINGS: [AtomicPtr<zend_string>; 11] = [const { AtomicPtr::new(std::ptr::null_mut()) }; 11];

/// Module startup: interned strings made now last as long as the module.
pub fn intern_stat_keys() {
    for (slot, key) in STAT_KEY_STRINGS.iter().zip(STAT_KEYS) {
        // SAFETY: the engine sets its interning function before any module starts.
        let interned = unsafe { zend_string_init_interned.map_or(std::ptr::null_mut(), |init| init(key.as_ptr().cast(), key.len(), true)) };
        slot.store(interned, Ordering::Relaxed);
    }
}

/// A stat's fields in STAT_KEYS order, typed as PECL types them (its 64-bit
/// fields are floats).
fn stat_values(stat: &Stat) -> [Zval; 11] {
    let float = |value: i64| {
        let mut zval = Zval::new();
        zval.set_double(value as f64);
        zval
    };
    let int = |value: i32| {
        let mut zval = Zval::new();
        zval.set_long(i64::from(value));
        zval
    };
    [
        float(stat.czxid),
        float(stat.mzxid),
        float(stat.ctime),
        float(stat.mtime),
        int(stat.version),
        int(stat.cversion),
        int(stat.aversion),
        float(stat.ephemeral_owner),
        int(stat.data_length),
        int(stat.num_children),
        float(stat.pzxid),
    ]
}

/// A stat array with PECL's keys, order and types.
pub fn stat_array(stat: &Stat) -> Outcome<Zval> {
    let mut zval = Zval::new();
    zval.set_hashtable(stat_table(stat)?);
    Ok(zval)
}

fn stat_table(stat: &Stat) -> Outcome<ZBox<ZendHashTable>> {
    let mut array = ZendHashTable::with_capacity(11);
    fill_stat(&mut array, stat, Fill::New)?;
    Ok(array)
}

enum Fill {
    /// The keys are not in the array yet.
    New,
    /// The array may hold them: their values are replaced (the old ones
    /// released: only in a copy, whose values the original still holds, so
    /// that no destructor runs).
    Update,
}

fn fill_stat(array: &mut ZendHashTable, stat: &Stat, fill: Fill) -> Outcome<()> {
    for (slot, mut value) in STAT_KEY_STRINGS.iter().zip(stat_values(stat)) {
        let key = slot.load(Ordering::Relaxed);
        if key.is_null() {
            return Err(Failure::internal("the stat keys were not made at startup"));
        }
        // SAFETY: a live array, an interned key (its hash computed), a scalar
        // value the array takes over (nothing to release).
        unsafe {
            match fill {
                Fill::New => zend_hash_add_new(array, key, &mut value),
                Fill::Update => zend_hash_update(array, key, &mut value),
            };
        }
    }
    Ok(())
}

/// Writes a stat into a by-reference argument (`target` is the reference the
/// caller passed) with PHP's assignment rules: an array keeps its other keys
/// (as PECL does), anything else is replaced, and a typed reference (a typed
/// property passed by reference) takes it only if its type allows, else PHP
/// throws its TypeError. An array passed in is filled in a copy that then
/// replaces it: it may be shared with other variables (copy on write) or be
/// PHP's immutable empty array, so it is never written in place. Replacing
/// may run the old value's destructor, so it goes through the boundary.
pub fn write_stat(target: &mut Zval, stat: &Stat) -> Outcome<()> {
    if !target.is_reference() {
        return Err(Failure::internal("the stat argument is not passed by reference"));
    }
    // SAFETY: a reference zval of the call frame; its zend_reference is live.
    let reference: *mut zend_reference = unsafe { target.value.ref_ };
    // SAFETY: as above.
    let current = unsafe { &*std::ptr::addr_of!((*reference).val).cast::<Zval>() };
    let table = match current.array() {
        // Overwritten elements of the copy are still held by the original:
        // nothing is released before the boundary.
        Some(array) => {
            let mut copy = array.to_owned();
            fill_stat(&mut copy, stat, Fill::Update)?;
            copy
        },
        None => stat_table(stat)?,
    };
    boundary::enter(|| {
        // SAFETY: as above; the engine's own assignment functions do the rest.
        unsafe {
            if !(*reference).sources.ptr.is_null() {
                // Typed: the engine checks the type (and throws) and owns the table.
                zend_try_assign_typed_ref_arr(reference, table.into_raw());
                return;
            }
            (*std::ptr::addr_of_mut!((*reference).val).cast::<Zval>()).set_hashtable(table);
        }
    })
}

/// A list of strings (getChildren()'s result).
pub fn string_list(names: &[String]) -> ZBox<ZendHashTable> {
    let mut list = ZendHashTable::with_capacity(u32::try_from(names.len()).unwrap_or(u32::MAX));
    for name in names {
        let mut value = Zval::new();
        value.set_zend_string(ZendStr::new(name, false));
        // SAFETY: a live list that grows by index only.
        unsafe { zend_hash_next_index_insert_new(&mut *list, &mut value) };
        // The list took the string over (not a new reference).
        std::mem::forget(value);
    }
    list
}

pub fn acl_array(acls: &[Acl]) -> Outcome<Zval> {
    let build = || -> ext_php_rs::error::Result<ZBox<ZendHashTable>> {
        let mut list = ZendHashTable::with_capacity(acls.len() as u32);
        for acl in acls {
            let mut entry = ZendHashTable::with_capacity(3);
            entry.insert("perms", i64::from(permission_bits(acl.permission())))?;
            entry.insert("scheme", acl.scheme())?;
            entry.insert("id", acl.id())?;
            list.push(entry)?;
        }
        Ok(list)
    };
    let mut zval = Zval::new();
    zval.set_hashtable(build().map_err(failed)?);
    Ok(zval)
}

const PERMISSIONS: [(i32, Permission); 5] =
    [(1, Permission::READ), (2, Permission::WRITE), (4, Permission::CREATE), (8, Permission::DELETE), (16, Permission::ADMIN)];

fn permission_bits(permission: Permission) -> i32 {
    PERMISSIONS.iter().filter(|(_, p)| permission.has(*p)).map(|(bit, _)| bit).sum()
}

fn permission(bits: i64) -> Option<Permission> {
    if !(0..=31).contains(&bits) {
        return None;
    }
    Some(PERMISSIONS.iter().filter(|(bit, _)| bits & i64::from(*bit) != 0).fold(Permission::NONE, |acc, (_, p)| acc | *p))
}

/// Parses `[['perms' => int, 'scheme' => string, 'id' => string], ...]`.
/// Unlike PECL, which skipped malformed entries silently (and so could set an
/// ACL other than the one meant), a malformed entry is an error that says which.
pub fn parse_acl(list: &ZendHashTable) -> zk::Result<Vec<Acl>> {
    let mut acls = Vec::with_capacity(list.len());
    for (index, entry) in list.values().enumerate() {
        let bad = |why: &str| zk::Error::bad_arguments(format!("invalid acl entry #{index}: {why}"));
        let entry = entry.array().ok_or_else(|| bad("must be an array with keys perms, scheme and id"))?;
        let field = |key: &str| entry.get(key).ok_or_else(|| bad(&format!("missing key '{key}'")));
        let perms = field("perms")?;
        let perms = perms.long().or_else(|| perms.str().and_then(|s| s.trim().parse().ok())).ok_or_else(|| bad("perms must be an int"))?;
        let perms = permission(perms).ok_or_else(|| bad("perms must be a combination of Zookeeper::PERM_* (0 to 31)"))?;
        let scheme = field("scheme")?.str().filter(|s| !s.is_empty()).ok_or_else(|| bad("scheme must be a non-empty string"))?;
        let id = field("id")?.str().ok_or_else(|| bad("id must be a string"))?;
        acls.push(Acl::new(perms, AuthId::new(scheme, id)));
    }
    Ok(acls)
}

/// world:anyone with all permissions: PECL's default for create().
pub fn open_acl() -> Vec<Acl> {
    vec![Acl::new(Permission::ALL, AuthId::anyone())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permission_bits_round_trip() {
        for bits in 0..=31 {
            assert_eq!(i64::from(permission_bits(permission(bits).unwrap())), bits);
        }
        assert!(permission(32).is_none());
        assert!(permission(-1).is_none());
    }
}
