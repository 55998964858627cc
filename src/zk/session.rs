//! One ZooKeeper session: kept connected (and re-created after expiry) by its
//! keeper task (keeper.rs), used through blocking calls with one deadline
//! each, with the watch-driven cache in front of its reads.

use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use tokio::runtime::Handle;
use tokio::sync::watch;
use zookeeper_client::{Acl, Acls, Client, CreateMode, EventType, MultiWriteError, MultiWriteResult, OneshotWatcher, SessionState, Stat};

use super::cache::{Cache, Kind, Value};
use super::clock::{coarse_now_ms, deadline_after};
use super::error::{Error, Result};
use super::events::{Event, Inbox, SessionOrdinal, Waiter};
use super::persistent::{Coverage, PersistentWatches};
use super::stats::Stats;

/// What a shared session is keyed by: the normalized server list and the
/// credentials added with addAuth, in order. Two requests with different
/// credentials never share a session, so never share cached data.
#[derive(Clone)]
pub struct SessionKey {
    servers: Arc<str>,
    auth: Vec<(String, Vec<u8>)>,
    /// Hashed once: a key is looked up on every connect.
    hash: u64,
}

impl SessionKey {
    pub fn new(servers: Arc<str>, auth: Vec<(String, Vec<u8>)>) -> SessionKey {
        let hash = std::hash::BuildHasher::hash_one(&foldhash::fast::FixedState::default(), (&servers, &auth));
        SessionKey { servers, auth, hash }
    }

    pub fn servers(&self) -> &Arc<str> {
        &self.servers
    }

    pub fn auth(&self) -> &[(String, Vec<u8>)] {
        &self.auth
    }
}

impl PartialEq for SessionKey {
    fn eq(&self, other: &Self) -> bool {
        // Keys made from one parsed host string share their server list.
        self.hash == other.hash && (Arc::ptr_eq(&self.servers, &other.servers) || self.servers == other.servers) && self.auth == other.auth
    }
}

impl Eq for SessionKey {}

impl std::hash::Hash for SessionKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Credentials never reach a message or a log.
        let schemes: Vec<&str> = self.auth.iter().map(|(scheme, _)| scheme.as_str()).collect();
        f.debug_struct("SessionKey").field("servers", &self.servers).field("auth_schemes", &schemes).finish()
    }
}

#[derive(Clone, Debug)]
pub struct SessionConfig {
    /// The session timeout asked for; the server may grant another (see
    /// `ZkSession::session_timeout`).
    pub session_timeout: Duration,
    pub cache_max_bytes: usize,
    /// Serve cached entries while disconnected but not expired.
    pub serve_stale: bool,
}

/// The session's state, as `getState()` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum State {
    Connecting = 0,
    Connected = 1,
    ReadOnly = 2,
    Disconnected = 3,
    Expired = 4,
    AuthFailed = 5,
    Closed = 6,
}

impl State {
    fn from_u8(value: u8) -> State {
        match value {
            1 => State::Connected,
            2 => State::ReadOnly,
            3 => State::Disconnected,
            4 => State::Expired,
            5 => State::AuthFailed,
            6 => State::Closed,
            _ => State::Connecting,
        }
    }

    /// The one mapping of the client library's session states.
    pub fn from_client(state: SessionState) -> State {
        match state {
            SessionState::SyncConnected => State::Connected,
            SessionState::ConnectedReadOnly => State::ReadOnly,
            SessionState::Disconnected => State::Disconnected,
            SessionState::Expired => State::Expired,
            SessionState::AuthFailed => State::AuthFailed,
            SessionState::Closed => State::Closed,
        }
    }

    pub fn is_connected(self) -> bool {
        matches!(self, State::Connected | State::ReadOnly)
    }
}

/// What requests are sent on: the connected client, or why there is none.
#[derive(Clone)]
pub(super) enum Link {
    Connecting,
    Ready(Arc<Client>),
    /// For good: closed, or credentials the server refused.
    Failed(Error),
}

/// How a read treats the cache and user watchers.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    pub use_cache: bool,
    pub waiter: Option<Waiter>,
    pub timeout: Duration,
}

/// One operation of a transaction (`ZkSession::multi`).
#[derive(Clone, Copy, Debug)]
pub enum Op<'a> {
    Check { path: &'a str, version: i32 },
    Create { path: &'a str, data: &'a [u8], acl: &'a [Acl], mode: CreateMode },
    SetData { path: &'a str, data: &'a [u8], version: Option<i32> },
    Delete { path: &'a str, version: Option<i32> },
}

/// What one operation of a committed transaction did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpResult {
    Checked,
    Created { path: String, stat: Stat },
    Set(Stat),
    Deleted,
}

/// A watch on a node's existence, from `ZkSession::watch_node`.
pub struct NodeWatch(OneshotWatcher);

pub struct ZkSession {
    ordinal: SessionOrdinal,
    key: SessionKey,
    config: SessionConfig,
    /// The process that opened it: a forked child never uses it.
    pid: u32,
    /// One of the registry's shared sessions (else an object's own).
    shared: bool,
    runtime: Handle,
    pub(super) link: watch::Sender<Link>,
    state: AtomicU8,
    /// The session's id while it exists (also while disconnected); 0 before
    /// the first connection and after an expiry until the next session.
    id: AtomicI64,
    password: Mutex<Vec<u8>>,
    /// The timeout the server granted, in ms (0 until the first connection).
    granted_timeout_ms: AtomicU64,
    /// Until when cached entries may be trusted (coarse monotonic ms): one
    /// session timeout after the server last answered. A process frozen or cut
    /// off for longer must not serve what it cached before, since the session
    /// (and its watches) may be gone on the server.
    trusted_until: AtomicU64,
    /// Since when there has been no connection (coarse monotonic ms, 0 while
    /// connected). A call waits at most until one call deadline after this,
    /// so during an outage calls fail at once instead of each waiting its own.
    offline_since: AtomicU64,
    /// Ephemeral nodes made through this session that must live as long as
    /// the process: such a session is never closed for being idle.
    holds_ephemerals: AtomicBool,
    closed: AtomicBool,
    pub(super) cache: Cache,
    /// `addWatch()` and preloaded subtrees (persistent.rs).
    pub(super) watches: PersistentWatches,
    subscribers: Mutex<Vec<Weak<Inbox>>>,
    pub(super) stats: Arc<Stats>,
}

impl ZkSession {
    pub(super) fn open(ordinal: SessionOrdinal, key: SessionKey, config: SessionConfig, shared: bool, runtime: Handle, stats: Arc<Stats>) -> Arc<ZkSession> {
        let session = Arc::new(ZkSession {
            ordinal,
            cache: Cache::new(config.cache_max_bytes, stats.clone()),
            watches: PersistentWatches::default(),
            key,
            config,
            pid: super::registry::current_pid(),
            shared,
            link: watch::Sender::new(Link::Connecting),
            state: AtomicU8::new(State::Connecting as u8),
            id: AtomicI64::new(0),
            password: Mutex::new(Vec::new()),
            granted_timeout_ms: AtomicU64::new(0),
            trusted_until: AtomicU64::new(0),
            offline_since: AtomicU64::new(coarse_now_ms()),
            holds_ephemerals: AtomicBool::new(false),
            closed: AtomicBool::new(false),
            runtime: runtime.clone(),
            subscribers: Mutex::new(Vec::new()),
            stats,
        });
        runtime.spawn(super::keeper::keep(Arc::downgrade(&session)));
        session
    }

    /// The runtime its requests and watch tasks run on.
    pub(super) fn runtime_handle(&self) -> &Handle {
        &self.runtime
    }

    /// Tells this session's events apart from other sessions'.
    pub fn ordinal(&self) -> SessionOrdinal {
        self.ordinal
    }

    pub fn key(&self) -> &SessionKey {
        &self.key
    }

    pub(super) fn config(&self) -> &SessionConfig {
        &self.config
    }

    pub fn is_shared(&self) -> bool {
        self.shared
    }

    /// Whether this process opened it (false in a forked child).
    pub fn is_own_process(&self) -> bool {
        self.pid == super::registry::current_pid()
    }

    pub fn is_usable(&self) -> bool {
        !self.closed.load(Ordering::Acquire) && !matches!(*self.link.borrow(), Link::Failed(_))
    }

    pub(super) fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    pub fn state(&self) -> State {
        State::from_u8(self.state.load(Ordering::Acquire))
    }

    /// The session timeout the server granted (servers clamp what a client
    /// asks for to their min/max session timeout); the one asked for until
    /// the first connection.
    pub fn session_timeout(&self) -> Duration {
        match self.granted_timeout_ms.load(Ordering::Relaxed) {
            0 => self.config.session_timeout,
            ms => Duration::from_millis(ms),
        }
    }

    /// The session id while the session exists, also while disconnected; 0
    /// before it is established.
    pub fn session_id(&self) -> i64 {
        self.id.load(Ordering::Acquire)
    }

    /// The session's password (with the id, what resumes it elsewhere).
    pub fn password(&self) -> Vec<u8> {
        self.password.lock().clone()
    }

    /// Delivers this session's state changes to `inbox` from now on.
    pub fn subscribe(&self, inbox: &Arc<Inbox>) {
        let mut subscribers = self.subscribers.lock();
        // (A dead inbox's address may have been reused by this one.)
        if !subscribers.iter().any(|known| std::ptr::eq(known.as_ptr(), Arc::as_ptr(inbox)) && known.strong_count() > 0) {
            subscribers.retain(|known| known.strong_count() > 0);
            subscribers.push(Arc::downgrade(inbox));
        }
    }

    /// Process-long ephemeral nodes now depend on this session staying open.
    pub fn keep_for_ephemerals(&self) {
        self.holds_ephemerals.store(true, Ordering::Relaxed);
    }

    pub(super) fn holds_ephemerals(&self) -> bool {
        self.holds_ephemerals.load(Ordering::Relaxed)
    }

    /// Waits until connected (or `timeout`), for callers that need the outcome
    /// of connecting, such as addAuth.
    pub fn wait_connected(&self, timeout: Duration) -> Result<()> {
        self.call(timeout, |_| async { Ok(()) })
    }

    /// Runs one request on the connected client, blocking the calling thread
    /// until `timeout` at most: waiting for a connection and the request share
    /// that one deadline.
    pub(super) fn call<T, F, Fut>(&self, timeout: Duration, request: F) -> Result<T>
    where
        F: FnOnce(Arc<Client>) -> Fut,
        Fut: Future<Output = std::result::Result<T, zookeeper_client::Error>>,
    {
        if !self.is_own_process() {
            return Err(Error::System("this ZooKeeper session belongs to the parent process (pcntl_fork)".into()));
        }
        let deadline = tokio::time::Instant::from_std(deadline_after(timeout));
        let mut link = self.link.subscribe();
        self.runtime.block_on(async move {
            let client = loop {
                let current = link.borrow_and_update().clone();
                match current {
                    Link::Ready(client) => break client,
                    Link::Failed(err) => return Err(err),
                    Link::Connecting => {},
                }
                let Some(wait_until) = self.connection_wait_limit(deadline, timeout) else {
                    return Err(self.no_connection());
                };
                match tokio::time::timeout_at(wait_until, link.changed()).await {
                    Ok(Ok(())) => continue,
                    Ok(Err(_)) => return Err(Error::Closed),
                    Err(_) => return Err(self.no_connection()),
                }
            };
            // A request sent while the connection is down waits at most until
            // one call timeout after it dropped, like a wait for a connection.
            let Some(limit) = self.connection_wait_limit(deadline, timeout) else {
                return Err(self.no_connection());
            };
            let sent = coarse_now_ms();
            match tokio::time::timeout_at(limit, request(client)).await {
                Ok(Ok(value)) => {
                    self.heard_since(sent);
                    Ok(value)
                },
                Ok(Err(err)) => Err(self.request_error(err)),
                // A request that could not be answered because the connection is
                // down is a connection loss (as libzookeeper reports it), not a slow server.
                Err(_) if !self.state().is_connected() => Err(self.no_connection()),
                Err(_) => Err(Error::OperationTimeout),
            }
        })
    }

    /// How long a call may wait for a connection: until its deadline, but not
    /// past one call timeout after the connection was lost; None when that is
    /// over already (an outage: fail at once).
    fn connection_wait_limit(&self, deadline: tokio::time::Instant, timeout: Duration) -> Option<tokio::time::Instant> {
        let offline_since = self.offline_since.load(Ordering::Relaxed);
        if offline_since == 0 {
            return Some(deadline);
        }
        let offline = Duration::from_millis(coarse_now_ms().saturating_sub(offline_since));
        let left = timeout.checked_sub(offline)?;
        Some(deadline.min(tokio::time::Instant::from_std(deadline_after(left))))
    }

    fn no_connection(&self) -> Error {
        match self.offline_since.load(Ordering::Relaxed) {
            0 => Error::ConnectionLoss(format!("no answer from {}", self.key.servers)),
            since => Error::ConnectionLoss(format!("no connection to {} for {} ms", self.key.servers, coarse_now_ms().saturating_sub(since))),
        }
    }

    /// The library's error for a request, said the way a caller can act on it.
    fn request_error(&self, err: zookeeper_client::Error) -> Error {
        match err {
            // The connection ended under the request (a transport failure, or
            // the client library giving up on it). Unless the ensemble really
            // expired the session, the same session carries on.
            zookeeper_client::Error::ConnectionLoss => self.lost_under_request(),
            zookeeper_client::Error::SessionExpired | zookeeper_client::Error::ClientClosed if !self.is_closed() => self.lost_under_request(),
            err => Error::from_request(err),
        }
    }

    fn lost_under_request(&self) -> Error {
        Error::ConnectionLoss(format!("connection lost during the request to {}; it may or may not have been applied", self.key.servers))
    }

    /// `call` for requests that are safe to repeat (reads): one that failed
    /// because the connection dropped is sent again once reconnected, within
    /// the same deadline.
    pub(super) fn retrying<T, F, Fut>(&self, timeout: Duration, request: F) -> Result<T>
    where
        F: Fn(Arc<Client>) -> Fut,
        Fut: Future<Output = std::result::Result<T, zookeeper_client::Error>>,
    {
        let deadline = deadline_after(timeout);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.call(left, &request) {
                Err(err)
                    if err.is_connection_loss()
                        && left > Duration::from_millis(10)
                        && self.is_usable()
                        && self.connection_wait_limit(tokio::time::Instant::now(), timeout).is_some() =>
                {
                    // Let the keeper notice the state change before asking again.
                    std::thread::sleep(Duration::from_millis(5));
                },
                result => return result,
            }
        }
    }

    fn may_serve_cached(&self) -> bool {
        let state_allows = match self.state() {
            State::Connected | State::ReadOnly => true,
            State::Disconnected => self.config.serve_stale,
            _ => false,
        };
        state_allows && coarse_now_ms() < self.trusted_until.load(Ordering::Relaxed) && self.is_own_process()
    }

    pub(super) fn heard_now(&self) {
        self.heard_since(coarse_now_ms());
    }

    /// The server answered a request sent at `sent_ms`: it held the session
    /// then, so it cannot expire it before one session timeout after that
    /// (the send time, not the answer's: the server's clock started earlier).
    pub(super) fn heard_since(&self, sent_ms: u64) {
        let timeout_ms = u64::try_from(self.session_timeout().as_millis()).unwrap_or(u64::MAX);
        self.trusted_until.fetch_max(sent_ms.saturating_add(timeout_ms), Ordering::Relaxed);
    }

    /// Whether this session certainly exists on the server now: connected,
    /// and heard from within a session timeout. A process frozen or cut off
    /// for longer may have lost it (and what it held) without knowing yet.
    pub fn is_known_alive(&self) -> bool {
        self.state() == State::Connected && coarse_now_ms() < self.trusted_until.load(Ordering::Relaxed)
    }

    /// `get`, `exists` and `getChildren`: from the cache while its entry's watch
    /// is armed, else from the server (arming a watch that keeps the answer).
    pub fn read(self: &Arc<Self>, kind: Kind, path: &str, options: ReadOptions) -> Result<Value> {
        if options.use_cache {
            if let Some(value) = self.cached(kind, path, options.waiter.as_ref()) {
                return Ok(value);
            }
        }
        // Taken before looking at the persistent watches: one released after
        // this keeps nothing of this read (see `Cache::insert_kept`).
        let epoch = self.cache.kept_epoch();
        match self.watches.coverage(path) {
            Coverage::None => {},
            coverage => return self.read_covered(kind, path, options, coverage, epoch),
        }
        if !options.use_cache && options.waiter.is_none() {
            return self.retrying(options.timeout, |client| async move { fetch(&client, kind, path).await });
        }
        Stats::count(&self.stats.misses);
        let (value, watch) = self.retrying(options.timeout, |client| async move { fetch_watched(&client, kind, path).await })?;
        let Some(watch) = watch else {
            return Ok(value);
        };
        if options.use_cache {
            let generation = self.cache.insert(kind, path, value.clone(), options.waiter.as_ref());
            let task = self.runtime.spawn(watch_entry(Arc::downgrade(self), kind, path.to_owned(), generation, watch));
            self.cache.set_watch(kind, path, generation, task.abort_handle());
        } else if let Some(waiter) = options.waiter {
            self.runtime.spawn(deliver_when_fired(watch, waiter));
        }
        Ok(value)
    }

    /// A read under a persistent watch (persistent.rs): it arms no watch of
    /// its own; the persistent watch's events fire its waiter and keep its
    /// answer valid. A node a preloaded subtree knows is not there is
    /// answered without asking the server.
    fn read_covered(&self, kind: Kind, path: &str, options: ReadOptions, coverage: Coverage, epoch: u64) -> Result<Value> {
        if let Some(waiter) = &options.waiter {
            self.cache.wait_kept(kind, path, waiter);
        }
        let keep = coverage == Coverage::Kept && options.use_cache;
        if keep && self.may_serve_cached() && self.cache.known_absent(path) {
            Stats::count(&self.stats.hits);
            return match kind {
                Kind::Exists => Ok(Value::Exists(None)),
                Kind::Data | Kind::Children => Err(Error::Server(zookeeper_client::Error::NoNode)),
            };
        }
        if options.use_cache {
            Stats::count(&self.stats.misses);
        }
        let value = self.retrying(options.timeout, |client| async move { fetch(&client, kind, path).await })?;
        if keep {
            self.cache.insert_kept(kind, path, value.clone(), epoch);
        }
        Ok(value)
    }

    /// The cached answer, if the cache may be trusted now; `waiter` is then
    /// attached to the entry's armed watch.
    pub fn cached(&self, kind: Kind, path: &str, waiter: Option<&Waiter>) -> Option<Value> {
        self.cached_with(kind, path, waiter, Value::clone)
    }

    /// `cached` handing the entry to `read` (see `Cache::lookup_with`).
    pub fn cached_with<R>(&self, kind: Kind, path: &str, waiter: Option<&Waiter>, read: impl FnOnce(&Value) -> R) -> Option<R> {
        if !self.may_serve_cached() {
            return None;
        }
        self.cache.lookup_with(kind, path, waiter, read)
    }

    /// Own writes drop what they make stale before they return, whatever the
    /// outcome (a failed write may also prove an entry stale).
    pub fn invalidate(&self, entries: &[(Kind, &str)]) {
        for (kind, path) in entries {
            self.cache.invalidate(*kind, path);
        }
    }

    /// What a write of `path` makes stale: the node, and its parent's children.
    fn invalidate_node(&self, path: &str) {
        self.invalidate(&[(Kind::Data, path), (Kind::Exists, path), (Kind::Children, path), (Kind::Children, parent(path))]);
    }

    /// `data` None: null data (PECL's create() with a null value).
    pub fn create(&self, path: &str, data: Option<&[u8]>, acl: &[Acl], mode: CreateMode, ttl: Option<Duration>, timeout: Duration) -> Result<String> {
        let sequential = matches!(mode, CreateMode::PersistentSequential | CreateMode::EphemeralSequential);
        let result = self.call(timeout, |client| async move {
            let options = mode.with_acls(Acls::new(acl));
            let options = match ttl {
                Some(ttl) => options.with_ttl(ttl),
                None => options,
            };
            client.create_with_nullable_data(path, data, &options).await
        });
        let result = result.map_err(|err| explain_oversize(err, data.map_or(0, <[u8]>::len)));
        let created = match &result {
            Ok((_, sequence)) if sequential => format!("{path}{sequence}"),
            _ => path.to_owned(),
        };
        self.invalidate_node(&created);
        result.map(|_| created)
    }

    /// `data` None: null data (PECL's set() with a null value).
    pub fn set(&self, path: &str, data: Option<&[u8]>, version: Option<i32>, timeout: Duration) -> Result<Stat> {
        let result = self.call(timeout, |client| async move { client.set_nullable_data(path, data, version).await });
        self.invalidate(&[(Kind::Data, path), (Kind::Exists, path)]);
        result.map_err(|err| explain_oversize(err, data.map_or(0, <[u8]>::len)))
    }

    pub fn delete(&self, path: &str, version: Option<i32>, timeout: Duration) -> Result<()> {
        let result = self.call(timeout, |client| async move { client.delete(path, version).await });
        self.invalidate_node(path);
        result
    }

    pub fn get_acl(&self, path: &str, timeout: Duration) -> Result<(Vec<Acl>, Stat)> {
        self.retrying(timeout, |client| async move { client.get_acl(path).await })
    }

    pub fn set_acl(&self, path: &str, acl: &[Acl], version: Option<i32>, timeout: Duration) -> Result<Stat> {
        let result = self.call(timeout, |client| async move { client.set_acl(path, acl, version).await });
        self.invalidate(&[(Kind::Data, path), (Kind::Exists, path), (Kind::Children, path)]);
        result
    }

    /// All or nothing: the operations in one transaction. Every path it
    /// touches is dropped from the cache before this returns.
    pub fn multi(&self, ops: &[Op<'_>], timeout: Duration) -> Result<Vec<OpResult>> {
        let result = self.call(timeout, |client| async move {
            let mut writer = client.new_multi_writer();
            for op in ops {
                match *op {
                    Op::Check { path, version } => writer.add_check_version(path, version),
                    Op::Create { path, data, acl, mode } => writer.add_create(path, data, &mode.with_acls(Acls::new(acl))),
                    Op::SetData { path, data, version } => writer.add_set_data(path, data, version),
                    Op::Delete { path, version } => writer.add_delete(path, version),
                }?;
            }
            Ok(writer.commit().await)
        });
        let results: Result<Vec<OpResult>> = match result? {
            Ok(results) => Ok(results.into_iter().map(op_result).collect()),
            Err(MultiWriteError::OperationFailed { index, source }) => Err(Error::Transaction { index, source }),
            Err(MultiWriteError::RequestFailed { source }) => Err(self.request_error(source)),
        };
        for op in ops {
            match op {
                Op::Check { .. } => {},
                Op::Create { path, .. } | Op::Delete { path, .. } => self.invalidate_node(path),
                Op::SetData { path, .. } => self.invalidate(&[(Kind::Data, path), (Kind::Exists, path)]),
            }
        }
        if let Ok(results) = &results {
            for result in results {
                if let OpResult::Created { path, .. } = result {
                    self.invalidate_node(path.as_str());
                }
            }
        }
        results
    }

    /// Makes the server this session talks to catch up with the leader, so
    /// the next read sees every write committed before (by anyone).
    pub fn sync(&self, path: &str, timeout: Duration) -> Result<()> {
        self.retrying(timeout, |client| async move { client.sync(path).await })
    }

    /// The children of `path`, from the server (never cached, no watch).
    pub fn children(&self, path: &str, timeout: Duration) -> Result<Vec<String>> {
        self.retrying(timeout, |client| async move { client.list_children(path).await })
    }

    /// Stats of many nodes in one round trip (None: no such node; errors per node).
    pub fn stats(&self, paths: &[String], timeout: Duration) -> Result<Vec<Result<Option<Stat>>>> {
        self.call(timeout, |client| async move {
            // Every request is sent when made; awaiting in turn collects the replies.
            let pending: Vec<_> = paths.iter().map(|path| client.check_stat(path)).collect();
            let mut stats = Vec::with_capacity(pending.len());
            for stat in pending {
                stats.push(stat.await.map_err(Error::from_request));
            }
            Ok(stats)
        })
    }

    /// Versioned deletes of many nodes in one round trip; the outcome of each.
    pub fn delete_many(&self, targets: &[(String, i32)], timeout: Duration) -> Result<Vec<Result<()>>> {
        let result = self.call(timeout, |client| async move {
            let pending: Vec<_> = targets.iter().map(|(path, version)| client.delete(path, Some(*version))).collect();
            let mut outcomes = Vec::with_capacity(pending.len());
            for delete in pending {
                outcomes.push(delete.await.map_err(Error::from_request));
            }
            Ok(outcomes)
        });
        for (path, _) in targets {
            self.invalidate_node(path);
        }
        result
    }

    /// A watch on `path` if it exists now (fires when it changes or goes);
    /// None when it does not exist.
    pub fn watch_node(&self, path: &str, timeout: Duration) -> Result<Option<NodeWatch>> {
        let (stat, watch) = self.call(timeout, |client| async move { client.check_and_watch_stat(path).await })?;
        Ok(stat.map(|_| NodeWatch(watch)))
    }

    /// Waits for `watch` to fire (or the session to end), at most `timeout`;
    /// false when the time ran out first.
    pub fn wait(&self, watch: NodeWatch, timeout: Duration) -> bool {
        self.runtime.block_on(async move { tokio::time::timeout(timeout, wait_for(watch.0)).await.is_ok() })
    }

    /// Deletes `path` in the background, trying again while the connection is
    /// down, until it is gone or the session ends; then calls `done`.
    pub fn delete_in_background(self: &Arc<Self>, path: String, done: impl FnOnce() + Send + 'static) {
        let weak = Arc::downgrade(self);
        self.runtime.spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(500)).await;
                let Some(session) = weak.upgrade() else { break };
                let client = session.ready_client();
                drop(session);
                let Some(client) = client else { continue };
                match client.delete(&path, None).await {
                    Err(zookeeper_client::Error::ConnectionLoss | zookeeper_client::Error::Timeout) => continue,
                    // Deleted, already gone, or its session ended (so has the node).
                    _ => break,
                }
            }
            done();
        });
    }

    pub fn get_config(&self, waiter: Option<Waiter>, timeout: Duration) -> Result<(Vec<u8>, Stat)> {
        let Some(waiter) = waiter else {
            return self.retrying(timeout, |client| async move { client.get_config().await });
        };
        let (data, stat, watch) = self.retrying(timeout, |client| async move { client.get_and_watch_config().await })?;
        self.runtime.spawn(deliver_when_fired(watch, waiter));
        Ok((data, stat))
    }

    /// Dynamic reconfiguration: `joining`/`leaving` for an incremental change,
    /// or `members` for a whole new ensemble.
    pub fn reconfig(&self, change: Reconfig<'_>, version: Option<i64>, timeout: Duration) -> Result<(Vec<u8>, Stat)> {
        use zookeeper_client::EnsembleUpdate;
        let result = self.call(timeout, |client| async move {
            match change {
                Reconfig::Incremental { joining, leaving } => {
                    client.update_ensemble(EnsembleUpdate::Incremental { joinings: joining.iter().copied(), leavings: leaving.iter().copied() }, version).await
                },
                Reconfig::New { members } => client.update_ensemble(EnsembleUpdate::New { ensemble: members.iter().copied() }, version).await,
            }
        });
        self.invalidate(&[(Kind::Data, "/zookeeper/config")]);
        result
    }

    /// Ends the session for real (ephemeral nodes go at once), waiting up to
    /// `wait` for the server to confirm.
    pub fn close(&self, wait: Duration) {
        if let Some(client) = self.begin_close() {
            self.runtime.block_on(confirm_close(client, wait));
        }
    }

    /// `close` from a task on the runtime.
    pub(super) async fn close_async(&self, wait: Duration) {
        if let Some(client) = self.begin_close() {
            confirm_close(client, wait).await;
        }
    }

    /// Marks the session closed; returns the client whose closing is to be
    /// confirmed, if it was connected.
    fn begin_close(&self) -> Option<Arc<Client>> {
        // In a forked child this session is the parent's: leave it alone.
        if self.closed.swap(true, Ordering::AcqRel) || !self.is_own_process() {
            return None;
        }
        let previous = self.link.send_replace(Link::Failed(Error::Closed));
        self.cache.clear();
        self.set_state(State::Closed);
        match previous {
            Link::Ready(client) => Some(client),
            _ => None,
        }
    }

    /// The client if connected right now, for background work that must not wait.
    pub(super) fn ready_client(&self) -> Option<Arc<Client>> {
        match &*self.link.borrow() {
            Link::Ready(client) => Some(client.clone()),
            _ => None,
        }
    }

    pub(super) fn set_state(&self, state: State) {
        self.state.store(state as u8, Ordering::Release);
    }

    /// The keeper's report: connected with `client`.
    pub(super) fn connected(&self, client: Client) {
        self.id.store(client.session_id().0, Ordering::Release);
        *self.password.lock() = client.session().password().to_vec();
        self.granted_timeout_ms.store(u64::try_from(client.session_timeout().as_millis()).unwrap_or(u64::MAX).max(1), Ordering::Relaxed);
        self.heard_now();
        self.offline_since.store(0, Ordering::Relaxed);
        // The only long-lived handle is the one in `link`: when close() takes
        // it out and drops it, the library sends closeSession.
        self.link.send_replace(Link::Ready(Arc::new(client)));
        self.set_state(State::Connected);
    }

    /// The keeper's report: the connection is down; the client library is
    /// reconnecting (`Link` stays) or the keeper is (`Link::Connecting`).
    pub(super) fn disconnected(&self, keeper_reconnects: bool) {
        let _ = self.offline_since.compare_exchange(0, coarse_now_ms().max(1), Ordering::Relaxed, Ordering::Relaxed);
        self.set_state(State::Disconnected);
        if keeper_reconnects {
            self.link.send_replace(Link::Connecting);
        }
    }

    /// The keeper's report: the connection is back (the library reconnected).
    pub(super) fn reconnected(&self, state: SessionState) {
        self.offline_since.store(0, Ordering::Relaxed);
        self.heard_now();
        self.set_state(State::from_client(state));
    }

    /// The keeper's report: the ensemble expired the session. Everything of
    /// it is gone; a new session follows.
    pub(super) fn expired(&self) {
        Stats::count(&self.stats.expirations);
        self.cache.clear();
        self.id.store(0, Ordering::Release);
        self.disconnected(true);
        self.set_state(State::Connecting);
        self.publish(SessionState::Expired);
    }

    /// The keeper's report: no more connections, for good.
    pub(super) fn failed(&self, err: Error, state: SessionState) {
        self.cache.clear();
        self.link.send_replace(Link::Failed(err));
        self.set_state(State::from_client(state));
        self.publish(state);
    }

    pub(super) fn publish(&self, state: SessionState) {
        let subscribers: Vec<Arc<Inbox>> = self.subscribers.lock().iter().filter_map(Weak::upgrade).collect();
        for inbox in subscribers {
            inbox.push(Event::Session { session: self.ordinal, state });
        }
    }
}

impl Drop for ZkSession {
    fn drop(&mut self) {
        self.closed.store(true, Ordering::Release);
    }
}

/// Drops the last handle of `client`, which makes the library send
/// closeSession, and waits up to `wait` for the server to confirm.
async fn confirm_close(client: Arc<Client>, wait: Duration) {
    let mut state = client.state_watcher();
    drop(client);
    let _ = tokio::time::timeout(wait, async {
        while !state.state().is_terminated() {
            state.changed().await;
        }
    })
    .await;
}

/// A change of ensemble membership for `ZkSession::reconfig`.
#[derive(Clone, Copy, Debug)]
pub enum Reconfig<'a> {
    Incremental { joining: &'a [&'a str], leaving: &'a [&'a str] },
    New { members: &'a [&'a str] },
}

fn op_result(result: MultiWriteResult) -> OpResult {
    match result {
        MultiWriteResult::Check => OpResult::Checked,
        MultiWriteResult::Delete => OpResult::Deleted,
        MultiWriteResult::Create { path, stat } => OpResult::Created { path, stat },
        MultiWriteResult::SetData { stat } => OpResult::Set(stat),
        // The library's enum may grow; a write never answers anything else.
        _ => OpResult::Checked,
    }
}

/// The server's default request limit (jute.maxbuffer, 0xfffff bytes). Over
/// it, the server just drops the connection: say why instead of a bare loss.
const SERVER_REQUEST_LIMIT: usize = 0xfffff;

fn explain_oversize(err: Error, data_len: usize) -> Error {
    if err.is_connection_loss() && data_len + 1024 > SERVER_REQUEST_LIMIT {
        return Error::ConnectionLoss(format!(
            "the server closed the connection: {data_len} bytes of data is over (or near) its request size limit (jute.maxbuffer, 1 MB by default)"
        ));
    }
    err
}

pub fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

async fn fetch(client: &Client, kind: Kind, path: &str) -> std::result::Result<Value, zookeeper_client::Error> {
    Ok(match kind {
        Kind::Data => {
            let (data, stat) = client.get_nullable_data(path).await?;
            Value::Data { data: data.map(Into::into), stat }
        },
        Kind::Exists => Value::Exists(client.check_stat(path).await?),
        Kind::Children => {
            let (names, stat) = client.get_children(path).await?;
            Value::Children { names: names.into(), stat }
        },
    })
}

/// A read that arms a watch. No watch comes back when the server set none
/// (reading data or children of a node that does not exist fails instead).
async fn fetch_watched(client: &Client, kind: Kind, path: &str) -> std::result::Result<(Value, Option<OneshotWatcher>), zookeeper_client::Error> {
    Ok(match kind {
        Kind::Data => {
            let (data, stat, watch) = client.get_and_watch_nullable_data(path).await?;
            (Value::Data { data: data.map(Into::into), stat }, Some(watch))
        },
        Kind::Exists => {
            let (stat, watch) = client.check_and_watch_stat(path).await?;
            (Value::Exists(stat), Some(watch))
        },
        Kind::Children => {
            let (names, stat, watch) = client.get_and_watch_children(path).await?;
            (Value::Children { names: names.into(), stat }, Some(watch))
        },
    })
}

/// The watch's event, or a session-closed event if the client went away
/// without delivering one (the library then drops the sender, which panics
/// inside `changed`: caught here, within the task that owns the watcher, so
/// aborting that task still drops the watcher).
pub(super) async fn wait_for(watch: OneshotWatcher) -> (EventType, SessionState, String) {
    use futures::FutureExt;
    match std::panic::AssertUnwindSafe(watch.changed()).catch_unwind().await {
        Ok(event) => (event.event_type, event.session_state, event.path),
        Err(_) => (EventType::Session, SessionState::Closed, String::new()),
    }
}

async fn deliver_when_fired(watch: OneshotWatcher, waiter: Waiter) {
    let (event_type, state, path) = wait_for(watch).await;
    waiter.deliver(event_type, state, path);
}

/// Where a watch event becomes a cache invalidation: the entry of this
/// generation goes, and its waiters get the event.
async fn watch_entry(session: Weak<ZkSession>, kind: Kind, path: String, generation: u64, watch: OneshotWatcher) {
    let (event_type, state, _) = wait_for(watch).await;
    let Some(session) = session.upgrade() else {
        return;
    };
    for waiter in session.cache.fired(kind, &path, generation) {
        let shown = if event_type == EventType::Session { String::new() } else { path.clone() };
        waiter.deliver(event_type, state, shown);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_of_paths() {
        assert_eq!(parent("/a"), "/");
        assert_eq!(parent("/a/b"), "/a");
        assert_eq!(parent("/a/b/c"), "/a/b");
        assert_eq!(parent("/"), "/");
    }

    #[test]
    fn key_debug_hides_credentials() {
        let key = SessionKey::new("h:1".into(), vec![("digest".into(), b"user:secret".to_vec())]);
        let text = format!("{key:?}");
        assert!(text.contains("digest"));
        assert!(!text.contains("secret"), "{text}");
    }
}
