//! Helpers for the tests of the vendored zookeeper-client's patches (vendor/PATCHES.md).
//!
//! The tests talk to a real ZooKeeper: `ZK_HOST` (host:port) names it. The connection-loss
//! tests also stop and resume it, so they need the pid file of the server that
//! scripts/zk-standalone.sh started in `ZK_TEST_DIR`.

use std::future::Future;
use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tokio::runtime::Runtime;
use zookeeper_client::{Acls, Client, CreateMode, CreateOptions};

/// The longest any one step may take: a hang fails the test instead of blocking it.
pub const STEP_DEADLINE: Duration = Duration::from_secs(20);

pub static PERSISTENT: &CreateOptions<'static> =
    &CreateMode::Persistent.with_acls(Acls::anyone_all());
pub static EPHEMERAL: &CreateOptions<'static> =
    &CreateMode::Ephemeral.with_acls(Acls::anyone_all());

pub fn zk_host() -> String {
    std::env::var("ZK_HOST")
        .expect("ZK_HOST must name the ZooKeeper to test against, e.g. 127.0.0.1:24181")
}

/// A runtime shaped like the extension's: one worker thread, sockets and timers.
pub fn new_runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// Awaits `future`, or panics naming `step` when it takes longer than [STEP_DEADLINE].
pub async fn within<T>(step: &str, future: impl Future<Output = T>) -> T {
    match tokio::time::timeout(STEP_DEADLINE, future).await {
        Ok(output) => output,
        Err(_) => panic!("{step}: nothing within {STEP_DEADLINE:?}"),
    }
}

pub async fn connect() -> Client {
    within("connect", Client::connect(&zk_host()))
        .await
        .expect("connect to ZK_HOST")
}

/// A node path that no other test or test run uses.
pub fn unique_path(name: &str) -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_nanos());
    format!(
        "/zookeeper-client-patch-tests-{name}-{}-{nanos}",
        std::process::id()
    )
}

/// The names of this process's threads.
pub fn thread_names() -> Vec<String> {
    let tasks = std::fs::read_dir("/proc/self/task").expect("/proc/self/task");
    tasks
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("comm")).ok())
        .map(|name| name.trim_end().to_string())
        .collect()
}

/// async-io's reactor runs in a thread of this name; with the patch it must never start.
pub fn assert_no_async_io_thread() {
    let names = thread_names();
    assert!(
        !names.iter().any(|name| name == "async-io"),
        "an async-io thread runs: {names:?}"
    );
}

pub enum Forked {
    Child,
    Parent(libc::pid_t),
}

pub fn fork() -> Forked {
    match unsafe { libc::fork() } {
        -1 => panic!("fork: {}", std::io::Error::last_os_error()),
        0 => Forked::Child,
        pid => Forked::Parent(pid),
    }
}

/// Ends a forked child: exit status 0 if `checks` returns, 1 if it panics. `_exit` runs no
/// destructor, so nothing the child inherited is dropped. The panic message goes straight to
/// stderr: the test harness's output capture would swallow it in a child.
pub fn exit_child(checks: impl FnOnce()) -> ! {
    let status = match catch_unwind(AssertUnwindSafe(checks)) {
        Ok(()) => 0,
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            let _ = writeln!(
                std::io::stderr(),
                "child {} failed: {message}",
                std::process::id()
            );
            1
        }
    };
    unsafe { libc::_exit(status) }
}

/// Waits for a forked child; a child that has not exited after three step deadlines is killed.
/// Returns a description of the failure unless the child exited with status 0.
pub fn wait_child(pid: libc::pid_t) -> Result<(), String> {
    let give_up = Instant::now() + 3 * STEP_DEADLINE;
    let mut status = 0;
    loop {
        match unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) } {
            0 if Instant::now() < give_up => std::thread::sleep(Duration::from_millis(20)),
            0 => {
                unsafe { libc::kill(pid, libc::SIGKILL) };
                unsafe { libc::waitpid(pid, &mut status, 0) };
                return Err(format!(
                    "child {pid} still running after {:?}: killed",
                    3 * STEP_DEADLINE
                ));
            }
            -1 => {
                return Err(format!(
                    "waitpid {pid}: {}",
                    std::io::Error::last_os_error()
                ))
            }
            _ if libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0 => return Ok(()),
            _ => {
                return Err(format!(
                    "child {pid} failed (wait status {status:#x}, its stderr says why)"
                ))
            }
        }
    }
}

/// A TCP proxy in front of the server that can end its client connections with a reset (RST),
/// so the client's next read fails with an I/O error rather than seeing end of stream.
pub struct ResettingProxy {
    pub address: SocketAddr,
    forwarded: Arc<AtomicUsize>,
    reset: Arc<AtomicBool>,
}

/// How often a pumping thread looks whether its connection is to be reset.
const PUMP_TICK: Duration = Duration::from_millis(10);

impl ResettingProxy {
    pub fn start(server: &str) -> Self {
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

    pub fn forwarded_to_server(&self) -> usize {
        self.forwarded.load(Ordering::SeqCst)
    }

    pub fn wait_until_forwarded_more_than(&self, bytes: usize) {
        let give_up = Instant::now() + STEP_DEADLINE;
        while self.forwarded_to_server() <= bytes {
            assert!(
                Instant::now() < give_up,
                "the request never reached the proxy"
            );
            std::thread::sleep(PUMP_TICK);
        }
    }

    pub fn reset_connections(&self) {
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
