//! Process-wide counters, read by `Zookeeper::getStats()` and phpinfo().

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};

#[derive(Default)]
pub struct Stats {
    pub hits: AtomicU64,
    pub misses: AtomicU64,
    pub invalidations: AtomicU64,
    pub evictions: AtomicU64,
    pub sessions_created: AtomicU64,
    pub reconnects: AtomicU64,
    pub expirations: AtomicU64,
    /// Shared sessions closed because no object used them for zookeeper.session_idle_timeout.
    pub idle_closes: AtomicU64,
    /// Gauges: what all caches of this process hold now.
    pub entries: AtomicI64,
    pub bytes: AtomicI64,
}

/// A copy of the counters at one moment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatsSnapshot {
    pub hits: u64,
    pub misses: u64,
    pub invalidations: u64,
    pub evictions: u64,
    pub sessions_created: u64,
    pub reconnects: u64,
    pub expirations: u64,
    pub idle_closes: u64,
    pub entries: i64,
    pub bytes: i64,
}

impl Stats {
    pub fn count(counter: &AtomicU64) {
        counter.fetch_add(1, Relaxed);
    }

    pub fn snapshot(&self) -> StatsSnapshot {
        StatsSnapshot {
            hits: self.hits.load(Relaxed),
            misses: self.misses.load(Relaxed),
            invalidations: self.invalidations.load(Relaxed),
            evictions: self.evictions.load(Relaxed),
            sessions_created: self.sessions_created.load(Relaxed),
            reconnects: self.reconnects.load(Relaxed),
            expirations: self.expirations.load(Relaxed),
            idle_closes: self.idle_closes.load(Relaxed),
            entries: self.entries.load(Relaxed),
            bytes: self.bytes.load(Relaxed),
        }
    }
}
