//! Patch 6 (last test): persistent watches are set again on the server after a reconnect.
//!
//! Patch 5: dropping an unfired oneshot watcher on a path that also has a persistent watcher
//! leaves the persistent watch working (no `Data`/`Children` removal is sent for the path).
//! The oneshot watch is set first: set after the persistent one, a server before 3.9 would turn
//! the persistent watch into a standard one (ZOOKEEPER-4466), with or without the patch.

use std::time::Duration;

use zookeeper_client::{AddWatchMode, EventType, PersistentWatcher, SessionState};
use zookeeper_client_patch_tests::*;

/// The next node event the watcher gets (session events are skipped), within a few seconds.
async fn next_node_event(watcher: &mut PersistentWatcher) -> Option<(EventType, String)> {
    let wait = async {
        loop {
            let event = watcher.changed().await;
            if event.event_type != EventType::Session {
                return (event.event_type, event.path);
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(5), wait).await.ok()
}

/// Waits until the watcher was told of a disconnection and then of the reconnection.
async fn reconnected(watcher: &mut PersistentWatcher) {
    within("disconnected and reconnected", async {
        let mut disconnected = false;
        loop {
            let event = watcher.changed().await;
            match event.session_state {
                SessionState::Disconnected => disconnected = true,
                SessionState::SyncConnected if disconnected && event.event_type == EventType::Session => return,
                _ => {},
            }
        }
    })
    .await
}

#[test]
fn recursive_watch_survives_a_dropped_data_watch_on_its_path() {
    let runtime = new_runtime();
    runtime.block_on(async {
        let client = connect().await;
        let root = unique_path("recursive");
        within("create root", client.create(&root, b"", PERSISTENT)).await.expect("create root");
        // A oneshot data watch on the same path, dropped before it fires.
        let (_, _, oneshot) = within("get and watch", client.get_and_watch_data(&root)).await.expect("get and watch");
        let mut watcher = within("add watch", client.watch(&root, AddWatchMode::PersistentRecursive))
            .await
            .expect("persistent recursive watch");
        drop(oneshot);
        within("sync", client.sync(&root)).await.expect("sync");

        let child = format!("{root}/child");
        within("create child", client.create(&child, b"", PERSISTENT)).await.expect("create child");
        assert_eq!(next_node_event(&mut watcher).await, Some((EventType::NodeCreated, child.clone())));
        within("set child", client.set_data(&child, b"x", None)).await.expect("set child");
        assert_eq!(next_node_event(&mut watcher).await, Some((EventType::NodeDataChanged, child.clone())));
        within("delete child", client.delete(&child, None)).await.expect("delete child");
        within("delete root", client.delete(&root, None)).await.expect("delete root");
    });
}

#[test]
fn persistent_watch_survives_a_dropped_children_watch_on_its_path() {
    let runtime = new_runtime();
    runtime.block_on(async {
        let client = connect().await;
        let root = unique_path("persistent");
        within("create root", client.create(&root, b"", PERSISTENT)).await.expect("create root");
        let (_, _, oneshot) = within("children and watch", client.get_and_watch_children(&root)).await.expect("children and watch");
        let mut watcher = within("add watch", client.watch(&root, AddWatchMode::Persistent)).await.expect("persistent watch");
        drop(oneshot);
        within("sync", client.sync(&root)).await.expect("sync");

        let child = format!("{root}/child");
        within("create child", client.create(&child, b"", PERSISTENT)).await.expect("create child");
        assert_eq!(next_node_event(&mut watcher).await, Some((EventType::NodeChildrenChanged, root.clone())));
        within("set root", client.set_data(&root, b"x", None)).await.expect("set root");
        assert_eq!(next_node_event(&mut watcher).await, Some((EventType::NodeDataChanged, root.clone())));
        within("delete child", client.delete(&child, None)).await.expect("delete child");
        assert_eq!(next_node_event(&mut watcher).await, Some((EventType::NodeChildrenChanged, root.clone())));
        within("delete root", client.delete(&root, None)).await.expect("delete root");
    });
}

#[test]
fn persistent_watches_are_set_again_after_a_reconnect() {
    let proxy = ResettingProxy::start(&zk_host());
    let runtime = new_runtime();
    runtime.block_on(async {
        let client = within("connect", zookeeper_client::Client::connect(&proxy.address.to_string()))
            .await
            .expect("connect via proxy");
        let other = connect().await;
        let root = unique_path("reconnect");
        within("create root", other.create(&root, b"", PERSISTENT)).await.expect("create root");
        let mut recursive = within("add recursive watch", client.watch(&root, AddWatchMode::PersistentRecursive))
            .await
            .expect("persistent recursive watch");
        let node = format!("{root}/node");
        within("create node", other.create(&node, b"", PERSISTENT)).await.expect("create node");
        let mut persistent = within("add watch", client.watch(&node, AddWatchMode::Persistent)).await.expect("persistent watch");
        assert_eq!(next_node_event(&mut recursive).await, Some((EventType::NodeCreated, node.clone())));

        // The server forgets a connection's watches with it; the client must set them again.
        proxy.reset_connections();
        reconnected(&mut recursive).await;
        reconnected(&mut persistent).await;

        within("set node", other.set_data(&node, b"x", None)).await.expect("set node");
        assert_eq!(next_node_event(&mut recursive).await, Some((EventType::NodeDataChanged, node.clone())));
        assert_eq!(next_node_event(&mut persistent).await, Some((EventType::NodeDataChanged, node.clone())));
        let child = format!("{node}/child");
        within("create child", other.create(&child, b"", PERSISTENT)).await.expect("create child");
        assert_eq!(next_node_event(&mut recursive).await, Some((EventType::NodeCreated, child.clone())));
        assert_eq!(next_node_event(&mut persistent).await, Some((EventType::NodeChildrenChanged, node.clone())));
        within("delete child", other.delete(&child, None)).await.expect("delete child");
        within("delete node", other.delete(&node, None)).await.expect("delete node");
        within("delete root", other.delete(&root, None)).await.expect("delete root");
    });
}
