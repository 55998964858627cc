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
//! Pure Rust on the core's public interface: blocking calls, no PHP types.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use zookeeper_client::{Acl, CreateMode};

use super::error::Error;
use crate::zk::{self, ZkSession};

/// How long and how to wait for a lock.
#[derive(Clone, Copy, Debug)]
pub struct LockWait {
    /// Give up (and leave the queue) at this instant.
    pub deadline: Instant,
    /// Pause before the next attempt after a failed one (connection loss...):
    /// PECL's `zookeeper.sess_lock_wait`. Waiting for a holder uses a watch.
    pub retry_pause: Duration,
    /// Deadline of one request to the server.
    pub request_timeout: Duration,
}

/// A lock this process holds: the server path of its own child node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeldLock {
    pub path: String,
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
fn retryable(err: &zk::Error) -> bool {
    err.is_connection_loss()
        || matches!(err, zk::Error::OperationTimeout)
        || matches!(
            err.server_error(),
            Some(zookeeper_client::Error::SessionExpired | zookeeper_client::Error::SessionMoved | zookeeper_client::Error::Throttled)
        )
}

enum Step {
    Acquired(String),
    /// Our child (path) is queued behind another whose deletion the watch reports.
    Wait {
        own: String,
        holder: String,
        watch: zk::NodeWatch,
    },
    /// Something moved under us (directory or predecessor gone): look again.
    Again(Option<String>),
}

/// Takes the lock in `dir` (created as a container node when missing, its
/// parent `root` as a persistent one), waiting at most until `wait.deadline`.
/// On failure our child is removed again, so a request that gave up never
/// gets (and keeps) the lock later.
pub fn acquire(session: &Arc<ZkSession>, root: &str, dir: &str, acl: &[Acl], wait: LockWait) -> Result<HeldLock, Error> {
    let mut own: Option<String> = None;
    let mut holder: Option<String> = None;
    let mut last_error: Option<zk::Error> = None;
    loop {
        let now = Instant::now();
        if now >= wait.deadline {
            abandon(session, dir, own, wait.request_timeout);
            return Err(Error::LockTimedOut { holder, last_error });
        }
        let budget = wait.request_timeout.min(wait.deadline - now);
        match step(session, root, dir, acl, own.clone(), budget) {
            Ok(Step::Acquired(path)) => return Ok(HeldLock { path }),
            Ok(Step::Again(found)) => own = found,
            Ok(Step::Wait { own: path, holder: ahead, watch }) => {
                own = Some(path);
                holder = Some(ahead);
                // Wakes on the holder's deletion (or a session event); running
                // out of time only means the deadline came first (loop top).
                session.wait(watch, wait.deadline.saturating_duration_since(Instant::now()));
            },
            Err(Error::Zk(err)) if retryable(&err) => {
                last_error = Some(err);
                std::thread::sleep(wait.retry_pause.min(wait.deadline.saturating_duration_since(Instant::now())));
            },
            Err(err) => {
                abandon(session, dir, own, wait.request_timeout);
                return Err(err);
            },
        }
    }
}

/// Leaves the queue after giving up. Without a known child (a create whose
/// reply was lost) any child with our prefix is ours: one request at a time
/// uses a process's ZooKeeper session.
fn abandon(session: &Arc<ZkSession>, dir: &str, own: Option<String>, timeout: Duration) {
    let own = own.or_else(|| {
        let children = session.children(dir, timeout).ok()?;
        find_own(&children, &child_prefix(session.session_id()), dir).map(|name| format!("{dir}/{name}"))
    });
    if let Some(path) = own {
        release(session, &HeldLock { path }, timeout);
    }
}

/// One look at the queue: join it if not yet in, then hold or watch the child ahead.
fn step(session: &Arc<ZkSession>, root: &str, dir: &str, acl: &[Acl], known: Option<String>, timeout: Duration) -> Result<Step, Error> {
    let children = match session.children(dir, timeout) {
        Ok(children) => children,
        Err(err) if err.is_no_node() => {
            make_dir(session, root, dir, acl, timeout)?;
            return Ok(Step::Again(None));
        },
        Err(err) => return Err(err.into()),
    };
    // Asked after a successful request, so the id is the connected session's.
    let prefix = child_prefix(session.session_id());
    // A child of an expired zk session (other prefix) is gone: forget it.
    let known = known.filter(|path| child_name(path).starts_with(&prefix) && children.iter().any(|c| c == child_name(path)));
    let Some(own) = known.or_else(|| find_own(&children, &prefix, dir).map(|name| format!("{dir}/{name}"))) else {
        return match session.create(&format!("{dir}/{prefix}"), Some(&[]), acl, CreateMode::EphemeralSequential, None, timeout) {
            // Children created between our list and our create may be ahead
            // of ours: only a list taken after the create tells.
            Ok(created) => Ok(Step::Again(Some(created))),
            // The directory went (emptied and removed) between list and create.
            Err(err) if err.is_no_node() => Ok(Step::Again(None)),
            Err(err) => Err(err.into()),
        };
    };
    match position(&children, child_name(&own)) {
        Some(Position::Holder) => Ok(Step::Acquired(own)),
        Some(Position::Behind(ahead)) => {
            let ahead = format!("{dir}/{ahead}");
            match session.watch_node(&ahead, timeout)? {
                Some(watch) => Ok(Step::Wait { own, holder: ahead, watch }),
                // Released between our list and this check: look again.
                None => Ok(Step::Again(Some(own))),
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
/// NoNode then means the root's own parent (the save path's chroot) is missing.
fn make_dir(session: &ZkSession, root: &str, dir: &str, acl: &[Acl], timeout: Duration) -> Result<(), Error> {
    let create_dir = || match session.create(dir, Some(&[]), acl, CreateMode::Container, None, timeout) {
        Err(err) if matches!(err.server_error(), Some(zookeeper_client::Error::NodeExists)) => Ok(()),
        other => other.map(drop),
    };
    match create_dir() {
        Err(err) if err.is_no_node() => {
            match make_node(session, root, acl, timeout) {
                Err(Error::Zk(err)) if err.is_no_node() => {
                    return Err(Error::NoParent(zk::parent(root).to_owned()));
                },
                other => other?,
            }
            create_dir().map_err(Error::from)
        },
        other => other.map_err(Error::from),
    }
}

/// Creates a persistent, empty node unless it exists. Its parent must exist
/// (the chroot of the save path is never created here).
pub(super) fn make_node(session: &ZkSession, path: &str, acl: &[Acl], timeout: Duration) -> Result<(), Error> {
    match session.create(path, Some(&[]), acl, CreateMode::Persistent, None, timeout) {
        Ok(_) => Ok(()),
        Err(err) if matches!(err.server_error(), Some(zookeeper_client::Error::NodeExists)) => Ok(()),
        Err(err) => Err(err.into()),
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
pub fn release(session: &Arc<ZkSession>, lock: &HeldLock, timeout: Duration) {
    match session.delete(&lock.path, None, timeout) {
        Ok(()) => {},
        Err(err) if err.is_no_node() || err == zk::Error::Closed => {},
        Err(_) => {
            pending_releases().lock().insert(lock.path.clone());
            let path = lock.path.clone();
            session.delete_in_background(lock.path.clone(), move || {
                pending_releases().lock().remove(&path);
            });
        },
    }
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
