//! PHP session data in ZooKeeper, for the session save handler: one persistent
//! node per session id under a root node (PECL's layout, `/php-sessid/<id>`,
//! below the save path's chroot), expiry by the node's mtime, and writes
//! guarded by the session lock in the same transaction, so a request that
//! lost its lock (its ZooKeeper session expired) can never overwrite the next
//! holder's data.
//!
//! Reads never come from the cache: a session must see the latest write from
//! any web server. Writes invalidate cached entries like any own write.
//! Pure Rust: blocking calls on the PHP thread, no PHP types.

use std::sync::Arc;
use std::time::Duration;

use zookeeper_client::{Acl, Acls, Client, CreateMode, MultiWriteError};

use super::cache::{Kind, Value};
use super::session::{ReadOptions, Session};
use super::session_lock::make_node;
use crate::error::{code, ZkError, ZkResult};
use crate::path;

/// The parent of all session nodes, below the save path's chroot (as PECL).
pub const ROOT: &str = "/php-sessid";
/// `<id>-lock` next to `<id>` is the session's lock directory (as PECL).
pub const LOCK_SUFFIX: &str = "-lock";
/// Nodes examined per round trip batch by gc.
const GC_BATCH: usize = 500;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    Zk(ZkError),
    /// The lock child guarding the write is gone (its ZooKeeper session
    /// expired while the request ran): nothing was written.
    LockLost,
    /// More bytes than the server accepts in one request: nothing was sent.
    TooLarge { size: usize, limit: usize },
}

impl From<ZkError> for StoreError {
    fn from(err: ZkError) -> Self {
        StoreError::Zk(err)
    }
}

/// What a read found: the data, and whether a live node holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub data: Vec<u8>,
    pub exists: bool,
}

pub struct SessionStore {
    session: Arc<Session>,
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

fn multi_error(err: MultiWriteError) -> (Option<usize>, zookeeper_client::Error) {
    match err {
        MultiWriteError::RequestFailed { source } => (None, source),
        MultiWriteError::OperationFailed { index, source } => (Some(index), source),
    }
}

/// How a guarded write ended, op by op.
enum Put {
    Done,
    LockLost,
    /// The write op itself failed (NoNode for a set, NodeExists for a create...).
    Failed(zookeeper_client::Error),
}

/// One transaction: the lock child still exists (`guard`), then the write.
async fn put(client: &Client, guard: Option<&str>, path: &str, data: &[u8], acl: &[Acl], create: bool) -> Result<Put, zookeeper_client::Error> {
    let mut writer = client.new_multi_writer();
    if let Some(guard) = guard {
        writer.add_check_version(guard, -1)?;
    }
    if create {
        writer.add_create(path, data, &CreateMode::Persistent.with_acls(Acls::new(acl)))?;
    } else {
        writer.add_set_data(path, data, None)?;
    }
    let write_index = usize::from(guard.is_some());
    match writer.commit().await.map_err(multi_error) {
        Ok(_) => Ok(Put::Done),
        Err((Some(0), zookeeper_client::Error::NoNode)) if guard.is_some() => Ok(Put::LockLost),
        Err((Some(index), err)) if index == write_index => Ok(Put::Failed(err)),
        Err((_, err)) => Err(err),
    }
}

impl SessionStore {
    pub fn new(session: Arc<Session>, chroot: &str, acl: Vec<Acl>, timeout: Duration) -> SessionStore {
        SessionStore { session, root: path::join(chroot, ROOT).into_owned(), acl, timeout }
    }

    pub fn session(&self) -> &Arc<Session> {
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

    fn written(&self, path: &str) {
        self.session.invalidate(&[(Kind::Data, path), (Kind::Exists, path), (Kind::Children, &self.root)]);
    }

    /// Makes the server we talk to catch up with the leader, so the next read
    /// sees every write committed before (by any web server).
    fn sync(&self) -> ZkResult<()> {
        let root = self.root.as_str();
        match self.session.call(self.timeout, |client| async move { client.sync(root).await }) {
            Err(err) if err.code == code::NONODE => Ok(()),
            other => other,
        }
    }

    /// The session's data; empty (and `exists: false`) when there is no node
    /// or it expired. An expired node is deleted (as PECL), unless someone
    /// wrote it meanwhile. `fresh` syncs first: needed when no lock was
    /// taken, whose queue already orders this read after the last write.
    pub fn read(&self, id: &str, guard: Option<&str>, max_lifetime_s: i64, fresh: bool) -> ZkResult<Loaded> {
        if fresh {
            self.sync()?;
        }
        let path = self.data_path(id);
        let options = ReadOptions { use_cache: false, watcher: None, timeout: self.timeout };
        let (data, stat) = match self.session.read(Kind::Data, &path, options) {
            Ok(Value::Data { data, stat }) => (data, stat),
            Ok(_) => return Err(ZkError::new(code::SYSTEMERROR).with_detail("unexpected reply shape")),
            Err(err) if err.code == code::NONODE => return Ok(Loaded { data: Vec::new(), exists: false }),
            Err(err) => return Err(err),
        };
        if is_expired(stat.mtime, now_ms(), max_lifetime_s) {
            let (path_ref, version) = (path.as_str(), stat.version);
            let _ = self.session.call(self.timeout, |client| async move {
                let mut writer = client.new_multi_writer();
                if let Some(guard) = guard {
                    writer.add_check_version(guard, -1)?;
                }
                writer.add_delete(path_ref, Some(version))?;
                writer.commit().await.map_err(zookeeper_client::Error::from)
            });
            self.written(&path);
            return Ok(Loaded { data: Vec::new(), exists: false });
        }
        Ok(Loaded { data: data.to_vec(), exists: true })
    }

    /// For strict mode: does a live (written, not expired) session have this id?
    pub fn is_live(&self, id: &str, max_lifetime_s: i64) -> ZkResult<bool> {
        self.sync()?;
        let path = self.data_path(id);
        let options = ReadOptions { use_cache: false, watcher: None, timeout: self.timeout };
        match self.session.read(Kind::Exists, &path, options)? {
            Value::Exists(Some(stat)) => Ok(!is_expired(stat.mtime, now_ms(), max_lifetime_s)),
            _ => Ok(false),
        }
    }

    /// Stores `data` (all or nothing) if `guard`, our lock child, still exists.
    /// `exists` is what the read saw: it picks set or create first.
    pub fn write(&self, id: &str, data: &[u8], guard: Option<&str>, exists: bool, limit: usize) -> Result<(), StoreError> {
        if data.len() > limit {
            return Err(StoreError::TooLarge { size: data.len(), limit });
        }
        let path = self.data_path(id);
        let (root, acl, target) = (self.root.as_str(), self.acl.as_slice(), path.as_str());
        let result = self.session.call(self.timeout, |client| async move {
            let mut create = !exists;
            // set -> NoNode -> create -> NodeExists -> set ...: a few turns at most.
            for _ in 0..4 {
                match put(&client, guard, target, data, acl, create).await? {
                    Put::Done => return Ok(Ok(())),
                    Put::LockLost => return Ok(Err(StoreError::LockLost)),
                    Put::Failed(zookeeper_client::Error::NoNode) if create => make_node(&client, root, acl).await?,
                    Put::Failed(zookeeper_client::Error::NoNode | zookeeper_client::Error::NodeExists) => create = !create,
                    Put::Failed(err) => return Err(err),
                }
            }
            Err(zookeeper_client::Error::RuntimeInconsistent)
        });
        self.written(&path);
        result?
    }

    /// Deletes the session's node (gone already is fine) if `guard` still exists.
    pub fn destroy(&self, id: &str, guard: Option<&str>) -> Result<(), StoreError> {
        let path = self.data_path(id);
        let target = path.as_str();
        let result = self.session.call(self.timeout, |client| async move {
            let mut writer = client.new_multi_writer();
            if let Some(guard) = guard {
                writer.add_check_version(guard, -1)?;
            }
            writer.add_delete(target, None)?;
            let write_index = usize::from(guard.is_some());
            match writer.commit().await.map_err(multi_error) {
                Ok(_) => Ok(Ok(())),
                Err((Some(0), zookeeper_client::Error::NoNode)) if guard.is_some() => Ok(Err(StoreError::LockLost)),
                Err((Some(index), zookeeper_client::Error::NoNode)) if index == write_index => Ok(Ok(())),
                Err((_, err)) => Err(err),
            }
        });
        self.written(&path);
        result?
    }

    /// Deletes session nodes (and empty lock directories) not written for
    /// `max_lifetime_s` seconds; returns how many sessions went. A node
    /// written meanwhile (version changed) or a lock directory in use (not
    /// empty) stays. Requests are pipelined, a batch per round trip.
    pub fn gc(&self, max_lifetime_s: i64) -> ZkResult<u64> {
        if max_lifetime_s <= 0 {
            return Ok(0);
        }
        let root = self.root.as_str();
        let children = match self.session.call(self.timeout, |client| async move { client.list_children(root).await }) {
            Ok(children) => children,
            Err(err) if err.code == code::NONODE => return Ok(0),
            Err(err) => return Err(err),
        };
        let now = now_ms();
        let mut deleted = 0;
        for batch in children.chunks(GC_BATCH) {
            let paths: Vec<String> = batch.iter().map(|name| format!("{root}/{name}")).collect();
            let paths_ref = &paths;
            deleted += self.session.call(self.timeout, |client| async move {
                // Every request is sent when made; awaiting in turn collects the replies.
                let stats: Vec<_> = paths_ref.iter().map(|path| client.check_stat(path)).collect();
                let mut expired = Vec::new();
                for (path, stat) in paths_ref.iter().zip(stats) {
                    if let Ok(Some(stat)) = stat.await {
                        if is_expired(stat.mtime, now, max_lifetime_s) {
                            expired.push((path, stat.version));
                        }
                    }
                }
                let deletes: Vec<_> = expired.iter().map(|(path, version)| (*path, client.delete(path, Some(*version)))).collect();
                let mut count = 0u64;
                for (path, delete) in deletes {
                    if delete.await.is_ok() && !path.ends_with(LOCK_SUFFIX) {
                        count += 1;
                    }
                }
                Ok::<_, zookeeper_client::Error>(count)
            })?;
            for path in &paths {
                self.session.invalidate(&[(Kind::Data, path), (Kind::Exists, path)]);
            }
        }
        self.session.invalidate(&[(Kind::Children, root)]);
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
