//! zookeeper.so: the PECL `zookeeper` API for PHP, with one ZooKeeper session per
//! process shared by every request and a watch-driven cache in front of reads.

pub mod error;
pub mod path;
pub mod php;
pub mod session;

use std::time::Duration;

use ext_php_rs::prelude::*;

use php::{callbacks, exceptions, ini, log, session_handler};

/// Module startup: ini entries, the interrupt hook for callbacks. No thread and
/// no socket yet: the php-fpm master forks after this.
extern "C" fn startup(_type: i32, module_number: i32) -> i32 {
    let registered = std::panic::catch_unwind(exceptions::register);
    if !matches!(registered, Ok(Ok(()))) {
        return 1; // FAILURE: PHP reports that the module could not start
    }
    ini::register(module_number);
    callbacks::install();
    // session.save_handler = zookeeper (only if the session extension is loaded).
    session_handler::register();
    // Panics are caught at the PHP boundary and turned into exceptions; the
    // default hook would also print them on stderr, into the page or fpm log.
    std::panic::set_hook(Box::new(|info| log::debug(|| format!("internal error: {info}"))));
    0
}

/// Process end (CLI exit, fpm worker recycled): close the shared sessions for
/// real so their ephemeral nodes go at once, not after the session timeout.
extern "C" fn shutdown(_type: i32, _module_number: i32) -> i32 {
    if let Some(process) = session::started_process() {
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process.shutdown(Duration::from_secs(2))));
    }
    0
}

/// Request start: the one-time marking of credential parameters (the classes
/// exist only after module startup).
extern "C" fn request_startup(_type: i32, _module_number: i32) -> i32 {
    let _ = std::panic::catch_unwind(php::sensitive::mark_parameters);
    0
}

/// Request end: callbacks of this request are dropped, never run in the next.
extern "C" fn request_shutdown(_type: i32, _module_number: i32) -> i32 {
    let _ = std::panic::catch_unwind(|| {
        callbacks::end_request();
        log::end_request();
    });
    0
}

/// Runs queued watcher callbacks now (PECL's zookeeper_dispatch()).
#[php_function]
pub fn zookeeper_dispatch() {
    callbacks::dispatch();
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module
        .name("zookeeper")
        .version(env!("CARGO_PKG_VERSION"))
        .class::<php::zookeeper::Zookeeper>()
        .class::<php::config::ZookeeperConfig>()
        .function(wrap_function!(zookeeper_dispatch))
        .startup_function(startup)
        .shutdown_function(shutdown)
        .request_startup_function(request_startup)
        .request_shutdown_function(request_shutdown)
        .info_function(php::info::module_info)
}
