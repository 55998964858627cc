//! The phpinfo() / `php --ri zookeeper` section.

use ext_php_rs::zend::ModuleEntry;
use ext_php_rs::{info_table_end, info_table_row, info_table_start};

use crate::save_handler::module as save_handler;
use crate::zk;

extern "C" {
    fn display_ini_entries(module: *mut ModuleEntry);
}

/// The engine calls this with its own module entry (the pointer is only
/// handed back to it).
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub extern "C" fn module_info(module: *mut ModuleEntry) {
    let stats = zk::started_registry().map(|registry| registry.stats.snapshot()).unwrap_or_default();
    let sessions = zk::started_registry().map(|registry| registry.shared_sessions().len()).unwrap_or(0);
    info_table_start!();
    info_table_row!("zookeeper support", "enabled");
    info_table_row!("version", env!("CARGO_PKG_VERSION"));
    // Recorded by build.rs: what this build was made for.
    info_table_row!("built for PHP", concat!(env!("ZK_BUILD_PHP_VERSION"), " (API ", env!("ZK_BUILD_PHP_API"), ", ", env!("ZK_BUILD_PHP_ZTS"), ")"));
    info_table_row!("git commit", env!("ZK_BUILD_GIT_COMMIT"));
    info_table_row!("client library", "zookeeper-client 0.11 (Rust, tokio)");
    info_table_row!("session save handler", if save_handler::registered() { "zookeeper" } else { "unavailable (session extension not loaded)" });
    info_table_row!("shared sessions in this process", sessions.to_string());
    info_table_row!("sessions created", stats.sessions_created.to_string());
    info_table_row!("reconnects", stats.reconnects.to_string());
    info_table_row!("session expirations", stats.expirations.to_string());
    info_table_row!("idle sessions closed", stats.idle_closes.to_string());
    info_table_row!("cache hits", stats.hits.to_string());
    info_table_row!("cache misses", stats.misses.to_string());
    info_table_row!("cache invalidations", stats.invalidations.to_string());
    info_table_row!("cache evictions", stats.evictions.to_string());
    info_table_row!("cache entries", stats.entries.to_string());
    info_table_row!("cache bytes", stats.bytes.to_string());
    info_table_end!();
    // SAFETY: the engine passes its own module entry; this prints our ini table.
    unsafe { display_ini_entries(module) };
}
