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
    fn size(&self, path: &str) -> usize {
        // Besides its data, every entry has a watch: a task waiting on it and
        // the client library's registration (~1.6 KB of RSS per entry measured
        // in benches/memory.php), so the bound is about real memory.
        const OVERHEAD: usize = 1536;
        OVERHEAD
            + path.len()
            + match self {
                Value::Data { data, .. } => data.as_ref().map_or(0, |data| data.len()),
                Value::Exists(_) => 0,
                Value::Children { names, .. } => names.iter().map(|n| n.len() + 24).sum(),
            }
    }
}

struct Entry {
    value: Value,
    /// Set on every hit, cleared when eviction passes over the entry: a hit
    /// costs a store instead of relinking the list (CLOCK, "second chance").
    used: bool,
    generation: u64,
    size: usize,
    waiters: Vec<Waiter>,
    watch: Option<AbortHandle>,
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
    next_generation: u64,
    orphans: HashMap<u64, Orphan>,
    /// Orphan count after the last pruning: prune again when it has doubled.
    orphans_pruned_at: usize,
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
    /// that is already armed: no extra server round trip.
    /// `read` runs under the cache's lock (it must not use the cache, nor
    /// block): it can take what it needs without copying the entry.
    pub fn lookup_with<R>(&self, kind: Kind, path: &str, waiter: Option<&Waiter>, read: impl FnOnce(&Value) -> R) -> Option<R> {
        let mut inner = self.inner.lock();
        let entry = inner.maps[kind as usize].get_mut(path)?;
        entry.used = true;
        if let Some(waiter) = waiter {
            entry.waiters.retain(Waiter::is_alive);
            entry.waiters.push(waiter.clone());
        }
        Stats::count(&self.stats.hits);
        Some(read(&entry.value))
    }

    /// Stores what a watching read returned; returns the generation its watch
    /// task must report to `fired`. Evicts least recently used entries when
    /// over the byte bound (possibly this one, if it alone is too large).
    pub fn insert(&self, kind: Kind, path: &str, value: Value, waiter: Option<&Waiter>) -> u64 {
        let mut inner = self.inner.lock();
        inner.next_generation += 1;
        let generation = inner.next_generation;
        let size = value.size(path);
        let entry = Entry { value, used: false, generation, size, waiters: waiter.into_iter().cloned().collect(), watch: None };
        if let Some(old) = inner.maps[kind as usize].insert(path.to_owned(), entry) {
            self.forget(&mut inner, old);
        }
        inner.bytes += size;
        self.stats.entries.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.stats.bytes.fetch_add(size as i64, std::sync::atomic::Ordering::Relaxed);
        self.evict_over_bound(&mut inner);
        generation
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
                self.account_removal(&mut inner, &entry);
                return entry.waiters;
            }
        }
        inner.orphans.remove(&generation).map(|orphan| orphan.waiters).unwrap_or_default()
    }

    /// Drops an entry before its watch fired (own write): the next read goes
    /// to the server.
    pub fn invalidate(&self, kind: Kind, path: &str) {
        let mut inner = self.inner.lock();
        if let Some(entry) = inner.maps[kind as usize].remove(path) {
            Stats::count(&self.stats.invalidations);
            self.account_removal(&mut inner, &entry);
            self.forget(&mut inner, entry);
        }
    }

    /// Drops everything (session expiry, close).
    pub fn clear(&self) {
        let mut inner = self.inner.lock();
        for kind in 0..3 {
            let map = std::mem::take(&mut inner.maps[kind]);
            for (_, entry) in map {
                self.account_removal(&mut inner, &entry);
                self.forget(&mut inner, entry);
            }
        }
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
    /// used one gets a second chance at the back). Any choice is correct: an
    /// evicted entry is only a miss later.
    fn evict_over_bound(&self, inner: &mut Inner) {
        while inner.bytes > self.max_bytes {
            // The map whose oldest entry is the largest frees the most at once.
            let Some(kind) = (0..3).filter(|&k| !inner.maps[k].is_empty()).max_by_key(|&k| inner.maps[k].front().map(|(_, e)| e.size)) else {
                break;
            };
            let Some((path, mut entry)) = inner.maps[kind].pop_front() else { break };
            if std::mem::take(&mut entry.used) {
                inner.maps[kind].insert(path, entry);
                continue;
            }
            Stats::count(&self.stats.evictions);
            self.account_removal(inner, &entry);
            self.forget(inner, entry);
        }
    }

    fn account_removal(&self, inner: &mut Inner, entry: &Entry) {
        inner.bytes -= entry.size;
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
        assert_eq!(cache.lookup(Kind::Exists, "/a", None), None, "kinds are separate entries");
        assert!(cache.fired(Kind::Data, "/a", generation).is_empty());
        assert_eq!(cache.lookup(Kind::Data, "/a", None), None);
        let snapshot = stats.snapshot();
        assert_eq!((snapshot.hits, snapshot.invalidations, snapshot.entries, snapshot.bytes), (1, 1, 0, 0));
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
}
