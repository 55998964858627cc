//! Patch 4: a request that fails because its connection broke (I/O error) or stopped answering
//! reaches the caller as `Error::ConnectionLoss`, as the ZooKeeper clients of other languages
//! report it, and the session carries on after reconnecting.
//!
//! Both tests stop the server of `ZK_TEST_DIR` for a while, so they take turns.

use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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

/// A TCP proxy in front of the server that can end its client connections with a reset (RST),
/// so the client's next read fails with an I/O error rather than seeing end of stream.
struct ResettingProxy {
    address: SocketAddr,
    forwarded: Arc<AtomicUsize>,
    reset: Arc<AtomicBool>,
}

/// How often a pumping thread looks whether its connection is to be reset.
const PUMP_TICK: Duration = Duration::from_millis(10);

impl ResettingProxy {
    fn start(server: &str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("proxy listen");
        let address = listener.local_addr().expect("proxy address");
        let proxy = Self {
            address,
            forwarded: Arc::default(),
            reset: Arc::default(),
        };
        let (server, forwarded, reset) = (
            server.to_string(),
            proxy.forwarded.clone(),
            proxy.reset.clone(),
        );
        std::thread::spawn(move || {
            for client in listener.incoming().map_while(Result::ok) {
                let Ok(upstream) = TcpStream::connect(&server) else {
                    continue;
                };
                reset.store(false, Ordering::SeqCst);
                pump(&client, &upstream, Some(forwarded.clone()), reset.clone());
                pump(&upstream, &client, None, reset.clone());
            }
        });
        proxy
    }

    fn forwarded_to_server(&self) -> usize {
        self.forwarded.load(Ordering::SeqCst)
    }

    fn wait_until_forwarded_more_than(&self, bytes: usize) {
        let give_up = Instant::now() + STEP_DEADLINE;
        while self.forwarded_to_server() <= bytes {
            assert!(
                Instant::now() < give_up,
                "the request never reached the proxy"
            );
            std::thread::sleep(PUMP_TICK);
        }
    }

    fn reset_connections(&self) {
        self.reset.store(true, Ordering::SeqCst);
    }
}

/// Copies `from` to `to` in a thread of its own. On reset, the thread pumping from the client
/// sets SO_LINGER to zero and both threads drop their handles: the last close sends the RST.
fn pump(
    from: &TcpStream,
    to: &TcpStream,
    forwarded: Option<Arc<AtomicUsize>>,
    reset: Arc<AtomicBool>,
) {
    let (mut from, mut to) = (
        from.try_clone().expect("clone socket"),
        to.try_clone().expect("clone socket"),
    );
    from.set_read_timeout(Some(PUMP_TICK))
        .expect("read timeout");
    std::thread::spawn(move || {
        let mut buf = [0u8; 16 * 1024];
        while !reset.load(Ordering::SeqCst) {
            let n = match from.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(err) if matches!(err.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                    continue
                }
                Err(_) => break,
            };
            if to.write_all(&buf[..n]).is_err() {
                break;
            }
            if let Some(forwarded) = &forwarded {
                forwarded.fetch_add(n, Ordering::SeqCst);
            }
        }
        if reset.load(Ordering::SeqCst) {
            if forwarded.is_some() {
                linger_zero(&from);
            }
        } else {
            let _ = to.shutdown(Shutdown::Write);
        }
    });
}

fn linger_zero(socket: &TcpStream) {
    use std::os::fd::AsRawFd;
    let linger = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    let size = std::mem::size_of::<libc::linger>() as libc::socklen_t;
    let set = unsafe {
        libc::setsockopt(
            socket.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            (&linger as *const libc::linger).cast(),
            size,
        )
    };
    assert_eq!(set, 0, "SO_LINGER: {}", std::io::Error::last_os_error());
}
