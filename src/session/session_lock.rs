//! The lock that keeps two requests of one PHP session from overwriting each
//! other's writes: ZooKeeper's lock recipe, in PECL's node layout so that a
//! fleet moving from PECL to this extension keeps excluding across both.
//!
//! `<lock dir>/x-<016x zk session id>-<sequence>`, ephemeral and sequential.
//! The child with the smallest sequence holds the lock; every other one waits
//! for the deletion of the child just before it (a watch, no polling), so a
//! release wakes exactly one waiter. Ephemeral children vanish with the
//! ZooKeeper session of a process that died. The zk session id in the name
//! finds our own child again after a connection loss hid the create's reply.
//!
//! Pure Rust: blocking calls on the PHP thread, no PHP types.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use zookeeper_client::{Acl, Acls, Client, CreateMode, OneshotWatcher};

use super::session::{wait_for, Session};
use crate::error::{code, ZkError};

/// How long and how to wait for a lock.
#[derive(Clone, Copy, Debug)]
pub struct LockWait {
    /// Give up (and leave the queue) at this instant.
    pub deadline: Instant,
    /// Pause before the next attempt after a failed one (connection loss...):
    /// PECL's `zookeeper.sess_lock_wait`. Waiting for a holder uses a watch.
    pub retry_pause: Duration,
    /// Deadline of one round of requests to the server.
    pub request_timeout: Duration,
}

/// A lock this process holds: the server path of its own child node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeldLock {
    pub path: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    /// Still held by someone else at the deadline. `holder` names the child
    /// that was ahead of ours, `last_error` the last failed attempt, if any.
    TimedOut { holder: Option<String>, last_error: Option<ZkError> },
    /// The server refused (permissions, ACL, closed session): waiting longer
    /// would not help.
    Refused(ZkError),
}

/// `x-<zk session id as 16 hex digits>-`: PECL's prefix for lock children.
pub fn child_prefix(zk_session_id: i64) -> String {
    format!("x-{:016x}-", zk_session_id as u64)
}

/// The sequence number of a lock child: the digits after its last '-'.
pub fn sequence(name: &str) -> Option<u64> {
    let (_, digits) = name.rsplit_once('-')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Where a child stands in the queue of lock children.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Position {
    Holder,
    /// Waits for this child (the one just before it) to go.
    Behind(String),
}

/// The position of `own` among `children` (names, any order); None when
/// `own` is not among them. Names that are no lock children are ignored.
pub fn position(children: &[String], own: &str) -> Option<Position> {
    let mut queue: Vec<(u64, &String)> = children.iter().filter_map(|name| Some((sequence(name)?, name))).collect();
    queue.sort();
    let index = queue.iter().position(|(_, name)| name.as_str() == own)?;
    Some(match index {
        0 => Position::Holder,
        i => Position::Behind(queue[i - 1].1.clone()),
    })
}

/// Our child among `children`: the one with our prefix that is not being
/// deleted by an earlier release (see `release`).
fn find_own<'a>(children: &'a [String], prefix: &str, dir: &str) -> Option<&'a String> {
    let pending = pending_releases().lock();
    children.iter().find(|name| name.starts_with(prefix) && !pending.contains(&format!("{dir}/{name}")))
}

/// Errors after which another attempt may succeed.
fn retryable(err: &ZkError) -> bool {
    matches!(
        err.code,
        code::CONNECTIONLOSS | code::OPERATIONTIMEOUT | code::SESSIONEXPIRED | code::SESSIONMOVED | code::THROTTLEDOP
    )
}

enum Step {
    Acquired(String),
    /// Our child (path) is queued behind another whose deletion the watch reports.
    Wait { own: String, holder: String, watch: OneshotWatcher },
    /// Something moved under us (directory or predecessor gone): look again.
    Again(Option<String>),
    /// The parent of the sessions root does not exist (it is never created).
    NoParent,
}

/// Takes the lock in `dir` (created as a container node when missing, its
/// parent `root` as a persistent one), waiting at most until `wait.deadline`.
/// On failure our child is removed again, so a request that gave up never
/// gets (and keeps) the lock later.
pub fn acquire(session: &Arc<Session>, root: &str, dir: &str, acl: &[Acl], wait: LockWait) -> Result<HeldLock, LockError> {
    let mut own: Option<String> = None;
    let mut holder: Option<String> = None;
    let mut last_error: Option<ZkError> = None;
    loop {
        let now = Instant::now();
        if now >= wait.deadline {
            abandon(session, dir, own, wait.request_timeout);
            return Err(LockError::TimedOut { holder, last_error });
        }
        let budget = wait.request_timeout.min(wait.deadline - now);
        let known = own.clone();
        let step = session.call(budget, |client| async move { step(&client, root, dir, acl, known).await });
        match step {
            Ok(Step::Acquired(path)) => return Ok(HeldLock { path }),
            Ok(Step::Again(found)) => own = found,
            Ok(Step::NoParent) => {
                abandon(session, dir, own, wait.request_timeout);
                let missing = root.rsplit_once('/').map_or("/", |(parent, _)| if parent.is_empty() { "/" } else { parent });
                return Err(LockError::Refused(ZkError::new(code::NONODE).with_detail(format!("{missing} does not exist"))));
            },
            Ok(Step::Wait { own: path, holder: ahead, watch }) => {
                own = Some(path);
                holder = Some(ahead);
                let remaining = wait.deadline.saturating_duration_since(Instant::now());
                // Wakes on the holder's deletion (or a session event); a timeout
                // only means the deadline came first, checked at the loop top.
                let _ = session.call(remaining, |_| async move { Ok::<_, zookeeper_client::Error>(wait_for(watch).await) });
            },
            Err(err) if retryable(&err) => {
                last_error = Some(err);
                let remaining = wait.deadline.saturating_duration_since(Instant::now());
                std::thread::sleep(wait.retry_pause.min(remaining));
            },
            Err(err) => {
                abandon(session, dir, own, wait.request_timeout);
                return Err(LockError::Refused(err));
            },
        }
    }
}

/// Leaves the queue after giving up. Without a known child (a create whose
/// reply was lost) any child with our prefix is ours: one request at a time
/// uses a process's ZooKeeper session.
fn abandon(session: &Arc<Session>, dir: &str, own: Option<String>, timeout: Duration) {
    if let Some(path) = own {
        release(session, &HeldLock { path }, timeout);
        return;
    }
    let found = session.call(timeout, |client| async move {
        let prefix = child_prefix(client.session_id().0);
        let children = client.list_children(dir).await?;
        Ok(find_own(&children, &prefix, dir).map(|name| format!("{dir}/{name}")))
    });
    if let Ok(Some(path)) = found {
        release(session, &HeldLock { path }, timeout);
    }
}

/// One look at the queue: join it if not yet in, then hold or watch the child ahead.
async fn step(client: &Client, root: &str, dir: &str, acl: &[Acl], known: Option<String>) -> Result<Step, zookeeper_client::Error> {
    let prefix = child_prefix(client.session_id().0);
    let children = match client.list_children(dir).await {
        Ok(children) => children,
        Err(zookeeper_client::Error::NoNode) => {
            return match make_dir(client, root, dir, acl).await {
                Err(zookeeper_client::Error::NoNode) => Ok(Step::NoParent),
                Err(err) => Err(err),
                Ok(()) => Ok(Step::Again(None)),
            };
        },
        Err(err) => return Err(err),
    };
    // A child of an expired zk session (other prefix) is gone: forget it.
    let mut own = known.filter(|path| child_name(path).starts_with(&prefix) && children.iter().any(|c| c == child_name(path)));
    if own.is_none() {
        own = find_own(&children, &prefix, dir).map(|name| format!("{dir}/{name}"));
    }
    let own = match own {
        Some(path) => path,
        None => {
            let options = CreateMode::EphemeralSequential.with_acls(Acls::new(acl));
            let (_, sequence) = match client.create(&format!("{dir}/{prefix}"), &[], &options).await {
                Ok(created) => created,
                // The directory went (emptied and removed) between list and create.
                Err(zookeeper_client::Error::NoNode) => return Ok(Step::Again(None)),
                Err(err) => return Err(err),
            };
            // Children created between our list and our create may be ahead
            // of ours: only a list taken after the create tells.
            return Ok(Step::Again(Some(format!("{dir}/{prefix}{sequence}"))));
        },
    };
    match position(&children, child_name(&own)) {
        Some(Position::Holder) => Ok(Step::Acquired(own)),
        Some(Position::Behind(ahead)) => {
            let ahead = format!("{dir}/{ahead}");
            match client.check_and_watch_stat(&ahead).await? {
                (Some(_), watch) => Ok(Step::Wait { own, holder: ahead, watch }),
                // Released between our list and this check: look again.
                (None, _) => Ok(Step::Again(Some(own))),
            }
        },
        None => Ok(Step::Again(None)),
    }
}

fn child_name(path: &str) -> &str {
    path.rsplit_once('/').map_or(path, |(_, name)| name)
}

/// The lock directory: a container, so the server removes it once its last
/// child is gone. Its parent (the sessions root) is made when missing;
/// NoNode means the root's own parent (the save path's chroot) is missing.
async fn make_dir(client: &Client, root: &str, dir: &str, acl: &[Acl]) -> Result<(), zookeeper_client::Error> {
    let container = CreateMode::Container.with_acls(Acls::new(acl));
    match client.create(dir, &[], &container).await {
        Ok(_) | Err(zookeeper_client::Error::NodeExists) => Ok(()),
        Err(zookeeper_client::Error::NoNode) => {
            make_node(client, root, acl).await?;
            match client.create(dir, &[], &container).await {
                Ok(_) | Err(zookeeper_client::Error::NodeExists) => Ok(()),
                Err(err) => Err(err),
            }
        },
        Err(err) => Err(err),
    }
}

/// Creates a persistent, empty node unless it exists. Its parent must exist
/// (the chroot of the save path is never created here).
pub(super) async fn make_node(client: &Client, path: &str, acl: &[Acl]) -> Result<(), zookeeper_client::Error> {
    let persistent = CreateMode::Persistent.with_acls(Acls::new(acl));
    match client.create(path, &[], &persistent).await {
        Ok(_) | Err(zookeeper_client::Error::NodeExists) => Ok(()),
        Err(err) => Err(err),
    }
}

/// Lock children whose deletion failed and is being retried in the background.
fn pending_releases() -> &'static Mutex<HashSet<String>> {
    static PENDING: OnceLock<Mutex<HashSet<String>>> = OnceLock::new();
    PENDING.get_or_init(|| Mutex::new(HashSet::new()))
}

/// Releases the lock: deletes our child, which wakes the next waiter. When
/// that fails (connection lost), a background task keeps trying until the
/// child is gone, so a live process never blocks a session for long; if the
/// process dies instead, the server removes the ephemeral child.
pub fn release(session: &Arc<Session>, lock: &HeldLock, timeout: Duration) {
    let path = lock.path.as_str();
    let outcome = session.call(timeout, |client| async move { client.delete(path, None).await });
    match outcome {
        Ok(()) => {},
        Err(err) if err.code == code::NONODE || err.code == code::CLOSING => {},
        Err(_) => release_later(session, lock.path.clone()),
    }
}

fn release_later(session: &Arc<Session>, path: String) {
    pending_releases().lock().insert(path.clone());
    let weak = Arc::downgrade(session);
    session.runtime().spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_millis(500)).await;
            let Some(session) = weak.upgrade() else { break };
            let client = session.ready_client();
            drop(session);
            let Some(client) = client else { continue };
            match client.delete(&path, None).await {
                Err(zookeeper_client::Error::ConnectionLoss | zookeeper_client::Error::Timeout) => continue,
                // Deleted, already gone, or its session ended (so has the child).
                _ => break,
            }
        }
        pending_releases().lock().remove(&path);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn prefix_is_pecl_format() {
        assert_eq!(child_prefix(0x1234), "x-0000000000001234-");
        assert_eq!(child_prefix(-1), "x-ffffffffffffffff-");
    }

    #[test]
    fn sequence_is_the_number_after_the_last_dash() {
        assert_eq!(sequence("x-00000000000000ab-0000000007"), Some(7));
        assert_eq!(sequence("x-00000000000000ab-0000000000"), Some(0));
        assert_eq!(sequence("x-00000000000000ab-"), None);
        assert_eq!(sequence("x-00000000000000ab-12a"), None);
        assert_eq!(sequence("nodash"), None);
    }

    #[test]
    fn smallest_sequence_holds_the_lock() {
        let children = names(&["x-b-0000000003", "x-a-0000000001", "x-c-0000000002"]);
        assert_eq!(position(&children, "x-a-0000000001"), Some(Position::Holder));
        assert_eq!(position(&children, "x-c-0000000002"), Some(Position::Behind("x-a-0000000001".into())));
        assert_eq!(position(&children, "x-b-0000000003"), Some(Position::Behind("x-c-0000000002".into())));
    }

    #[test]
    fn order_is_by_sequence_not_by_session_id() {
        // Session ids sort the other way round than the sequence numbers.
        let children = names(&["x-ffffffffffffffff-0000000001", "x-0000000000000001-0000000002"]);
        assert_eq!(position(&children, "x-ffffffffffffffff-0000000001"), Some(Position::Holder));
        assert_eq!(position(&children, "x-0000000000000001-0000000002"), Some(Position::Behind("x-ffffffffffffffff-0000000001".into())));
    }

    #[test]
    fn sequence_is_compared_as_a_number() {
        let children = names(&["x-a-10", "x-b-9"]);
        assert_eq!(position(&children, "x-b-9"), Some(Position::Holder));
    }

    #[test]
    fn foreign_names_are_ignored_and_missing_own_is_none() {
        let children = names(&["readme", "x-a-0000000005"]);
        assert_eq!(position(&children, "x-a-0000000005"), Some(Position::Holder));
        assert_eq!(position(&children, "x-z-0000000009"), None);
    }

    #[test]
    fn own_child_is_found_by_prefix_unless_being_released() {
        let children = names(&["x-00000000000000aa-0000000001", "x-00000000000000bb-0000000002"]);
        let prefix = child_prefix(0xbb);
        assert_eq!(find_own(&children, &prefix, "/t-find/d").map(String::as_str), Some("x-00000000000000bb-0000000002"));
        pending_releases().lock().insert("/t-find/d/x-00000000000000bb-0000000002".into());
        assert_eq!(find_own(&children, &prefix, "/t-find/d"), None);
        pending_releases().lock().remove("/t-find/d/x-00000000000000bb-0000000002");
    }
}
