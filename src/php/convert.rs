//! Stat and ACL arrays in PECL's shapes.

use ext_php_rs::boxed::ZBox;
use ext_php_rs::ffi::zend_reference;
use ext_php_rs::types::{ZendHashTable, Zval};
use zookeeper_client::{Acl, AuthId, Permission, Stat};

use super::boundary::{self, Failure, Outcome};
use crate::zk;

extern "C" {
    fn zend_try_assign_typed_ref_arr(reference: *mut zend_reference, arr: *mut ext_php_rs::ffi::zend_array) -> std::ffi::c_int;
}

fn failed(err: ext_php_rs::error::Error) -> Failure {
    Failure::internal(&err.to_string())
}

/// A stat array with PECL's keys, order and types (its 64-bit fields are floats).
pub fn stat_array(stat: &Stat) -> Outcome<Zval> {
    let mut zval = Zval::new();
    zval.set_hashtable(stat_table(stat)?);
    Ok(zval)
}

fn stat_table(stat: &Stat) -> Outcome<ZBox<ZendHashTable>> {
    let mut array = ZendHashTable::with_capacity(11);
    fill_stat(&mut array, stat).map_err(failed)?;
    Ok(array)
}

fn fill_stat(array: &mut ZendHashTable, stat: &Stat) -> ext_php_rs::error::Result<()> {
    array.insert("czxid", stat.czxid as f64)?;
    array.insert("mzxid", stat.mzxid as f64)?;
    array.insert("ctime", stat.ctime as f64)?;
    array.insert("mtime", stat.mtime as f64)?;
    array.insert("version", i64::from(stat.version))?;
    array.insert("cversion", i64::from(stat.cversion))?;
    array.insert("aversion", i64::from(stat.aversion))?;
    array.insert("ephemeralOwner", stat.ephemeral_owner as f64)?;
    array.insert("dataLength", i64::from(stat.data_length))?;
    array.insert("numChildren", i64::from(stat.num_children))?;
    array.insert("pzxid", stat.pzxid as f64)?;
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
            fill_stat(&mut copy, stat).map_err(failed)?;
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
