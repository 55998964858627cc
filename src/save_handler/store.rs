//! PHP session data in ZooKeeper, for the session save handler: one persistent
//! node per session id under a root node (PECL's layout, `/php-sessid/<id>`,
//! below the save path's chroot), expiry by the node's mtime, and writes
//! guarded by the session lock in the same transaction, so a request that
//! lost its lock (its ZooKeeper session expired) can never overwrite the next
//! holder's data.
//!
//! Reads never come from the cache: a PHP session must see the latest write
//! from any web server. Writes invalidate cached entries like any own write.
//! Pure Rust on the core's public interface: blocking calls, no PHP types.

use std::sync::Arc;
use std::time::Duration;

use zookeeper_client::{Acl, CreateMode};

use super::error::Error;
use crate::zk::{self, Kind, Op, ReadOptions, Value, ZkSession};

/// The parent of all session nodes, below the save path's chroot (as PECL).
pub const ROOT: &str = "/php-sessid";
/// `<id>-lock` next to `<id>` is the session's lock directory (as PECL).
pub const LOCK_SUFFIX: &str = "-lock";
/// Nodes examined per round trip batch by gc.
const GC_BATCH: usize = 500;

/// What a read found: the data, and whether a live node holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub data: Vec<u8>,
    pub exists: bool,
}

pub struct SessionStore {
    session: Arc<ZkSession>,
    /// Server path of the root (chroot + ROOT).
    root: String,
    acl: Vec<Acl>,
    timeout: Duration,
}

/// A session id usable as a node name: PHP allows [a-zA-Z0-9,-] only, this is
/// the belt to those braces. Ids ending in "-lock" would name another
/// session's lock directory.
pub fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() || id.len() > 256 {
        return Err("a session id must have 1 to 256 characters".into());
    }
    if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b',' || b == b'-') {
        return Err("a session id may only contain a-z, A-Z, 0-9, ',' and '-'".into());
    }
    if id.ends_with(LOCK_SUFFIX) {
        return Err(format!("session ids ending in '{LOCK_SUFFIX}' are reserved for lock nodes"));
    }
    Ok(())
}

/// PECL's rule: a session whose node was last written more than
/// `max_lifetime_s` seconds ago is gone. A lifetime of 0 or less never expires.
pub fn is_expired(mtime_ms: i64, now_ms: i64, max_lifetime_s: i64) -> bool {
    max_lifetime_s > 0 && mtime_ms < now_ms.saturating_sub(max_lifetime_s.saturating_mul(1000))
}

pub fn now_ms() -> i64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(now.as_millis()).unwrap_or(i64::MAX)
}

/// A change guarded by the lock: one transaction of "our lock child still
/// exists" (`guard`) and the change itself. Err(LockLost) when the guard
/// failed, else the outcome of the change.
fn guarded(session: &ZkSession, guard: Option<&str>, change: Op<'_>, timeout: Duration) -> Result<zk::Result<()>, Error> {
    let mut ops = Vec::with_capacity(2);
    if let Some(guard) = guard {
        ops.push(Op::Check { path: guard, version: -1 });
    }
    ops.push(change);
    let change_index = ops.len() - 1;
    match session.multi(&ops, timeout) {
        Ok(_) => Ok(Ok(())),
        Err(zk::Error::Transaction { index: 0, source: zookeeper_client::Error::NoNode }) if guard.is_some() => Err(Error::LockLost),
        Err(zk::Error::Transaction { index, source }) if index == change_index => Ok(Err(zk::Error::Server(source))),
        Err(err) => Err(Error::Zk(err)),
    }
}

impl SessionStore {
    pub fn new(session: Arc<ZkSession>, chroot: &str, acl: Vec<Acl>, timeout: Duration) -> SessionStore {
        SessionStore { session, root: zk::path::join(chroot, ROOT).into_owned(), acl, timeout }
    }

    pub fn session(&self) -> &Arc<ZkSession> {
        &self.session
    }

    pub fn root(&self) -> &str {
        &self.root
    }

    pub fn acl(&self) -> &[Acl] {
        &self.acl
    }

    pub fn data_path(&self, id: &str) -> String {
        format!("{}/{id}", self.root)
    }

    pub fn lock_dir(&self, id: &str) -> String {
        format!("{}/{id}{LOCK_SUFFIX}", self.root)
    }

    /// Makes the server we talk to catch up with the leader, so the next read
    /// sees every write committed before (by any web server).
    fn sync(&self) -> zk::Result<()> {
        match self.session.sync(&self.root, self.timeout) {
            Err(err) if err.is_no_node() => Ok(()),
            other => other,
        }
    }

    /// The session's data; empty (and `exists: false`) when there is no node
    /// or it expired. An expired node is deleted (as PECL), unless someone
    /// wrote it meanwhile. `fresh` syncs first: needed when no lock was
    /// taken, whose queue already orders this read after the last write.
    pub fn read(&self, id: &str, guard: Option<&str>, max_lifetime_s: i64, fresh: bool) -> zk::Result<Loaded> {
        if fresh {
            self.sync()?;
        }
        let path = self.data_path(id);
        let options = ReadOptions { use_cache: false, waiter: None, timeout: self.timeout };
        let (data, stat) = match self.session.read(Kind::Data, &path, options) {
            Ok(Value::Data { data, stat }) => (data, stat),
            Ok(_) => return Err(zk::Error::System("unexpected reply shape".into())),
            Err(err) if err.is_no_node() => return Ok(Loaded { data: Vec::new(), exists: false }),
            Err(err) => return Err(err),
        };
        if is_expired(stat.mtime, now_ms(), max_lifetime_s) {
            // Best effort: a failure only leaves the node to gc.
            let _ = guarded(&self.session, guard, Op::Delete { path: &path, version: Some(stat.version) }, self.timeout);
            return Ok(Loaded { data: Vec::new(), exists: false });
        }
        Ok(Loaded { data: data.map(|data| data.to_vec()).unwrap_or_default(), exists: true })
    }

    /// For strict mode: does a live (written, not expired) session have this id?
    pub fn is_live(&self, id: &str, max_lifetime_s: i64) -> zk::Result<bool> {
        self.sync()?;
        let options = ReadOptions { use_cache: false, waiter: None, timeout: self.timeout };
        match self.session.read(Kind::Exists, &self.data_path(id), options)? {
            Value::Exists(Some(stat)) => Ok(!is_expired(stat.mtime, now_ms(), max_lifetime_s)),
            _ => Ok(false),
        }
    }

    /// Stores `data` (all or nothing) if `guard`, our lock child, still exists.
    /// `exists` is what the read saw: it picks set or create first.
    pub fn write(&self, id: &str, data: &[u8], guard: Option<&str>, exists: bool, limit: usize) -> Result<(), Error> {
        if data.len() > limit {
            return Err(Error::TooLarge { size: data.len(), limit });
        }
        let path = self.data_path(id);
        let mut create = !exists;
        // set -> NoNode -> create -> NodeExists -> set ...: a few turns at most.
        for _ in 0..4 {
            let change = if create {
                Op::Create { path: &path, data, acl: &self.acl, mode: CreateMode::Persistent }
            } else {
                Op::SetData { path: &path, data, version: None }
            };
            match guarded(&self.session, guard, change, self.timeout)? {
                Ok(()) => return Ok(()),
                Err(err) if err.is_no_node() && create => super::lock::make_node(&self.session, &self.root, &self.acl, self.timeout)?,
                Err(zk::Error::Server(zookeeper_client::Error::NoNode | zookeeper_client::Error::NodeExists)) => create = !create,
                Err(err) => return Err(Error::Zk(err)),
            }
        }
        Err(Error::Zk(zk::Error::Server(zookeeper_client::Error::RuntimeInconsistent)))
    }

    /// Deletes the session's node (gone already is fine) if `guard` still exists.
    pub fn destroy(&self, id: &str, guard: Option<&str>) -> Result<(), Error> {
        match guarded(&self.session, guard, Op::Delete { path: &self.data_path(id), version: None }, self.timeout)? {
            Err(err) if !err.is_no_node() => Err(Error::Zk(err)),
            _ => Ok(()),
        }
    }

    /// Deletes session nodes (and empty lock directories) not written for
    /// `max_lifetime_s` seconds; returns how many sessions went. A node
    /// written meanwhile (version changed) or a lock directory in use (not
    /// empty) stays. Requests are pipelined, a batch per round trip.
    pub fn gc(&self, max_lifetime_s: i64) -> zk::Result<u64> {
        if max_lifetime_s <= 0 {
            return Ok(0);
        }
        let children = match self.session.children(&self.root, self.timeout) {
            Ok(children) => children,
            Err(err) if err.is_no_node() => return Ok(0),
            Err(err) => return Err(err),
        };
        let now = now_ms();
        let mut deleted = 0;
        for batch in children.chunks(GC_BATCH) {
            let paths: Vec<String> = batch.iter().map(|name| format!("{}/{name}", self.root)).collect();
            let stats = self.session.stats(&paths, self.timeout)?;
            let expired: Vec<(String, i32)> = paths
                .into_iter()
                .zip(stats)
                .filter_map(|(path, stat)| match stat {
                    Ok(Some(stat)) if is_expired(stat.mtime, now, max_lifetime_s) => Some((path, stat.version)),
                    _ => None,
                })
                .collect();
            let outcomes = self.session.delete_many(&expired, self.timeout)?;
            deleted += expired.iter().zip(outcomes).filter(|((path, _), outcome)| outcome.is_ok() && !path.ends_with(LOCK_SUFFIX)).count() as u64;
        }
        Ok(deleted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn php_session_ids_are_accepted() {
        for id in ["abc", "0123456789abcdefABCDEF", "a,b-c", "lock", "x-lock-y"] {
            assert_eq!(check_id(id), Ok(()), "{id}");
        }
    }

    #[test]
    fn ids_that_are_no_node_names_or_name_lock_nodes_are_rejected() {
        for id in ["", "a/b", "..", "a b", "a\0", "ü", "abc-lock", &"a".repeat(257)] {
            assert!(check_id(id).is_err(), "{id:?}");
        }
        assert!(check_id("abc-lock").unwrap_err().contains("reserved"));
    }

    #[test]
    fn expiry_follows_gc_maxlifetime() {
        let now = 1_700_000_000_000;
        assert!(!is_expired(now, now, 1440));
        assert!(!is_expired(now - 1_440_000, now, 1440));
        assert!(is_expired(now - 1_440_001, now, 1440));
        assert!(is_expired(0, now, 1));
    }

    #[test]
    fn no_lifetime_never_expires() {
        assert!(!is_expired(0, 1_700_000_000_000, 0));
        assert!(!is_expired(0, 1_700_000_000_000, -5));
    }

    #[test]
    fn huge_lifetimes_do_not_overflow() {
        assert!(!is_expired(0, 1_700_000_000_000, i64::MAX));
    }
}
