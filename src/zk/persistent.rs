//! Persistent watches of one ZooKeeper session (ZooKeeper 3.6+ `addWatch`):
//! what `Zookeeper::addWatch()` registers, and preloaded subtrees.
//!
//! One server-side watch per path, shared by all that want it (listeners of
//! running requests, a preload), kept by a task of its own. The task makes
//! the watch on whatever client the session has (again after an expiry: the
//! server forgets a session's watches with it), and turns its events into
//! cache invalidations, callbacks, and for a preload the subtree's refresh.
//!
//! The cache's entries under an active persistent watch have no watch of
//! their own (`Coverage::Kept`): the persistent watch's events keep them
//! valid. No read ever arms a standard watch on a persistent watch's own path
//! either: a server before 3.9 keeps one watch mode per path and session
//! (ZOOKEEPER-4466), and would turn the persistent watch into a one-time one.
//!
//! Events during a disconnection can be lost (ZOOKEEPER-4698: a server does
//! not replay them for persistent watches as it does for standard ones). So
//! after a reconnect (or on a new client) everything the watch kept is
//! dropped, a preload is loaded again, read watchers waiting under it fire,
//! and its listeners are told (SESSION_EVENT, CONNECTED) with the watch's
//! path: the sign to read again what they care about.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use parking_lot::Mutex;
use tokio::sync::{watch, Notify};
use tokio::task::AbortHandle;
use zookeeper_client::{AddWatchMode, Client, EventType, PersistentWatcher, SessionState, WatchedEvent};

use super::cache::{Kind, Value};
use super::error::{Error, Result};
use super::events::{Waiter, WatcherId};
use super::session::{parent, Link, ZkSession};

/// ZooKeeper's two modes of `addWatch`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WatchMode {
    /// Events of the node itself, children changes included.
    Persistent,
    /// Events of the node and every node below it (no children events: the
    /// children's own creations and deletions instead).
    Recursive,
}

impl WatchMode {
    fn recursive(self) -> bool {
        self == WatchMode::Recursive
    }

    fn name(self) -> &'static str {
        match self {
            WatchMode::Persistent => "persistent",
            WatchMode::Recursive => "persistent recursive",
        }
    }
}

/// How a read of a path stands to the session's persistent watches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Coverage {
    /// None covers it: reads arm watches of their own, as always.
    None,
    /// A persistent watch is being made on this very path: a read arms no
    /// watch (ZOOKEEPER-4466) and its answer is not kept.
    NoWatch,
    /// An active persistent watch keeps entries of this path valid.
    Kept,
}

/// The persistent watches of one session, by path.
#[derive(Default)]
pub(super) struct PersistentWatches {
    table: Mutex<HashMap<String, Registered>>,
    /// The preloads of the settings were started (once per session).
    configured_preloads: AtomicBool,
}

struct Registered {
    mode: WatchMode,
    /// The callbacks of running requests (`Zookeeper::addWatch()`).
    listeners: Vec<Waiter>,
    shared: Arc<Shared>,
    task: AbortHandle,
}

/// What the watch's task and the callers share.
struct Shared {
    status: watch::Sender<Status>,
    /// A preload holds the watch (for the life of the process) and keeps its
    /// subtree loaded.
    preload: AtomicBool,
    /// Load the subtree now (a preload was asked for).
    load: Notify,
}

#[derive(Clone, Debug, Default)]
struct Status {
    /// The server has the watch (false while it is being made).
    active: bool,
    /// The subtree is in the cache (a preload).
    loaded: bool,
    /// Why the last try to make the watch or load the subtree failed.
    failed: Option<Error>,
}

/// What a caller wants of a path's watch.
enum Want {
    Listener(Waiter),
    Preload,
}

impl PersistentWatches {
    pub(super) fn coverage(&self, path: &str) -> Coverage {
        let table = self.table.lock();
        if table.is_empty() {
            return Coverage::None;
        }
        let active = |registered: &Registered| registered.shared.status.borrow().active;
        let mut coverage = match table.get(path) {
            Some(registered) if active(registered) => return Coverage::Kept,
            Some(_) => Coverage::NoWatch,
            None => Coverage::None,
        };
        let mut ancestor = path;
        while ancestor != "/" {
            ancestor = parent(ancestor);
            if table.get(ancestor).is_some_and(|registered| registered.mode.recursive() && active(registered)) {
                coverage = Coverage::Kept;
                break;
            }
        }
        coverage
    }

    /// The live listeners of the watch on `path`.
    fn listeners(&self, path: &str) -> Vec<Waiter> {
        let mut table = self.table.lock();
        let Some(registered) = table.get_mut(path) else { return Vec::new() };
        registered.listeners.retain(Waiter::is_alive);
        registered.listeners.clone()
    }

    fn want(&self, session: &Arc<ZkSession>, path: &str, mode: WatchMode, want: Want) -> Result<Arc<Shared>> {
        let mut table = self.table.lock();
        if let Some(registered) = table.get_mut(path) {
            if registered.mode != mode {
                return Err(Error::bad_arguments(format!(
                    "{path} has a {} watch in this ZooKeeper session already; ZooKeeper keeps one watch mode per path and session (ZOOKEEPER-4466): remove it first, or ask for the same mode",
                    registered.mode.name()
                )));
            }
            let shared = registered.shared.clone();
            match want {
                Want::Listener(waiter) => {
                    registered.listeners.retain(Waiter::is_alive);
                    registered.listeners.push(waiter);
                },
                // Loaded (or loading) already: once per process.
                Want::Preload if shared.preload.load(Ordering::Acquire) => {},
                Want::Preload => request_load(&shared),
            }
            return Ok(shared);
        }
        let shared = Arc::new(Shared { status: watch::Sender::new(Status::default()), preload: AtomicBool::new(false), load: Notify::new() });
        let listeners = match want {
            Want::Listener(waiter) => vec![waiter],
            Want::Preload => {
                request_load(&shared);
                Vec::new()
            },
        };
        let task = session.runtime_handle().spawn(keep_watch(Arc::downgrade(session), path.to_owned(), mode, shared.clone()));
        table.insert(path.to_owned(), Registered { mode, listeners, shared: shared.clone(), task: task.abort_handle() });
        Ok(shared)
    }

    /// Takes out the watches nothing needs any more (no live listener, no
    /// preload, no read watcher waiting under it), for the caller to end.
    fn take_unused(&self, session: &ZkSession) -> Vec<(String, Registered)> {
        let mut table = self.table.lock();
        let unused: Vec<String> = table
            .iter_mut()
            .filter_map(|(path, registered)| {
                registered.listeners.retain(Waiter::is_alive);
                let used = !registered.listeners.is_empty()
                    || registered.shared.preload.load(Ordering::Acquire)
                    || session.cache.has_kept_waiters_under(path, registered.mode.recursive());
                (!used).then(|| path.clone())
            })
            .collect();
        unused.into_iter().filter_map(|path| table.remove_entry(&path)).collect()
    }
}

fn request_load(shared: &Shared) {
    shared.preload.store(true, Ordering::Release);
    shared.status.send_modify(|status| status.failed = None);
    shared.load.notify_one();
}

/// How long the task pauses after a failed request before the next try.
const PAUSE: Duration = Duration::from_millis(200);
/// How many nodes of a preloaded subtree are read in one round trip.
const BATCH: usize = 500;

impl ZkSession {
    /// Adds `listener` to the persistent watch on `path` (made on the server
    /// first if needed, within `timeout`). Its events reach the listener until
    /// its request ends or `remove_listeners`.
    pub fn add_watch(self: &Arc<Self>, path: &str, mode: WatchMode, listener: Waiter, timeout: Duration) -> Result<()> {
        let id = listener.watcher;
        let shared = self.watches.want(self, path, mode, Want::Listener(listener))?;
        let outcome = self.wait_for_status(&shared, timeout, |status| status.active);
        if outcome.is_err() {
            self.remove_listeners(path, &[id]);
        }
        outcome.map_err(|err| match err {
            Error::OperationTimeout => Error::ConnectionLoss(format!("the watch on {path} could not be made within {} ms", timeout.as_millis())),
            err => err,
        })
    }

    /// Drops the listeners `ids` from the watch on `path` (the server-side
    /// watch goes once nothing needs it); whether any was there.
    pub fn remove_listeners(&self, path: &str, ids: &[WatcherId]) -> bool {
        let removed = {
            let mut table = self.watches.table.lock();
            table.get_mut(path).is_some_and(|registered| {
                let before = registered.listeners.len();
                registered.listeners.retain(|waiter| !ids.contains(&waiter.watcher));
                registered.listeners.len() != before
            })
        };
        self.release_unused_watches();
        removed
    }

    /// Removes from the server the persistent watches nothing needs any more
    /// (their requests ended), and what they kept from the cache.
    pub fn release_unused_watches(&self) {
        for (path, registered) in self.watches.take_unused(self) {
            // Dropping the task's watcher removes the watch from the server.
            registered.task.abort();
            self.cache.drop_kept_under(&path, registered.mode.recursive());
        }
    }

    /// True the first time only: the caller starts the preloads its settings
    /// name (once per session, whatever becomes of them).
    pub fn start_configured_preloads(&self) -> bool {
        !self.watches.configured_preloads.swap(true, Ordering::AcqRel)
    }

    /// Keeps the subtree at `path` in the cache for the life of the process,
    /// with one persistent recursive watch (see the module); returns once it
    /// is loaded, within `timeout` (else it goes on loading in the background).
    pub fn preload(self: &Arc<Self>, path: &str, timeout: Duration) -> Result<()> {
        let shared = self.watches.want(self, path, WatchMode::Recursive, Want::Preload)?;
        self.wait_for_status(&shared, timeout, |status| status.loaded).map_err(|err| match err {
            Error::OperationTimeout => {
                Error::ConnectionLoss(format!("{path} was not loaded within {} ms; it goes on loading in the background", timeout.as_millis()))
            },
            err => err,
        })
    }

    fn wait_for_status(&self, shared: &Shared, timeout: Duration, done: impl Fn(&Status) -> bool) -> Result<()> {
        let mut status = shared.status.subscribe();
        let deadline = tokio::time::Instant::from_std(super::clock::deadline_after(timeout));
        self.runtime_handle().block_on(async move {
            loop {
                {
                    let now = status.borrow_and_update();
                    if done(&now) {
                        return Ok(());
                    }
                    if let Some(err) = &now.failed {
                        return Err(err.clone());
                    }
                }
                match tokio::time::timeout_at(deadline, status.changed()).await {
                    Ok(Ok(())) => {},
                    Ok(Err(_)) => return Err(Error::Closed),
                    Err(_) => return Err(Error::OperationTimeout),
                }
            }
        })
    }
}

/// The task that keeps the watch on `path`: see the module.
async fn keep_watch(session: Weak<ZkSession>, path: String, mode: WatchMode, shared: Arc<Shared>) {
    let Some(mut link) = session.upgrade().map(|session| session.link.subscribe()) else { return };
    let mut previous = Weak::new();
    let mut first = true;
    loop {
        let Some(mut watcher) = establish(&session, &mut link, &path, mode, &shared, &mut previous).await else { return };
        if !first {
            // A new client: whatever happened while the watch was gone was not told.
            after_gap(&session, &path, mode, &shared).await;
        }
        first = false;
        follow(&session, &path, mode, &shared, &mut watcher).await;
        shared.status.send_modify(|status| {
            status.active = false;
            status.loaded = false;
        });
    }
}

/// Makes the watch on the first connected client other than `previous` (whose
/// watches are gone); None once the session is closed for good.
async fn establish(
    session: &Weak<ZkSession>,
    link: &mut watch::Receiver<Link>,
    path: &str,
    mode: WatchMode,
    shared: &Shared,
    previous: &mut Weak<Client>,
) -> Option<PersistentWatcher> {
    loop {
        let client = loop {
            let current = link.borrow_and_update().clone();
            match current {
                Link::Ready(client) if !Weak::ptr_eq(previous, &Arc::downgrade(&client)) => break client,
                Link::Failed(_) => return None,
                _ => {},
            }
            link.changed().await.ok()?;
        };
        if session.strong_count() == 0 {
            return None;
        }
        let add_mode = match mode {
            WatchMode::Persistent => AddWatchMode::Persistent,
            WatchMode::Recursive => AddWatchMode::PersistentRecursive,
        };
        let made = client.watch(path, add_mode).await;
        *previous = Arc::downgrade(&client);
        // Never held while waiting: closing the session needs its last handle.
        drop(client);
        match made {
            Ok(watcher) => {
                shared.status.send_modify(|status| {
                    status.active = true;
                    status.failed = None;
                });
                return Some(watcher);
            },
            Err(err) => {
                // Told to whoever waits; tried again (on this client too) after a pause.
                *previous = Weak::new();
                shared.status.send_modify(|status| status.failed = Some(Error::from_request(err)));
                tokio::time::sleep(PAUSE).await;
            },
        }
    }
}

/// Follows the watch's events until its client is finished.
async fn follow(session: &Weak<ZkSession>, path: &str, mode: WatchMode, shared: &Shared, watcher: &mut PersistentWatcher) {
    let mut disconnected = false;
    loop {
        tokio::select! {
            biased;
            event = next_event(watcher) => {
                let Some(event) = event else { return };
                match (event.event_type, event.session_state) {
                    (EventType::Session, SessionState::Disconnected) => disconnected = true,
                    (EventType::Session, SessionState::SyncConnected | SessionState::ConnectedReadOnly) if disconnected => {
                        disconnected = false;
                        after_gap(session, path, mode, shared).await;
                    },
                    (EventType::Session, _) => {},
                    (event_type, _) => changed(session, path, mode, shared, event_type, &event.path).await,
                }
            },
            () = shared.load.notified() => load(session, path, shared).await,
        }
    }
}

/// The next event; None when the client is finished (a terminal session
/// state, after which the library drops the sender and `changed` panics).
async fn next_event(watcher: &mut PersistentWatcher) -> Option<WatchedEvent> {
    use futures::FutureExt;
    match std::panic::AssertUnwindSafe(watcher.changed()).catch_unwind().await {
        Ok(event) if event.event_type == EventType::Session && event.session_state.is_terminated() => None,
        Ok(event) => Some(event),
        Err(_) => None,
    }
}

/// What an event concerns.
struct Affected {
    /// Entries to drop (and, for a preload, read again).
    stale: Vec<(Kind, String)>,
    /// The waiters to tell, each with the event they get.
    told: Vec<(Kind, String, EventType)>,
}

/// What an event of the watch on `root` at `path` concerns.
fn affected(root: &str, mode: WatchMode, event_type: EventType, path: &str) -> Affected {
    let node = |kinds: &[Kind]| kinds.iter().map(|kind| (*kind, path.to_owned())).collect::<Vec<_>>();
    let mut stale = node(&[Kind::Data, Kind::Exists, Kind::Children]);
    let mut told = Vec::new();
    match event_type {
        EventType::NodeDataChanged => {
            stale = node(&[Kind::Data, Kind::Exists]);
            told.extend([Kind::Data, Kind::Exists].map(|kind| (kind, path.to_owned(), event_type)));
        },
        EventType::NodeChildrenChanged => told.push((Kind::Children, path.to_owned(), event_type)),
        EventType::NodeCreated | EventType::NodeDeleted => {
            told.extend([Kind::Data, Kind::Exists].map(|kind| (kind, path.to_owned(), event_type)));
            if event_type == EventType::NodeDeleted {
                told.push((Kind::Children, path.to_owned(), event_type));
            }
            // Below a recursive watch the parent's children (and stat) changed too.
            if mode.recursive() && path != root {
                let up = parent(path).to_owned();
                stale.extend([Kind::Data, Kind::Exists, Kind::Children].map(|kind| (kind, up.clone())));
                told.push((Kind::Children, up, EventType::NodeChildrenChanged));
            }
        },
        EventType::Session => {},
    }
    Affected { stale, told }
}

/// A node event: stale entries go (a preload reads them again), then the
/// waiters and listeners hear of it.
async fn changed(session: &Weak<ZkSession>, root: &str, mode: WatchMode, shared: &Shared, event_type: EventType, path: &str) {
    let Some(session) = session.upgrade() else { return };
    let Affected { stale, told } = affected(root, mode, event_type, path);
    let stale_refs: Vec<(Kind, &str)> = stale.iter().map(|(kind, path)| (*kind, path.as_str())).collect();
    session.cache.invalidate_kept(&stale_refs);
    if shared.status.borrow().loaded && shared.preload.load(Ordering::Acquire) {
        refresh(&session, root, shared, &stale).await;
    }
    let mut fired = false;
    for (kind, at, event) in told {
        for waiter in session.cache.take_kept_waiters(kind, &at) {
            waiter.deliver(event, SessionState::SyncConnected, at.clone());
            fired = true;
        }
    }
    for listener in session.watches.listeners(root) {
        listener.deliver(event_type, SessionState::SyncConnected, path.to_owned());
    }
    if fired {
        // A watch kept only for these waiters is not needed any more.
        session.release_unused_watches();
    }
}

/// After events may have been lost: drop what the watch kept (a preload
/// loads it again), fire the read watchers under it (their change may have
/// gone unseen), and tell the listeners.
async fn after_gap(session: &Weak<ZkSession>, root: &str, mode: WatchMode, shared: &Shared) {
    let Some(strong) = session.upgrade() else { return };
    strong.cache.drop_kept_under(root, mode.recursive());
    drop(strong);
    if shared.preload.load(Ordering::Acquire) {
        load(session, root, shared).await;
    }
    let Some(session) = session.upgrade() else { return };
    for (kind, path, waiter) in session.cache.take_kept_waiters_under(root, mode.recursive()) {
        let event = if kind == Kind::Children { EventType::NodeChildrenChanged } else { EventType::NodeDataChanged };
        waiter.deliver(event, SessionState::SyncConnected, path);
    }
    for listener in session.watches.listeners(root) {
        listener.deliver(EventType::Session, SessionState::SyncConnected, root.to_owned());
    }
}

/// Why a load did not finish.
enum NotLoaded {
    /// No connection, or the server did not answer: try again.
    Again,
    /// The subtree does not fit in the cache's bound.
    TooLarge(Error),
}

/// Loads the preloaded subtree at `root` into the cache, trying again while
/// the connection is down; a subtree that does not fit is given up.
async fn load(session: &Weak<ZkSession>, root: &str, shared: &Shared) {
    if !shared.preload.load(Ordering::Acquire) {
        return;
    }
    shared.status.send_modify(|status| status.loaded = false);
    loop {
        let Some(strong) = session.upgrade().filter(|session| session.is_usable()) else { return };
        match load_once(&strong, root).await {
            Ok(()) => {
                shared.status.send_modify(|status| status.loaded = true);
                return;
            },
            Err(NotLoaded::TooLarge(err)) => {
                give_up(&strong, root, shared, err);
                return;
            },
            Err(NotLoaded::Again) => {
                drop(strong);
                tokio::time::sleep(PAUSE).await;
            },
        }
    }
}

/// One pass over the subtree, level by level, each level's nodes read in
/// batches of one round trip.
async fn load_once(session: &ZkSession, root: &str) -> std::result::Result<(), NotLoaded> {
    session.cache.drop_kept_under(root, true);
    let mut level = vec![root.to_owned()];
    while !level.is_empty() {
        let mut next = Vec::new();
        for batch in level.chunks(BATCH) {
            let nodes: Vec<(String, bool, bool)> = batch.iter().map(|path| (path.clone(), true, true)).collect();
            next.extend(read_and_pin(session, root, &nodes).await.ok_or(NotLoaded::Again)?);
            check_fits(session, root)?;
        }
        level = next;
    }
    Ok(())
}

/// A preload's refresh after an event: the stale nodes read again.
async fn refresh(session: &Arc<ZkSession>, root: &str, shared: &Shared, stale: &[(Kind, String)]) {
    let mut nodes: Vec<(String, bool, bool)> = Vec::new();
    for (kind, path) in stale {
        let index = match nodes.iter().position(|(known, ..)| known == path) {
            Some(index) => index,
            None => {
                nodes.push((path.clone(), false, false));
                nodes.len() - 1
            },
        };
        match kind {
            Kind::Data => nodes[index].1 = true,
            Kind::Children => nodes[index].2 = true,
            Kind::Exists => {},
        }
    }
    // Failing, the entries stay out: reads go to the server until the next
    // event or reload.
    if read_and_pin(session, root, &nodes).await.is_some() {
        if let Err(NotLoaded::TooLarge(err)) = check_fits(session, root) {
            give_up(session, root, shared, err);
        }
    }
}

/// Reads `(path, data?, children?)` in one round trip and pins what it read,
/// again if a write of this process made it stale meanwhile (a few times);
/// the children's paths, or None when the reads failed.
async fn read_and_pin(session: &ZkSession, root: &str, nodes: &[(String, bool, bool)]) -> Option<Vec<String>> {
    for _ in 0..3 {
        let client = session.ready_client()?;
        let epoch = session.cache.kept_epoch();
        // Every request is sent when made; awaiting in turn collects the replies.
        let data: Vec<_> = nodes.iter().map(|(path, data, _)| data.then(|| client.get_nullable_data(path))).collect();
        let children: Vec<_> = nodes.iter().map(|(path, _, children)| children.then(|| client.get_children(path))).collect();
        drop(client);
        let mut pinned = Vec::new();
        let mut below = Vec::new();
        for ((path, ..), (data, children)) in nodes.iter().zip(data.into_iter().zip(children)) {
            if let Some(data) = data {
                match data.await {
                    Ok((data, stat)) => pinned.push((Kind::Data, path.clone(), Value::Data { data: data.map(Into::into), stat })),
                    // A node that is not there: its parent's children say so, or for the root this.
                    Err(zookeeper_client::Error::NoNode) if path == root => pinned.push((Kind::Exists, path.clone(), Value::Exists(None))),
                    Err(zookeeper_client::Error::NoNode) => {},
                    Err(_) => return None,
                }
            }
            if let Some(children) = children {
                match children.await {
                    Ok((names, stat)) => {
                        below.extend(names.iter().map(|name| if path == "/" { format!("/{name}") } else { format!("{path}/{name}") }));
                        pinned.push((Kind::Children, path.clone(), Value::Children { names: names.into(), stat }));
                    },
                    Err(zookeeper_client::Error::NoNode) => {},
                    Err(_) => return None,
                }
            }
        }
        if session.cache.insert_pinned(pinned, epoch) {
            return Some(below);
        }
    }
    None
}

fn check_fits(session: &ZkSession, root: &str) -> std::result::Result<(), NotLoaded> {
    let pinned = session.cache.pinned_bytes();
    let bound = session.config().cache_max_bytes;
    if pinned <= bound {
        return Ok(());
    }
    Err(NotLoaded::TooLarge(Error::System(format!(
        "the subtree {root} does not fit in the cache: preloaded subtrees need more than {pinned} bytes, zookeeper.cache_max_bytes is {bound} bytes; {root} is not preloaded (its reads are cached one by one as usual)"
    ))))
}

/// A preload that does not fit: its entries go, the watch stays only for
/// its other users; a later preload of the path tries again.
fn give_up(session: &ZkSession, root: &str, shared: &Shared, err: Error) {
    shared.preload.store(false, Ordering::Release);
    session.cache.drop_kept_under(root, true);
    session.release_unused_watches();
    // Told last: a caller waiting for the load finds the cache as it will stay.
    shared.status.send_modify(|status| {
        status.loaded = false;
        status.failed = Some(err);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_a_recursive_watch_a_creation_also_makes_the_parent_stale() {
        let Affected { stale, told } = affected("/config", WatchMode::Recursive, EventType::NodeCreated, "/config/db");
        assert!(stale.contains(&(Kind::Children, "/config".to_owned())));
        assert!(stale.contains(&(Kind::Data, "/config/db".to_owned())));
        assert!(told.contains(&(Kind::Children, "/config".to_owned(), EventType::NodeChildrenChanged)));
        assert!(told.contains(&(Kind::Exists, "/config/db".to_owned(), EventType::NodeCreated)));

        let Affected { stale, told } = affected("/config", WatchMode::Recursive, EventType::NodeCreated, "/config");
        assert!(!stale.iter().any(|(_, path)| path == "/"), "the root's parent is not covered");
        assert!(!told.iter().any(|(_, path, _)| path == "/"));
    }

    #[test]
    fn a_data_change_leaves_children_alone() {
        let Affected { stale, told } = affected("/a", WatchMode::Persistent, EventType::NodeDataChanged, "/a");
        assert_eq!(stale, vec![(Kind::Data, "/a".to_owned()), (Kind::Exists, "/a".to_owned())]);
        assert!(!told.iter().any(|(kind, ..)| *kind == Kind::Children));
        let Affected { told, .. } = affected("/a", WatchMode::Persistent, EventType::NodeDeleted, "/a");
        assert!(told.contains(&(Kind::Children, "/a".to_owned(), EventType::NodeDeleted)));
    }
}
