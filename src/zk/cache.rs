//! The watch-driven cache of one session.
//!
//! An entry is valid exactly while the server watch armed by the read that
//! filled it is pending: the watch task calls `fired` and the entry goes.
//! Generations tie each watch to the entry it guards, so a late event for an
//! entry that was already replaced never removes its successor, and an entry
//! is never kept past its own watch. User watchers ("waiters") attached to an
//! entry that leaves the cache early (own write, eviction, expiry) are kept as
//! orphans of that generation until the watch fires, so they still fire once.
//! Waiters of requests that have ended are dropped as the cache goes (see
//! `Waiter::is_alive`), so memory stays bounded however often a long-lived
//! worker attaches watchers to entries that never change.
//!
//! Entries under a persistent watch (`Zookeeper::addWatch()`, a preloaded
//! subtree: see persistent.rs) have no watch of their own: the persistent
//! watch's events remove them (`invalidate_kept`). Their waiters wait by path
//! (`kept_waiters`), so they fire once for the next event however often the
//! entry comes and goes meanwhile. A preloaded subtree's entries are pinned:
//! never evicted. An epoch counts the persistent watches' events, so a read
//! answered before an event never stores what that event made stale.

use std::collections::HashMap;
use std::sync::Arc;

use hashlink::LinkedHashMap;

/// A fast hash for the hot path (a lookup per cached read), seeded per process.
type Hasher = foldhash::fast::RandomState;
use parking_lot::Mutex;
use tokio::task::AbortHandle;
use zookeeper_client::Stat;

use super::events::Waiter;
use super::stats::Stats;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Data = 0,
    Exists = 1,
    Children = 2,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// `data` None: the node holds null data (length -1 on the wire), which
    /// PECL reads as PHP null; an empty node holds `Some([])`.
    Data {
        data: Option<Arc<[u8]>>,
        stat: Stat,
    },
    /// `None`: the node does not exist (an exists-watch waits for its creation).
    Exists(Option<Stat>),
    Children {
        names: Arc<[String]>,
        stat: Stat,
    },
}

impl Value {
    fn size(&self, path: &str, keeper: Keeper) -> usize {
        // Besides its data, an entry with a watch of its own has a task waiting
        // on it and the client library's registration (~1.6 KB of RSS per entry
        // measured in benches/memory.php), so the bound is about real memory.
        // An entry kept by a persistent watch has only the map's node, key and
        // value (~1.4x the count in RSS over a 5,000-node preload).
        const WATCHED_OVERHEAD: usize = 1536;
        const KEPT_OVERHEAD: usize = 384;
        let overhead = if keeper == Keeper::Watched { WATCHED_OVERHEAD } else { KEPT_OVERHEAD };
        overhead
            + path.len()
            + match self {
                Value::Data { data, .. } => data.as_ref().map_or(0, |data| data.len()),
                Value::Exists(_) => 0,
                Value::Children { names, .. } => names.iter().map(|n| n.len() + 24).sum(),
            }
    }
}

/// What keeps an entry valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Keeper {
    /// The watch armed by the read that filled it.
    Watched,
    /// A persistent watch over its path.
    Kept,
    /// A preloaded subtree's persistent watch; never evicted.
    Pinned,
}

struct Entry {
    value: Value,
    keeper: Keeper,
    /// Set on every hit, cleared when eviction passes over the entry: a hit
    /// costs a store instead of relinking the list (CLOCK, "second chance").
    used: bool,
    generation: u64,
    size: usize,
    waiters: Vec<Waiter>,
    watch: Option<AbortHandle>,
}

impl Entry {
    fn new(path: &str, value: Value, keeper: Keeper, waiters: Vec<Waiter>, generation: u64) -> Entry {
        let size = value.size(path, keeper);
        Entry { value, keeper, used: false, generation, size, waiters, watch: None }
    }
}

/// The waiters of an entry that left the cache before its watch fired, and
/// the watch task that will deliver to them.
#[derive(Default)]
struct Orphan {
    waiters: Vec<Waiter>,
    watch: Option<AbortHandle>,
}

#[derive(Default)]
struct Inner {
    maps: [LinkedHashMap<String, Entry, Hasher>; 3],
    bytes: usize,
    /// Of `bytes`, and of each map's entries: what is pinned.
    pinned_bytes: usize,
    pinned: [usize; 3],
    next_generation: u64,
    orphans: HashMap<u64, Orphan>,
    /// Orphan count after the last pruning: prune again when it has doubled.
    orphans_pruned_at: usize,
    /// Counts the persistent watches' events (see `insert_kept`).
    kept_epoch: u64,
    /// Waiters of entries kept by persistent watches, by what they wait for.
    kept_waiters: HashMap<(Kind, String), Vec<Waiter>>,
    kept_waiters_pruned_at: usize,
}

pub struct Cache {
    inner: Mutex<Inner>,
    max_bytes: usize,
    stats: Arc<Stats>,
}

impl Cache {
    pub fn new(max_bytes: usize, stats: Arc<Stats>) -> Self {
        Cache { inner: Mutex::new(Inner::default()), max_bytes, stats }
    }

    /// A hit marks the entry recently used and attaches `waiter` to the watch
    /// that is already armed: no extra server round trip. An existing node's
    /// data entry answers `Exists` too (a data watch fires on what an exists
    /// watch on an existing node fires on).
    /// `read` runs under the cache's lock (it must not use the cache, nor
    /// block): it can take what it needs without copying the entry.
    pub fn lookup_with<R>(&self, kind: Kind, path: &str, waiter: Option<&Waiter>, read: impl FnOnce(&Value) -> R) -> Option<R> {
        let mut inner = self.inner.lock();
        let inner = &mut *inner;
        let (entry, from_data) = match inner.maps[kind as usize].get_mut(path) {
            Some(entry) => (entry, false),
            None if kind == Kind::Exists => (inner.maps[Kind::Data as usize].get_mut(path)?, true),
            None => return None,
        };
        entry.used = true;
        let found = match &entry.value {
            Value::Data { stat, .. } if from_data => read(&Value::Exists(Some(*stat))),
            value => read(value),
        };
        let keeper = entry.keeper;
        if let Some(waiter) = waiter {
            if keeper == Keeper::Watched {
                entry.waiters.retain(Waiter::is_alive);
                entry.waiters.push(waiter.clone());
            } else {
                Self::add_kept_waiter(inner, if from_data { Kind::Data } else { kind }, path, waiter);
            }
        }
        Stats::count(&self.stats.hits);
        Some(found)
    }

    /// Stores what a watching read returned; returns the generation its watch
    /// task must report to `fired`. Evicts least recently used entries when
    /// over the byte bound (possibly this one, if it alone is too large).
    pub fn insert(&self, kind: Kind, path: &str, value: Value, waiter: Option<&Waiter>) -> u64 {
        let mut inner = self.inner.lock();
        inner.next_generation += 1;
        let generation = inner.next_generation;
        let entry = Entry::new(path, value, Keeper::Watched, waiter.into_iter().cloned().collect(), generation);
        self.put(&mut inner, kind, path, entry);
        self.evict_over_bound(&mut inner);
        generation
    }

    /// The epoch to hand `insert_kept` for a read sent now.
    pub fn kept_epoch(&self) -> u64 {
        self.inner.lock().kept_epoch
    }

    /// Stores what a read under a persistent watch returned, unless one of the
    /// persistent watches' events came since the read was sent (`epoch`: the
    /// answer may be older than the event) or a pinned entry holds the place.
    pub fn insert_kept(&self, kind: Kind, path: &str, value: Value, epoch: u64) {
        let mut inner = self.inner.lock();
        let pinned = inner.maps[kind as usize].get(path).is_some_and(|entry| entry.keeper == Keeper::Pinned);
        if inner.kept_epoch != epoch || pinned {
            return;
        }
        self.put(&mut inner, kind, path, Entry::new(path, value, Keeper::Kept, Vec::new(), 0));
        self.evict_over_bound(&mut inner);
    }

    /// Stores entries of a preloaded subtree, all or (when anything made
    /// entries stale since their reads were sent: `epoch`) none; whether it
    /// did. Pinned entries are never evicted (they may take the place of
    /// others; `pinned_bytes` tells whether they fit).
    pub fn insert_pinned(&self, entries: Vec<(Kind, String, Value)>, epoch: u64) -> bool {
        let mut inner = self.inner.lock();
        if inner.kept_epoch != epoch {
            return false;
        }
        for (kind, path, value) in entries {
            let entry = Entry::new(&path, value, Keeper::Pinned, Vec::new(), 0);
            self.put(&mut inner, kind, &path, entry);
        }
        self.evict_over_bound(&mut inner);
        true
    }

    /// How much of the bound pinned entries take.
    pub fn pinned_bytes(&self) -> usize {
        self.inner.lock().pinned_bytes
    }

    fn put(&self, inner: &mut Inner, kind: Kind, path: &str, entry: Entry) {
        let (size, keeper) = (entry.size, entry.keeper);
        if let Some(old) = inner.maps[kind as usize].insert(path.to_owned(), entry) {
            self.account_removal(inner, kind, &old);
            self.forget(inner, old);
        }
        inner.bytes += size;
        if keeper == Keeper::Pinned {
            inner.pinned_bytes += size;
            inner.pinned[kind as usize] += 1;
        }
        self.stats.entries.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.stats.bytes.fetch_add(size as i64, std::sync::atomic::Ordering::Relaxed);
    }

    /// A persistent watch's event: the entries it makes stale go (those kept
    /// by a persistent watch; an entry with a watch of its own hears its own
    /// event), and reads sent before it store nothing (see `insert_kept`).
    pub fn invalidate_kept(&self, entries: &[(Kind, &str)]) {
        let mut inner = self.inner.lock();
        inner.kept_epoch += 1;
        for (kind, path) in entries {
            if inner.maps[*kind as usize].get(*path).is_some_and(|entry| entry.keeper != Keeper::Watched) {
                self.remove(&mut inner, *kind, path);
            }
        }
    }

    /// Drops every entry kept by a persistent watch at `root` (and below it
    /// when `recursive`): the watch is gone, or its events may have been lost.
    pub fn drop_kept_under(&self, root: &str, recursive: bool) {
        let mut inner = self.inner.lock();
        inner.kept_epoch += 1;
        for kind in [Kind::Data, Kind::Exists, Kind::Children] {
            let paths: Vec<String> = inner.maps[kind as usize]
                .iter()
                .filter(|(path, entry)| entry.keeper != Keeper::Watched && covers(root, path, recursive))
                .map(|(path, _)| path.clone())
                .collect();
            for path in paths {
                self.remove(&mut inner, kind, &path);
            }
        }
    }

    /// The waiters of `kind` at `path` under a persistent watch: they fire now.
    pub fn take_kept_waiters(&self, kind: Kind, path: &str) -> Vec<Waiter> {
        let mut waiters = self.inner.lock().kept_waiters.remove(&(kind, path.to_owned())).unwrap_or_default();
        waiters.retain(Waiter::is_alive);
        waiters
    }

    /// Every kept waiter at `root` (and below it when `recursive`), by what it waits for.
    pub fn take_kept_waiters_under(&self, root: &str, recursive: bool) -> Vec<(Kind, String, Waiter)> {
        let mut inner = self.inner.lock();
        let keys: Vec<(Kind, String)> = inner.kept_waiters.keys().filter(|(_, path)| covers(root, path, recursive)).cloned().collect();
        let mut taken = Vec::new();
        for key in keys {
            for waiter in inner.kept_waiters.remove(&key).unwrap_or_default().into_iter().filter(Waiter::is_alive) {
                taken.push((key.0, key.1.clone(), waiter));
            }
        }
        taken
    }

    /// Whether a live waiter waits at `root` (or below it when `recursive`).
    pub fn has_kept_waiters_under(&self, root: &str, recursive: bool) -> bool {
        self.inner.lock().kept_waiters.iter().any(|((_, path), waiters)| covers(root, path, recursive) && waiters.iter().any(Waiter::is_alive))
    }

    /// Registers a waiter at a path under a persistent watch (its read went to
    /// the server, or found no node in a preloaded subtree).
    pub fn wait_kept(&self, kind: Kind, path: &str, waiter: &Waiter) {
        Self::add_kept_waiter(&mut self.inner.lock(), kind, path, waiter);
    }

    fn add_kept_waiter(inner: &mut Inner, kind: Kind, path: &str, waiter: &Waiter) {
        let waiters = inner.kept_waiters.entry((kind, path.to_owned())).or_default();
        waiters.retain(Waiter::is_alive);
        waiters.push(waiter.clone());
        if inner.kept_waiters.len() > 2 * inner.kept_waiters_pruned_at + 16 {
            inner.kept_waiters.retain(|_, waiters| {
                waiters.retain(Waiter::is_alive);
                !waiters.is_empty()
            });
            inner.kept_waiters_pruned_at = inner.kept_waiters.len();
        }
    }

    /// Whether `path` is known not to exist from what persistent watches keep:
    /// a kept "no such node" for it or an ancestor, or a kept children list
    /// of its parent (or an ancestor's) without it.
    pub fn known_absent(&self, path: &str) -> bool {
        let inner = self.inner.lock();
        let kept = |kind: Kind, at: &str| inner.maps[kind as usize].get(at).filter(|entry| entry.keeper != Keeper::Watched).map(|entry| &entry.value);
        let mut at = path;
        while let Some((parent, name)) = at.rsplit_once('/') {
            if kept(Kind::Exists, at) == Some(&Value::Exists(None)) {
                return true;
            }
            let parent = if parent.is_empty() { "/" } else { parent };
            if let Some(Value::Children { names, .. }) = kept(Kind::Children, parent) {
                return !name.is_empty() && !names.iter().any(|child| child == name);
            }
            if parent == "/" {
                break;
            }
            at = parent;
        }
        false
    }

    /// Hands the entry the means to cancel its watch task. If the entry is
    /// already gone, the task is cancelled unless orphaned waiters need it.
    pub fn set_watch(&self, kind: Kind, path: &str, generation: u64, watch: AbortHandle) {
        let mut inner = self.inner.lock();
        if let Some(entry) = inner.maps[kind as usize].get_mut(path).filter(|entry| entry.generation == generation) {
            entry.watch = Some(watch);
        } else if let Some(orphan) = inner.orphans.get_mut(&generation) {
            orphan.watch = Some(watch);
        } else {
            watch.abort();
        }
    }

    /// The watch of `generation` fired: the entry is stale. Returns the user
    /// watchers that were waiting on it.
    pub fn fired(&self, kind: Kind, path: &str, generation: u64) -> Vec<Waiter> {
        let mut inner = self.inner.lock();
        let current = inner.maps[kind as usize].get(path).map(|e| e.generation);
        if current == Some(generation) {
            if let Some(entry) = inner.maps[kind as usize].remove(path) {
                Stats::count(&self.stats.invalidations);
                self.account_removal(&mut inner, kind, &entry);
                return entry.waiters;
            }
        }
        inner.orphans.remove(&generation).map(|orphan| orphan.waiters).unwrap_or_default()
    }

    /// Drops an entry before its watch fired (own write): the next read goes
    /// to the server.
    pub fn invalidate(&self, kind: Kind, path: &str) {
        let mut inner = self.inner.lock();
        // What a persistent watch's refresh read before this write must not be stored.
        inner.kept_epoch += 1;
        self.remove(&mut inner, kind, path);
    }

    fn remove(&self, inner: &mut Inner, kind: Kind, path: &str) {
        if let Some(entry) = inner.maps[kind as usize].remove(path) {
            Stats::count(&self.stats.invalidations);
            self.account_removal(inner, kind, &entry);
            self.forget(inner, entry);
        }
    }

    /// Drops everything (session expiry, close), also what waits under
    /// persistent watches (the session's watches went with it).
    pub fn clear(&self) {
        let mut inner = self.inner.lock();
        for kind in [Kind::Data, Kind::Exists, Kind::Children] {
            let map = std::mem::take(&mut inner.maps[kind as usize]);
            for (_, entry) in map {
                self.account_removal(&mut inner, kind, &entry);
                self.forget(&mut inner, entry);
            }
        }
        inner.kept_waiters.clear();
        inner.kept_epoch += 1;
    }

    #[cfg(test)]
    fn lookup(&self, kind: Kind, path: &str, waiter: Option<&Waiter>) -> Option<Value> {
        self.lookup_with(kind, path, waiter, Value::clone)
    }

    /// The real count, against which tests check the `entries` gauge.
    #[cfg(test)]
    fn entries(&self) -> usize {
        self.inner.lock().maps.iter().map(|m| m.len()).sum()
    }

    /// Evicts the oldest entries not used since eviction last passed them (an
    /// used one gets a second chance at the back; a pinned one is passed
    /// over). Any choice is correct: an evicted entry is only a miss later.
    fn evict_over_bound(&self, inner: &mut Inner) {
        while inner.bytes > self.max_bytes {
            // Of the maps with entries that may go, the one whose oldest entry
            // is the largest frees the most at once.
            let Some(kind) = (0..3).filter(|&k| inner.maps[k].len() > inner.pinned[k]).max_by_key(|&k| inner.maps[k].front().map(|(_, e)| e.size)) else {
                break;
            };
            let Some((path, mut entry)) = inner.maps[kind].pop_front() else { break };
            if std::mem::take(&mut entry.used) || entry.keeper == Keeper::Pinned {
                inner.maps[kind].insert(path, entry);
                continue;
            }
            Stats::count(&self.stats.evictions);
            let kind = [Kind::Data, Kind::Exists, Kind::Children][kind];
            self.account_removal(inner, kind, &entry);
            self.forget(inner, entry);
        }
    }

    fn account_removal(&self, inner: &mut Inner, kind: Kind, entry: &Entry) {
        inner.bytes -= entry.size;
        if entry.keeper == Keeper::Pinned {
            inner.pinned_bytes -= entry.size;
            inner.pinned[kind as usize] -= 1;
        }
        self.stats.entries.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
        self.stats.bytes.fetch_sub(entry.size as i64, std::sync::atomic::Ordering::Relaxed);
    }

    /// An entry left the cache before its watch fired: keep the watch for its
    /// waiters, or cancel it when nobody waits.
    fn forget(&self, inner: &mut Inner, mut entry: Entry) {
        entry.waiters.retain(Waiter::is_alive);
        if entry.waiters.is_empty() {
            if let Some(watch) = entry.watch {
                watch.abort();
            }
            return;
        }
        inner.orphans.insert(entry.generation, Orphan { waiters: entry.waiters, watch: entry.watch });
        if inner.orphans.len() > 2 * inner.orphans_pruned_at + 16 {
            Self::prune_orphans(inner);
        }
    }

    /// Drops orphans nobody waits for any more (their requests ended),
    /// cancelling their watch tasks. Amortized: runs when the count doubled.
    fn prune_orphans(inner: &mut Inner) {
        inner.orphans.retain(|_, orphan| {
            orphan.waiters.retain(Waiter::is_alive);
            let keep = !orphan.waiters.is_empty();
            if !keep {
                if let Some(watch) = orphan.watch.take() {
                    watch.abort();
                }
            }
            keep
        });
        inner.orphans_pruned_at = inner.orphans.len();
    }

    /// How many orphans are kept, for tests of the bound.
    #[cfg(test)]
    fn orphan_count(&self) -> usize {
        self.inner.lock().orphans.len()
    }
}

/// Whether `path` is `root`, or (`recursive`) below it.
pub fn covers(root: &str, path: &str, recursive: bool) -> bool {
    path == root || (recursive && (root == "/" || path.strip_prefix(root).is_some_and(|rest| rest.starts_with('/'))))
}

impl Drop for Cache {
    fn drop(&mut self) {
        self.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zk::events::{Inbox, WatcherId};

    fn stat(version: i32) -> Stat {
        Stat { czxid: 1, mzxid: 1, pzxid: 1, ctime: 0, mtime: 0, version, cversion: 0, aversion: 0, ephemeral_owner: 0, data_length: 0, num_children: 0 }
    }

    fn data(text: &str, version: i32) -> Value {
        Value::Data { data: Some(Arc::from(text.as_bytes())), stat: stat(version) }
    }

    fn cache(max_bytes: usize) -> (Cache, Arc<Stats>) {
        let stats = Arc::new(Stats::default());
        (Cache::new(max_bytes, stats.clone()), stats)
    }

    #[test]
    fn a_hit_returns_what_was_stored_until_its_watch_fires() {
        let (cache, stats) = cache(1 << 20);
        assert_eq!(cache.lookup(Kind::Data, "/a", None), None);
        let generation = cache.insert(Kind::Data, "/a", data("one", 1), None);
        assert_eq!(cache.lookup(Kind::Data, "/a", None), Some(data("one", 1)));
        assert_eq!(cache.lookup(Kind::Children, "/a", None), None, "kinds are separate entries");
        assert_eq!(cache.lookup(Kind::Exists, "/a", None), Some(Value::Exists(Some(stat(1)))), "but a node's data says it exists");
        assert!(cache.fired(Kind::Data, "/a", generation).is_empty());
        assert_eq!(cache.lookup(Kind::Data, "/a", None), None);
        let snapshot = stats.snapshot();
        assert_eq!((snapshot.hits, snapshot.invalidations, snapshot.entries, snapshot.bytes), (2, 1, 0, 0));
    }

    #[test]
    fn a_late_event_never_removes_the_successor_entry() {
        let (cache, _) = cache(1 << 20);
        let first = cache.insert(Kind::Data, "/a", data("one", 1), None);
        cache.invalidate(Kind::Data, "/a");
        let second = cache.insert(Kind::Data, "/a", data("two", 2), None);
        assert_ne!(first, second);
        cache.fired(Kind::Data, "/a", first);
        assert_eq!(cache.lookup(Kind::Data, "/a", None), Some(data("two", 2)));
        cache.fired(Kind::Data, "/a", second);
        assert_eq!(cache.lookup(Kind::Data, "/a", None), None);
    }

    fn ids(waiters: Vec<Waiter>) -> Vec<u64> {
        waiters.iter().map(|waiter| waiter.watcher.0).collect()
    }

    #[test]
    fn waiters_fire_once_even_when_the_entry_left_early() {
        let (cache, _) = cache(1 << 20);
        let inbox = Inbox::new(|| {});
        let generation = cache.insert(Kind::Children, "/s", Value::Exists(None), Some(&inbox.waiter(WatcherId(1))));
        assert!(cache.lookup(Kind::Children, "/s", Some(&inbox.waiter(WatcherId(2)))).is_some());
        cache.invalidate(Kind::Children, "/s");
        assert_eq!(ids(cache.fired(Kind::Children, "/s", generation)), vec![1, 2]);
        assert!(cache.fired(Kind::Children, "/s", generation).is_empty(), "only once");

        let generation = cache.insert(Kind::Exists, "/e", Value::Exists(None), Some(&inbox.waiter(WatcherId(3))));
        cache.clear();
        assert_eq!(ids(cache.fired(Kind::Exists, "/e", generation)), vec![3]);
    }

    #[test]
    fn waiters_of_ended_requests_do_not_accumulate() {
        let (cache, _) = cache(1 << 20);
        let inbox = Inbox::new(|| {});
        let generation = cache.insert(Kind::Data, "/config", data("v", 1), None);
        // A long-lived worker: every request attaches a watcher to an entry
        // whose node never changes, then ends.
        for id in 0..10_000 {
            cache.lookup(Kind::Data, "/config", Some(&inbox.waiter(WatcherId(id))));
            inbox.end_scope();
        }
        let live = inbox.waiter(WatcherId(99_999));
        cache.lookup(Kind::Data, "/config", Some(&live));
        assert_eq!(ids(cache.fired(Kind::Data, "/config", generation)), vec![99_999], "only the live waiter is kept");

        // Orphans (entries left early with waiters) of ended requests go too.
        for id in 0..10_000 {
            cache.insert(Kind::Data, &format!("/n{id}"), data("v", 1), Some(&inbox.waiter(WatcherId(id))));
            cache.invalidate(Kind::Data, &format!("/n{id}"));
            inbox.end_scope();
        }
        assert!(cache.orphan_count() < 100, "orphans: {}", cache.orphan_count());
    }

    #[test]
    fn memory_stays_under_the_bound_by_evicting_least_recently_used() {
        let (cache, stats) = cache(20_000);
        for i in 0..100 {
            cache.insert(Kind::Data, &format!("/n{i}"), data(&"x".repeat(100), 1), None);
            cache.lookup(Kind::Data, "/n0", None);
            assert!(stats.snapshot().bytes <= 20_000, "bytes {}", stats.snapshot().bytes);
        }
        assert!(cache.lookup(Kind::Data, "/n0", None).is_some(), "recently used survives");
        assert!(cache.lookup(Kind::Data, "/n1", None).is_none(), "oldest unused is gone");
        assert!(stats.snapshot().evictions > 0);
        assert_eq!(stats.snapshot().entries as usize, cache.entries());
    }

    #[test]
    fn an_entry_larger_than_the_bound_is_not_kept_but_its_waiter_is() {
        let (cache, _) = cache(2_000);
        let inbox = Inbox::new(|| {});
        let generation = cache.insert(Kind::Data, "/big", data(&"x".repeat(1000), 1), Some(&inbox.waiter(WatcherId(7))));
        assert_eq!(cache.lookup(Kind::Data, "/big", None), None);
        assert_eq!(ids(cache.fired(Kind::Data, "/big", generation)), vec![7]);
    }

    #[test]
    fn covers_is_the_path_or_below_a_recursive_root() {
        assert!(covers("/a", "/a", false));
        assert!(!covers("/a", "/a/b", false));
        assert!(covers("/a", "/a/b/c", true));
        assert!(!covers("/a", "/ab", true));
        assert!(covers("/", "/x", true));
    }
}
