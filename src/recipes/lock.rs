//! ZooKeeper's lock recipe: every contender makes an ephemeral sequential
//! node under the lock's path; the first in sequence holds the lock, every
//! other one watches only the node just ahead of it (a release wakes exactly
//! the next one). A contender whose node is lost while it waits (its session
//! expired) queues again, at the end, within its time limit; a holder whose
//! node is lost holds nothing any more (`holds` says so at once).

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::{open_acl, token};
use crate::zk::{self, EphemeralSpec, KeptEphemeral, NodeState, ZkSession};

/// Waits for the lock at `dir` until `deadline` (None: as long as it takes).
/// Some(node) when held; None when the time ran out (our node is gone again).
pub fn acquire(session: &Arc<ZkSession>, dir: &str, deadline: Option<Instant>, timeout: Duration) -> zk::Result<Option<KeptEphemeral>> {
    loop {
        let spec = EphemeralSpec {
            path: format!("{}/lock-{}-", dir.trim_end_matches('/'), token::unique()),
            data: Vec::new(),
            acl: open_acl(),
            sequential: true,
            recreate: false,
        };
        let node = session.keep_ephemeral(spec, timeout, Box::new(|_| {}))?;
        let state = wait(&node, deadline, timeout);
        if state.is_first() {
            return Ok(Some(node));
        }
        node.remove(timeout);
        let time_left = deadline.is_none_or(|deadline| Instant::now() < deadline);
        if state != NodeState::Lost || !time_left {
            return Ok(None);
        }
    }
}

/// Waits until the node holds the lock, is lost, or the deadline passed;
/// but first, however short the wait, for its place in the queue to be
/// known (within one request `timeout`): a try (timeout 0) gets the lock if
/// it is free.
fn wait(node: &KeptEphemeral, deadline: Option<Instant>, timeout: Duration) -> NodeState {
    let placed = node.wait_until(|state| *state != NodeState::Pending, Instant::now() + timeout);
    let done = |state: &NodeState| state.is_first() || *state == NodeState::Lost;
    if done(&placed) {
        return placed;
    }
    match deadline {
        Some(deadline) => node.wait_until(done, deadline),
        None => loop {
            let state = node.wait_until(done, Instant::now() + Duration::from_secs(3600));
            if done(&state) {
                return state;
            }
        },
    }
}
