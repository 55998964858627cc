//! zookeeper.so: the PECL `zookeeper` API for PHP, with one ZooKeeper session per
//! process shared by every request and a watch-driven cache in front of reads.
//!
//! `zk` is the core (pure Rust, no PHP types), `php` the glue PHP calls,
//! `save_handler` PHP's session storage on the core (session.save_handler = zookeeper).

pub mod php;
pub mod recipes;
pub mod save_handler;
pub mod zk;

use std::time::Duration;

use ext_php_rs::builders::FunctionBuilder;
use ext_php_rs::prelude::*;
use ext_php_rs::types::Zval;
use ext_php_rs::zend::ExecuteData;

use php::{boundary, callbacks, convert, exceptions, ini, interrupt, method, request};

/// Module startup: ini entries, the interrupt hook for callbacks. No thread and
/// no socket yet: the php-fpm master forks after this.
extern "C" fn startup(_type: i32, module_number: i32) -> i32 {
    let registered = std::panic::catch_unwind(exceptions::register);
    if !matches!(registered, Ok(Ok(()))) {
        return 1; // FAILURE: PHP reports that the module could not start
    }
    ini::register(module_number);
    convert::intern_stat_keys();
    interrupt::install();
    // session.save_handler = zookeeper (only if the session extension is loaded).
    save_handler::module::register();
    boundary::install_panic_hook();
    0
}

/// Process end (CLI exit, fpm worker recycled): close the shared sessions for
/// real so their ephemeral nodes go at once, not after the session timeout.
extern "C" fn shutdown(_type: i32, _module_number: i32) -> i32 {
    if let Some(registry) = zk::started_registry() {
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| registry.shutdown(Duration::from_secs(2))));
    }
    0
}

/// Request start: the request's state is live again; the one-time marking of
/// credential parameters (the classes exist only after module startup).
extern "C" fn request_startup(_type: i32, _module_number: i32) -> i32 {
    let _ = std::panic::catch_unwind(|| {
        request::start();
        php::sensitive::mark_parameters();
    });
    0
}

/// Request end: the request's callbacks and streams are released (their
/// destructors may run user code) and nothing of it can come back; a
/// bailout in there is re-raised last.
extern "C" fn request_shutdown(_type: i32, _module_number: i32) -> i32 {
    match method::guarded(request::end) {
        Err(boundary::Failure::Bailout) => boundary::Failure::Bailout.raise(),
        // An exception from a destructor has nowhere to go at this point
        // (dropping it runs its own destructor: a bailout there is re-raised).
        Err(_) => {
            if let Err(boundary::Failure::Bailout) = boundary::enter(|| drop(ext_php_rs::zend::ExecutorGlobals::take_exception())) {
                boundary::Failure::Bailout.raise();
            }
        },
        Ok(()) => {},
    }
    0
}

/// Runs queued watcher callbacks now (PECL's zookeeper_dispatch()).
extern "C" fn zookeeper_dispatch(ex: &mut ExecuteData, retval: &mut Zval) {
    method::run_static(ex, retval, |ex, _| {
        parse_args!(ex, "")?;
        callbacks::dispatch()
    });
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module
        .name("zookeeper")
        .version(env!("CARGO_PKG_VERSION"))
        .class::<php::zookeeper::Zookeeper>()
        .class::<php::config::ZookeeperConfig>()
        .class::<php::zookeeper::transaction::ZookeeperTransaction>()
        .class::<php::recipes::lock::ZookeeperLock>()
        .class::<php::recipes::election::ZookeeperLeaderElection>()
        .class::<php::recipes::discovery::ZookeeperServiceDiscovery>()
        .function(FunctionBuilder::new("zookeeper_dispatch", zookeeper_dispatch))
        .startup_function(startup)
        .shutdown_function(shutdown)
        .request_startup_function(request_startup)
        .request_shutdown_function(request_shutdown)
        .info_function(php::info::module_info)
}
