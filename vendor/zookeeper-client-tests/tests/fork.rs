//! Patch 1: with the `tokio` feature all sockets and timers belong to the calling task's tokio
//! runtime, so a process forked after connecting works with a runtime of its own, as long as it
//! leaks (never drops) the runtime and client it inherited.

use zookeeper_client::{Client, EventType};
use zookeeper_client_patch_tests::*;

#[test]
fn forked_child_and_grandchild_work_with_runtimes_of_their_own() {
    let runtime = new_runtime();
    let client = runtime.block_on(connect());
    let root = unique_path("fork");
    runtime
        .block_on(within(
            "create root",
            client.create(&root, b"parent", PERSISTENT),
        ))
        .expect("create root");
    assert_no_async_io_thread();

    match fork() {
        Forked::Child => {
            std::mem::forget(client);
            std::mem::forget(runtime);
            exit_child(|| use_zookeeper_then_fork(&root, 1));
        }
        Forked::Parent(child) => {
            wait_child(child).expect("the child and grandchild used ZooKeeper")
        }
    }

    runtime.block_on(async {
        let (data, _) = within("parent get", client.get_data(&root))
            .await
            .expect("parent get after fork");
        assert_eq!(data, b"parent");
        let mut children = within("parent list", client.list_children(&root))
            .await
            .expect("parent list");
        children.sort();
        assert_eq!(children, ["generation-1", "generation-2"]);
        for child in children {
            within("delete", client.delete(&format!("{root}/{child}"), None))
                .await
                .expect("delete child");
        }
        within("delete root", client.delete(&root, None))
            .await
            .expect("delete root");
    });
    assert_no_async_io_thread();
}

/// In a forked process: a new runtime and client create, read and watch a node; generation 1
/// forks generation 2 and keeps working after it exited.
fn use_zookeeper_then_fork(root: &str, generation: u32) {
    let runtime = new_runtime();
    let path = format!("{root}/generation-{generation}");
    let client = runtime.block_on(create_read_watch(&path));
    assert_no_async_io_thread();
    if generation > 1 {
        return;
    }
    match fork() {
        Forked::Child => {
            std::mem::forget(client);
            std::mem::forget(runtime);
            exit_child(|| use_zookeeper_then_fork(root, generation + 1));
        }
        Forked::Parent(grandchild) => {
            wait_child(grandchild).expect("the grandchild used ZooKeeper")
        }
    }
    let (data, _) = runtime
        .block_on(within("get after grandchild", client.get_data(&path)))
        .expect("get");
    assert_eq!(data, b"changed");
}

async fn create_read_watch(path: &str) -> Client {
    let client = connect().await;
    within("create", client.create(path, b"created", PERSISTENT))
        .await
        .expect("create");
    let (data, _, watcher) = within("get and watch", client.get_and_watch_data(path))
        .await
        .expect("get and watch");
    assert_eq!(data, b"created");
    within("set", client.set_data(path, b"changed", None))
        .await
        .expect("set");
    let event = within("watch event", watcher.changed()).await;
    assert_eq!(event.event_type, EventType::NodeDataChanged);
    assert_eq!(event.path, path);
    client
}
