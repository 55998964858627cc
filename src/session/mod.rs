//! The session/cache core: pure Rust, no PHP types, never calls into PHP.
//! The PHP glue calls in with blocking calls and takes events out of the
//! process's `EventQueue`.

mod cache;
mod events;
mod process;
#[allow(clippy::module_inception)]
mod session;
pub mod session_lock;
pub mod session_store;
mod stats;

pub use cache::{Kind, Value};
pub use events::{Event, EventQueue, WatcherId};
pub use process::{current as process, started as started_process, Process};
pub use session::{ReadOptions, Reconfig, Session, SessionConfig, SessionKey, State};
pub use stats::{Stats, StatsSnapshot};
