//! The recipe classes PHP sees (`ZookeeperLock`, `ZookeeperLeaderElection`,
//! `ZookeeperServiceDiscovery`): argument checks and PHP values here, the
//! recipes themselves in `crate::recipes`. Each takes a connected
//! `Zookeeper` and works on its session (and chroot).
//!
//! How long their nodes live: a lock's node belongs to the request that took
//! it (released at request end, also after a fatal error or exit: see
//! `end_request`); an election candidate and a service registration belong
//! to the process (they are kept across requests, and made again after a
//! ZooKeeper session expiry, until left or the process ends).

pub mod discovery;
pub mod election;
pub mod lock;

use std::ffi::c_void;

use ext_php_rs::class::RegisteredClass;
use ext_php_rs::types::Zval;
use ext_php_rs::zend::ExecuteData;

use super::boundary::Outcome;
use super::connection::Connection;
use super::method::{arg_count, parse, zval_arg, StrArg};
use super::zookeeper::{connection_of, Zookeeper};

/// Request end: the locks the request still holds or waits for are released.
pub fn end_request() {
    lock::release_request_locks();
}

/// The first two constructor arguments every recipe takes: `Zookeeper $zk`
/// (connected) and a path; the connection and the path on the server.
/// `rest` is the spec of further arguments and their pointers.
fn bind(ex: &mut ExecuteData, rest: &str, more: &[*mut c_void]) -> Outcome<(Connection, String)> {
    let (mut zookeeper, mut path) = (std::ptr::null_mut::<ext_php_rs::ffi::zval>(), StrArg::default());
    let class = std::ptr::from_ref(Zookeeper::get_metadata().ce()).cast_mut();
    let spec = format!("Os{rest}\0");
    let mut pointers: Vec<*mut c_void> = vec![(&raw mut zookeeper).cast(), class.cast(), (&raw mut path.ptr).cast(), (&raw mut path.len).cast()];
    pointers.extend_from_slice(more);
    parse(arg_count(ex), &spec, &pointers)?;
    let zookeeper: &mut Zval = zval_arg(zookeeper).ok_or_else(|| super::boundary::Failure::internal("no Zookeeper argument"))?;
    let connection = connection_of(zookeeper)?;
    let server_path = connection.server_path(path.bytes(), false)?.into_owned();
    Ok((connection, server_path))
}

/// PHP's error for a recipe object whose constructor did not run.
fn unbound() -> super::boundary::Failure {
    super::boundary::Failure::pecl(super::codes::code::CONNECT_NOT_CALLED, Some("the recipe object was not constructed with a Zookeeper"))
}
