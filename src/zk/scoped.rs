//! Ephemeral nodes that belong to something shorter-lived than the ZooKeeper
//! session that made them (a PHP request on the process's shared session):
//! recorded when made, deleted when that scope ends.
//!
//! Only a node the recording session still owns is deleted: the server's
//! `ephemeralOwner` must be that session's id. One already deleted, made
//! again by another session, or gone with an expired session stays as it is.

use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use zookeeper_client::Error as ServerError;

use super::session::ZkSession;

/// The ephemeral nodes of one scope.
#[derive(Default)]
pub struct ScopedEphemerals {
    nodes: Vec<ScopedNode>,
}

struct ScopedNode {
    session: Arc<ZkSession>,
    path: String,
    /// The session's id when the node was made: its `ephemeralOwner`.
    owner: i64,
    /// How long the scope's end may wait for this node's deletion.
    wait: Duration,
}

/// How long a deletion that cannot be sent pauses before the next try.
const PAUSE: Duration = Duration::from_millis(200);

impl ScopedEphemerals {
    pub const fn new() -> ScopedEphemerals {
        ScopedEphemerals { nodes: Vec::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// `session` made (or may have made: a create whose answer was lost)
    /// the ephemeral node `path`; the scope's end may wait up to `wait` for
    /// its deletion.
    pub fn record(&mut self, session: &Arc<ZkSession>, path: &str, wait: Duration) {
        let owner = session.session_id();
        if owner == 0 || self.nodes.iter().any(|node| node.owner == owner && node.path == path) {
            return;
        }
        self.nodes.push(ScopedNode { session: session.clone(), path: path.to_owned(), owner, wait });
    }

    /// `path` was deleted through `session` within the scope.
    pub fn forget(&mut self, session: &Arc<ZkSession>, path: &str) {
        self.nodes.retain(|node| !(Arc::ptr_eq(&node.session, session) && node.path == path));
    }

    /// The scope's end: deletes every recorded node its session still owns,
    /// all at once. Waits for them while their session is connected, up to
    /// the longest recorded wait; what is not done by then (no connection,
    /// a slow server) goes on in the background, retried across
    /// reconnections, until done or the session is over (the server deletes
    /// a session's ephemeral nodes with it). Nodes of a parent process's
    /// session (this process was forked) are left to the parent.
    pub fn delete_all(&mut self) {
        let nodes = std::mem::take(&mut self.nodes);
        let Some(wait) = nodes.iter().map(|node| node.wait).max() else { return };
        let deadline = super::deadline_after(wait);
        let mut waiting = Vec::new();
        for node in nodes {
            let session = node.session;
            if !session.is_own_process() || session.session_id() != node.owner {
                continue;
            }
            let task = session.runtime_handle().spawn(delete_if_owned(Arc::downgrade(&session), node.path, node.owner));
            if session.state().is_connected() {
                waiting.push((session, task));
            }
        }
        for (session, task) in waiting {
            let left = deadline.saturating_duration_since(Instant::now());
            // A task still running at the deadline goes on by itself.
            session.runtime_handle().block_on(async move {
                let _ = tokio::time::timeout(left, task).await;
            });
        }
    }
}

/// Deletes `path` if the session `owner` still owns it; tries again while
/// the connection is down, until done or that session is over.
async fn delete_if_owned(session: Weak<ZkSession>, path: String, owner: i64) {
    loop {
        let client = match session.upgrade() {
            Some(session) if session.session_id() == owner && !session.is_closed() => session.ready_client(),
            // Expired, closed or dropped: its ephemeral nodes are gone.
            _ => return,
        };
        let Some(client) = client else {
            tokio::time::sleep(PAUSE).await;
            continue;
        };
        let result = match client.check_stat(&path).await {
            Ok(Some(stat)) if stat.ephemeral_owner == owner => client.delete(&path, Some(stat.version)).await,
            // Gone, or another session's node now.
            Ok(_) => return,
            Err(err) => Err(err),
        };
        match result {
            Ok(()) | Err(ServerError::NoNode) => return,
            // Changed since the look: look again.
            Err(ServerError::BadVersion) => {},
            Err(ServerError::ConnectionLoss | ServerError::Timeout) => tokio::time::sleep(PAUSE).await,
            // The session ended (and its nodes with it), or the node cannot
            // be deleted by this session at all (its parent's ACL): the
            // session's end deletes it.
            Err(_) => return,
        }
    }
}
