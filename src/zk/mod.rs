//! The core: pure Rust, no PHP types, never calls into PHP. The per-process
//! registry of ZooKeeper sessions, one session (kept connected by its
//! keeper), the watch-driven cache in front of its reads, the events it
//! delivers to PHP threads' inboxes, and the counters. The PHP glue calls in
//! with blocking calls and takes events out of its inbox.

mod cache;
mod clock;
mod ephemeral;
mod error;
mod events;
mod keeper;
mod listing;
pub mod path;
mod persistent;
mod registry;
mod scoped;
mod session;
mod stats;

pub use cache::{Kind, Value};
pub use clock::deadline_after;
pub use ephemeral::{place_in_queue, queue_order, EphemeralSpec, KeptEphemeral, NodeState, Notify};
pub use error::{Error, Result};
pub use events::{Event, Inbox, SessionOrdinal, Waiter, WatcherId};
pub use persistent::WatchMode;
pub use registry::{current as registry, current_pid, started as started_registry, Registry, RUNTIME_THREAD_NAME};
pub use scoped::ScopedEphemerals;
pub use session::{parent, NodeWatch, Op, OpResult, ReadOptions, Reconfig, SessionConfig, SessionKey, State, ZkSession};
pub use stats::{Stats, StatsSnapshot};
