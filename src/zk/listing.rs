//! Server-side listings of ZooKeeper 3.5+ beyond a node's children: the
//! ephemeral nodes of this session, and how many nodes lie below a node.
//! Never cached: both answers change without any watch telling.

use std::time::Duration;

use super::error::Result;
use super::session::ZkSession;

impl ZkSession {
    /// The paths of this session's ephemeral nodes that start with `prefix`
    /// (as text: "/app" also matches "/apple").
    pub fn ephemerals(&self, prefix: &str, timeout: Duration) -> Result<Vec<String>> {
        self.retrying(timeout, |client| async move { client.list_ephemerals(prefix).await })
    }

    /// The number of nodes below `path`, at any depth (not counting `path`).
    pub fn descendant_count(&self, path: &str, timeout: Duration) -> Result<usize> {
        self.retrying(timeout, |client| async move { client.count_descendants_number(path).await })
    }
}
