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

/// The boilerplate of a recipe class: registration with its methods and
/// `__construct` as a normal method handler (like `Zookeeper`'s).
macro_rules! recipe_class {
    ($class:ty, $name:literal, $construct:ident, [$($param:expr),*], $required:expr, $methods:expr) => {
        fn unused_constructor(_: &mut ::ext_php_rs::zend::ExecuteData) -> ::ext_php_rs::class::ConstructorResult<$class> {
            ::ext_php_rs::class::ConstructorResult::ArgError
        }

        fn build_constructor(_: ::ext_php_rs::builders::FunctionBuilder) -> ::ext_php_rs::builders::FunctionBuilder {
            $crate::php::method::function("__construct", $construct, vec![$($param),*], $required)
        }

        static METADATA: ::ext_php_rs::class::ClassMetadata<$class> = ::ext_php_rs::class::ClassMetadata::new(&[]);

        impl ::ext_php_rs::class::RegisteredClass for $class {
            const CLASS_NAME: &'static str = $name;
            const BUILDER_MODIFIER: Option<fn(::ext_php_rs::builders::ClassBuilder) -> ::ext_php_rs::builders::ClassBuilder> = None;
            const EXTENDS: Option<::ext_php_rs::class::ClassEntryInfo> = None;
            const IMPLEMENTS: &'static [::ext_php_rs::class::ClassEntryInfo] = &[];

            fn get_metadata() -> &'static ::ext_php_rs::class::ClassMetadata<Self> {
                &METADATA
            }

            fn method_builders() -> Vec<(::ext_php_rs::builders::FunctionBuilder<'static>, ::ext_php_rs::flags::MethodFlags)> {
                $methods.into_iter().map(|builder| (builder, ::ext_php_rs::flags::MethodFlags::Public)).collect()
            }

            fn constructor() -> Option<::ext_php_rs::class::ConstructorMeta<Self>> {
                Some(::ext_php_rs::class::ConstructorMeta { constructor: unused_constructor, build_fn: build_constructor, flags: None })
            }

            fn constants() -> &'static [(&'static str, &'static dyn ::ext_php_rs::convert::IntoZvalDyn, ::ext_php_rs::describe::DocComments, ::ext_php_rs::flags::ConstantFlags)] {
                &[]
            }
        }
    };
}
use recipe_class;

/// PHP's error for a recipe object whose constructor did not run.
fn unbound() -> super::boundary::Failure {
    super::boundary::Failure::pecl(super::codes::code::CONNECT_NOT_CALLED, Some("the recipe object was not constructed with a Zookeeper"))
}
