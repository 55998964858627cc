//! `session.save_handler = zookeeper`: PHP sessions stored in ZooKeeper.
//! `store` keeps the data (one node per PHP session) and `lock` the lock
//! recipe that serializes requests of one PHP session; both are pure Rust on
//! the core's public interface. `module` is the thin glue PHP's session
//! extension calls, `settings` its ini settings.

mod error;
mod lock;
pub mod module;
mod settings;
mod store;

pub use error::Error;
