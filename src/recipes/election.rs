//! Leader election (ZooKeeper's recipe, as Curator's LeaderLatch): every
//! candidate keeps an ephemeral sequential node holding its identifier under
//! the election's path; the first in sequence leads, every other one watches
//! only the node just ahead. A candidate whose node is lost (its session
//! expired) makes a new one by itself, at the end of the queue.

use std::sync::Arc;
use std::time::Duration;

use super::{open_acl, token};
use crate::zk::{self, queue_order, EphemeralSpec, KeptEphemeral, Kind, Notify, ReadOptions, Value, ZkSession};

/// Joins the election at `dir` as `identifier`; `notify` hears every change of place.
pub fn join(session: &Arc<ZkSession>, dir: &str, identifier: &[u8], timeout: Duration, notify: Notify) -> zk::Result<KeptEphemeral> {
    let spec = EphemeralSpec {
        path: format!("{}/candidate-{}-", dir.trim_end_matches('/'), token::unique()),
        data: identifier.to_vec(),
        acl: open_acl(),
        sequential: true,
        recreate: true,
    };
    session.keep_ephemeral(spec, timeout, notify)
}

/// The identifier of the candidate that leads the election at `dir` now;
/// None when nobody takes part. Read like get()/getChildren() (`options`
/// says whether through the cache).
pub fn leader(session: &Arc<ZkSession>, dir: &str, options: &ReadOptions) -> zk::Result<Option<Vec<u8>>> {
    loop {
        let children = match session.read(Kind::Children, dir, options.clone()) {
            Ok(Value::Children { names, .. }) => names,
            Err(err) if err.is_no_node() => return Ok(None),
            other => return other.map(|_| None),
        };
        let Some(first) = queue_order(&children).first().map(|name| format!("{}/{name}", dir.trim_end_matches('/'))) else {
            return Ok(None);
        };
        match session.read(Kind::Data, &first, options.clone()) {
            Ok(Value::Data { data, .. }) => return Ok(Some(data.as_deref().unwrap_or_default().to_vec())),
            // It left between the two reads: the list has changed, look again.
            Err(err) if err.is_no_node() => continue,
            other => return other.map(|_| None),
        }
    }
}
