//! Ephemeral nodes kept by a task of their own: the building block of the
//! recipes (a lock's place in its queue, an election candidate, a service
//! registration).
//!
//! The node is created at once (so the caller learns about a bad path or a
//! missing permission), then a task on the runtime watches it. A sequential
//! node is a place in a queue (its siblings with a sequence suffix, ordered by
//! it): the task watches the node just ahead (ZooKeeper's lock recipe: a
//! release wakes exactly the next one, no herd) and reports the place. When
//! the node goes (its session expired, or someone deleted it) the task makes
//! it again if asked to (`recreate`), on whatever session the ZooKeeper
//! session has by then; otherwise it reports `Lost` and ends.
//!
//! A sequential node's name starts with a prefix unique to it, so a create
//! whose reply was lost is found again instead of leaving a second node.

use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};
use tokio::sync::watch;
use tokio::task::AbortHandle;
use zookeeper_client::{Acl, Acls, Client, CreateMode, OneshotWatcher};

use super::error::{Error, Result};
use super::session::{parent, wait_for, Link, ZkSession};

/// What to keep.
#[derive(Clone, Debug)]
pub struct EphemeralSpec {
    /// The node; for a sequential one, "<dir>/<unique prefix>" (the server
    /// appends the sequence number).
    pub path: String,
    pub data: Vec<u8>,
    pub acl: Vec<Acl>,
    pub sequential: bool,
    /// Make it again whenever it goes; false: report `Lost` and stop.
    pub recreate: bool,
}

/// Where the kept node stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeState {
    /// Not there now: being made (again), or a plain node's path is held by
    /// another session, which it waits for.
    Pending,
    /// The node exists and belongs to the ZooKeeper session `session` (its
    /// id). `ahead`: the queue node just before it (None: first in its
    /// queue; always None for a plain node).
    Present { path: String, ahead: Option<String>, session: i64 },
    /// Gone for good: lost without `recreate`, or removed.
    Lost,
}

impl NodeState {
    /// First in its queue (a lock held, an election won).
    pub fn is_first(&self) -> bool {
        matches!(self, NodeState::Present { ahead: None, .. })
    }
}

/// Told every new state, on a runtime thread.
pub type Notify = Box<dyn Fn(&NodeState) + Send + Sync>;

struct Shared {
    state: Mutex<NodeState>,
    changed: Condvar,
    notify: Notify,
    /// The node this session has made (also before its place is known).
    node: Mutex<Option<String>>,
}

impl Shared {
    fn set(&self, state: NodeState) {
        {
            let mut current = self.state.lock();
            if *current == state {
                return;
            }
            current.clone_from(&state);
            self.changed.notify_all();
        }
        (self.notify)(&state);
    }
}

/// A kept ephemeral node. Dropping it stops keeping it and deletes it in
/// the background; `remove` does so at once.
pub struct KeptEphemeral {
    shared: Arc<Shared>,
    task: AbortHandle,
    session: Arc<ZkSession>,
    spec: EphemeralSpec,
}

/// How long the task pauses after a failed request before the next try.
const PAUSE: Duration = Duration::from_millis(200);

impl ZkSession {
    /// Creates the node described by `spec` (and its missing parents, as
    /// container nodes) within `timeout`, then keeps it (see the module).
    pub fn keep_ephemeral(self: &Arc<Self>, spec: EphemeralSpec, timeout: Duration, notify: Notify) -> Result<KeptEphemeral> {
        self.keep_for_ephemerals();
        let first = self.call(timeout, |client| {
            let spec = &spec;
            async move {
                let made = make(&client, spec).await?;
                Ok((made, client.session_id().0))
            }
        })?;
        // A sequential node's place is known once the task has looked.
        let (node, state) = match first {
            (Made::Ours(path), owner) if !spec.sequential => (Some((path.clone(), owner)), NodeState::Present { path, ahead: None, session: owner }),
            (Made::Ours(path), owner) => (Some((path, owner)), NodeState::Pending),
            (Made::HeldByOther(_), _) => (None, NodeState::Pending),
        };
        let made = node.as_ref().map(|(path, _)| path.clone());
        let shared = Arc::new(Shared { state: Mutex::new(state), changed: Condvar::new(), notify, node: Mutex::new(made) });
        let task = self.runtime_handle().spawn(keep(Arc::downgrade(self), self.link.subscribe(), spec.clone(), shared.clone(), node));
        Ok(KeptEphemeral { shared, task: task.abort_handle(), session: self.clone(), spec })
    }
}

impl KeptEphemeral {
    pub fn state(&self) -> NodeState {
        self.shared.state.lock().clone()
    }

    /// Blocks the calling thread until `done(state)` or `deadline`; the state then.
    pub fn wait_until(&self, done: impl Fn(&NodeState) -> bool, deadline: Instant) -> NodeState {
        let mut state = self.shared.state.lock();
        while !done(&state) && !self.shared.changed.wait_until(&mut state, deadline).timed_out() {}
        state.clone()
    }

    /// Stops keeping the node and deletes it (a failed delete is retried in
    /// the background until the node or its session is gone).
    pub fn remove(self, timeout: Duration) {
        self.task.abort();
        self.shared.set(NodeState::Lost);
        for path in self.own_nodes(timeout) {
            if let Err(err) = self.session.delete(&path, None, timeout) {
                if !err.is_no_node() && err != Error::Closed {
                    self.session.delete_in_background(path, || {});
                }
            }
        }
    }

    /// The nodes to delete: the kept one, and for a sequential node any other
    /// of this session with its unique prefix (a create the task had sent).
    fn own_nodes(&self, timeout: Duration) -> Vec<String> {
        let mut paths: Vec<String> = self.shared.node.lock().take().into_iter().collect();
        if self.spec.sequential {
            let dir = parent(&self.spec.path);
            let prefix = child_name(&self.spec.path);
            if let Ok(children) = self.session.children(dir, timeout) {
                let more = children.iter().filter(|name| name.starts_with(prefix)).map(|name| join(dir, name));
                paths.extend(more.filter(|path| !paths.contains(path)).collect::<Vec<_>>());
            }
        }
        paths
    }
}

impl Drop for KeptEphemeral {
    fn drop(&mut self) {
        self.task.abort();
        if let Some(path) = self.shared.node.lock().take() {
            self.session.delete_in_background(path, || {});
        }
    }
}

/// What creating the node gave.
enum Made {
    Ours(String),
    /// A plain node whose path another session holds; the watch fires when it changes.
    HeldByOther(OneshotWatcher),
}

/// What looking at the kept node gave.
enum Seen {
    /// It is there: publish this state, then wait for the watch.
    Watching(NodeState, OneshotWatcher),
    Missing,
    /// Something moved between two requests: look again.
    Again,
}

type ClientResult<T> = std::result::Result<T, zookeeper_client::Error>;

/// What the task waits for before its next look.
enum Then {
    Watch(OneshotWatcher),
    Pause,
    LookAgain,
}

/// The task that keeps one node: see the module. It never holds the client
/// while it waits: the session's close sends closeSession only once the last
/// handle of its client is gone.
async fn keep(session: Weak<ZkSession>, mut link: watch::Receiver<Link>, spec: EphemeralSpec, shared: Arc<Shared>, mut node: Option<(String, i64)>) {
    loop {
        let Some(client) = ready(&mut link).await else {
            shared.set(NodeState::Lost);
            return;
        };
        if session.strong_count() == 0 {
            return;
        }
        let id = client.session_id().0;
        // An ephemeral node of an earlier (expired) session went with it.
        if node.as_ref().is_some_and(|(_, owner)| *owner != id) {
            node = None;
        }
        shared.node.lock().clone_from(&node.as_ref().map(|(path, _)| path.clone()));
        let then = match node.clone() {
            None if !spec.recreate => {
                shared.set(NodeState::Lost);
                return;
            },
            None => {
                shared.set(NodeState::Pending);
                match make(&client, &spec).await {
                    Ok(Made::Ours(path)) => {
                        node = Some((path, id));
                        Then::LookAgain
                    },
                    Ok(Made::HeldByOther(watch)) => Then::Watch(watch),
                    Err(_) => Then::Pause,
                }
            },
            Some((path, _)) => match look(&client, &spec, &path, id).await {
                Ok(Seen::Watching(state, watch)) => {
                    shared.set(state);
                    Then::Watch(watch)
                },
                Ok(Seen::Missing) => {
                    node = None;
                    Then::LookAgain
                },
                Ok(Seen::Again) => Then::LookAgain,
                Err(_) => Then::Pause,
            },
        };
        drop(client);
        match then {
            Then::Watch(watch) => drop(wait_for(watch).await),
            Then::Pause => tokio::time::sleep(PAUSE).await,
            Then::LookAgain => {},
        }
    }
}

/// The connected client, waiting for one; None once the session is closed for good.
async fn ready(link: &mut watch::Receiver<Link>) -> Option<Arc<Client>> {
    loop {
        match &*link.borrow_and_update() {
            Link::Ready(client) => return Some(client.clone()),
            Link::Failed(_) => return None,
            Link::Connecting => {},
        }
        link.changed().await.ok()?;
    }
}

/// Creates the node (its missing parents as containers first), or finds it
/// again: a sequential node of this session with the unique prefix, a plain
/// node this session owns already.
async fn make(client: &Client, spec: &EphemeralSpec) -> ClientResult<Made> {
    let dir = parent(&spec.path);
    if spec.sequential {
        let prefix = child_name(&spec.path);
        let children = match client.list_children(dir).await {
            Err(zookeeper_client::Error::NoNode) => Vec::new(),
            listed => listed?,
        };
        for name in children.iter().filter(|name| name.starts_with(prefix)) {
            let path = join(dir, name);
            if client.check_stat(&path).await?.is_some_and(|stat| stat.ephemeral_owner == client.session_id().0) {
                return Ok(Made::Ours(path));
            }
        }
    }
    let mode = if spec.sequential { CreateMode::EphemeralSequential } else { CreateMode::Ephemeral };
    let create = || async { client.create(&spec.path, &spec.data, &mode.with_acls(Acls::new(&spec.acl))).await };
    let created = match create().await {
        Err(zookeeper_client::Error::NoNode) => {
            client.mkdir(dir, &CreateMode::Container.with_acls(Acls::new(&spec.acl))).await?;
            create().await
        },
        other => other,
    };
    match created {
        Ok((_, sequence)) if spec.sequential => Ok(Made::Ours(format!("{}{sequence}", spec.path))),
        Ok(_) => Ok(Made::Ours(spec.path.clone())),
        Err(zookeeper_client::Error::NodeExists) if !spec.sequential => {
            let (stat, watch) = client.check_and_watch_stat(&spec.path).await?;
            match stat {
                Some(stat) if stat.ephemeral_owner == client.session_id().0 => Ok(Made::Ours(spec.path.clone())),
                Some(_) => Ok(Made::HeldByOther(watch)),
                // Gone in between: the caller tries again.
                None => Err(zookeeper_client::Error::NoNode),
            }
        },
        Err(err) => Err(err),
    }
}

/// Where the node stands, with a watch on what can change that: the node
/// ahead in its queue, or the node itself.
async fn look(client: &Client, spec: &EphemeralSpec, path: &str, owner: i64) -> ClientResult<Seen> {
    let mut ahead = None;
    if spec.sequential {
        let dir = parent(path);
        let children = match client.list_children(dir).await {
            Err(zookeeper_client::Error::NoNode) => return Ok(Seen::Missing),
            listed => listed?,
        };
        match place_in_queue(&children, child_name(path)) {
            None => return Ok(Seen::Missing),
            Some(None) => {},
            Some(Some(before)) => ahead = Some(join(dir, before)),
        }
    }
    let watched = ahead.as_deref().unwrap_or(path);
    let (stat, watch) = client.check_and_watch_stat(watched).await?;
    match (stat, &ahead) {
        (Some(stat), None) if stat.ephemeral_owner != owner => Ok(Seen::Missing),
        (Some(_), _) => Ok(Seen::Watching(NodeState::Present { path: path.to_owned(), ahead, session: owner }, watch)),
        (None, None) => Ok(Seen::Missing),
        // The one ahead went between the listing and the watch.
        (None, Some(_)) => Ok(Seen::Again),
    }
}

/// The sequence number of a queue node: the ten digits the server appended.
pub fn sequence_of(name: &str) -> Option<u64> {
    let digits = name.get(name.len().checked_sub(10)?..)?;
    digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse().ok()).flatten()
}

/// `own`'s place among `children`: None if it is not there, Some(None) if
/// first, Some(Some(name)) with the node just ahead. Names without a
/// sequence number are no queue nodes.
pub fn place_in_queue<'a>(children: &'a [String], own: &str) -> Option<Option<&'a str>> {
    let queue = queue_order(children);
    let index = queue.iter().position(|name| *name == own)?;
    Some(index.checked_sub(1).map(|before| queue[before]))
}

/// The queue nodes among `children`, first first.
pub fn queue_order(children: &[String]) -> Vec<&str> {
    let mut queue: Vec<(u64, &String)> = children.iter().filter_map(|name| Some((sequence_of(name)?, name))).collect();
    queue.sort();
    queue.into_iter().map(|(_, name)| name.as_str()).collect()
}

fn child_name(path: &str) -> &str {
    path.rsplit_once('/').map_or(path, |(_, name)| name)
}

fn join(dir: &str, name: &str) -> String {
    if dir == "/" {
        format!("/{name}")
    } else {
        format!("{dir}/{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| name.to_string()).collect()
    }

    #[test]
    fn the_sequence_is_the_ten_digits_at_the_end() {
        assert_eq!(sequence_of("lock-ab12-0000000007"), Some(7));
        assert_eq!(sequence_of("0000000000"), Some(0));
        assert_eq!(sequence_of("lock-000000007"), None, "nine digits");
        assert_eq!(sequence_of("lock-00000000x7"), None);
        assert_eq!(sequence_of("short"), None);
    }

    #[test]
    fn places_follow_the_sequence_not_the_name() {
        let children = names(&["z-0000000003", "a-0000000010", "m-0000000001", "readme"]);
        assert_eq!(queue_order(&children), vec!["m-0000000001", "z-0000000003", "a-0000000010"]);
        assert_eq!(place_in_queue(&children, "m-0000000001"), Some(None));
        assert_eq!(place_in_queue(&children, "a-0000000010"), Some(Some("z-0000000003")));
        assert_eq!(place_in_queue(&children, "readme"), None, "not a queue node");
        assert_eq!(place_in_queue(&children, "gone-0000000002"), None);
    }

    #[test]
    fn paths_join_under_the_root_too() {
        assert_eq!(join("/", "a"), "/a");
        assert_eq!(join("/x", "a"), "/x/a");
        assert_eq!(child_name("/x/lock-1-"), "lock-1-");
    }
}
