//! Patch 4: a request that fails because its connection broke (I/O error) or stopped answering
//! reaches the caller as `Error::ConnectionLoss`, as the ZooKeeper clients of other languages
//! report it, and the session carries on after reconnecting.
//!
//! Both tests stop the server of `ZK_TEST_DIR` for a while, so they take turns.

use std::sync::Mutex;

use zookeeper_client::{Client, Error};
use zookeeper_client_patch_tests::*;

static SERVER_IN_USE: Mutex<()> = Mutex::new(());

#[test]
fn request_to_a_server_that_stopped_answering_fails_with_connection_loss() {
    let _turn = SERVER_IN_USE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let runtime = new_runtime();
    runtime.block_on(async {
        let client = connect().await;
        let path = unique_path("stopped");
        within("create", client.create(&path, b"data", PERSISTENT))
            .await
            .expect("create");

        let stopped = StoppedServer::stop();
        let result = within("get from a stopped server", client.get_data(&path)).await;
        drop(stopped);
        assert_eq!(result.map(|(data, _)| data), Err(Error::ConnectionLoss));

        let (data, _) = get_once_reconnected(&client, &path).await;
        assert_eq!(data, b"data");
        within("delete", client.delete(&path, None))
            .await
            .expect("delete");
    });
}

#[test]
fn request_on_a_connection_reset_by_peer_fails_with_connection_loss() {
    let _turn = SERVER_IN_USE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let proxy = ResettingProxy::start(&zk_host());
    let runtime = new_runtime();
    runtime.block_on(async {
        let client = within("connect", Client::connect(&proxy.address.to_string()))
            .await
            .expect("connect via proxy");
        let path = unique_path("reset");
        within("create", client.create(&path, b"data", PERSISTENT))
            .await
            .expect("create");

        // With the server stopped the request stays unanswered, so the reset finds it in flight.
        let stopped = StoppedServer::stop();
        let forwarded = proxy.forwarded_to_server();
        // Sent at once: the client writes requests in the order of the calls, not of the awaits.
        let request = client.get_data(&path);
        proxy.wait_until_forwarded_more_than(forwarded);
        proxy.reset_connections();
        let result = within("get on a reset connection", request).await;
        drop(stopped);
        assert_eq!(result.map(|(data, _)| data), Err(Error::ConnectionLoss));

        let (data, _) = get_once_reconnected(&client, &path).await;
        assert_eq!(data, b"data");
        within("delete", client.delete(&path, None))
            .await
            .expect("delete");
    });
}

/// Reads `path`, retrying while the client reconnects: the server, once resumed, may still
/// process a connection attempt that the client had given up while it was stopped, and move the
/// session to it for a moment.
async fn get_once_reconnected(client: &Client, path: &str) -> (Vec<u8>, zookeeper_client::Stat) {
    within("get after reconnecting", async {
        loop {
            match client.get_data(path).await {
                Err(Error::ConnectionLoss) => continue,
                result => return result.expect("get after reconnecting"),
            }
        }
    })
    .await
}

/// The standalone server of `ZK_TEST_DIR`, stopped with SIGSTOP until dropped (also when a test
/// fails), as a server that hangs or a network that drops packets would leave a client.
struct StoppedServer(libc::pid_t);

impl StoppedServer {
    fn stop() -> Self {
        let dir = std::env::var("ZK_TEST_DIR")
            .expect("ZK_TEST_DIR: the directory of scripts/zk-standalone.sh");
        let pid_file = format!("{dir}/standalone/zookeeper.pid");
        let pid =
            std::fs::read_to_string(&pid_file).unwrap_or_else(|err| panic!("{pid_file}: {err}"));
        let pid = pid
            .trim()
            .parse()
            .unwrap_or_else(|err| panic!("{pid_file}: {err}"));
        assert_eq!(
            unsafe { libc::kill(pid, libc::SIGSTOP) },
            0,
            "SIGSTOP {pid}"
        );
        Self(pid)
    }
}

impl Drop for StoppedServer {
    fn drop(&mut self) {
        unsafe { libc::kill(self.0, libc::SIGCONT) };
    }
}
