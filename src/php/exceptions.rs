//! The PECL exception classes, and the one place that turns a `ZkError` into
//! the right one of them with the code as `getCode()`.

use ext_php_rs::class::RegisteredClass;
use ext_php_rs::exception::PhpException;
use ext_php_rs::prelude::*;
use ext_php_rs::zend::ce;

use crate::error::{code, ZkError};

#[php_class]
#[php(name = "ZookeeperException")]
#[php(extends(ce = ce::exception, stub = "\\Exception"))]
#[derive(Default)]
pub struct ZookeeperException;

#[php_class]
#[php(name = "ZookeeperOperationTimeoutException")]
#[php(extends(ZookeeperException))]
#[derive(Default)]
pub struct ZookeeperOperationTimeoutException;

#[php_class]
#[php(name = "ZookeeperConnectionException")]
#[php(extends(ZookeeperException))]
#[derive(Default)]
pub struct ZookeeperConnectionException;

#[php_class]
#[php(name = "ZookeeperMarshallingException")]
#[php(extends(ZookeeperException))]
#[derive(Default)]
pub struct ZookeeperMarshallingException;

#[php_class]
#[php(name = "ZookeeperAuthenticationException")]
#[php(extends(ZookeeperException))]
#[derive(Default)]
pub struct ZookeeperAuthenticationException;

#[php_class]
#[php(name = "ZookeeperSessionException")]
#[php(extends(ZookeeperException))]
#[derive(Default)]
pub struct ZookeeperSessionException;

#[php_class]
#[php(name = "ZookeeperNoNodeException")]
#[php(extends(ZookeeperException))]
#[derive(Default)]
pub struct ZookeeperNoNodeException;

/// The exception PECL throws for a code (its php_zk_throw_exception mapping).
pub fn exception(err: &ZkError) -> PhpException {
    let class = match err.code {
        code::CONNECTIONLOSS | code::CONNECT_NOT_CALLED => ZookeeperConnectionException::get_metadata().ce(),
        code::OPERATIONTIMEOUT => ZookeeperOperationTimeoutException::get_metadata().ce(),
        code::MARSHALLINGERROR => ZookeeperMarshallingException::get_metadata().ce(),
        code::NOAUTH | code::AUTHFAILED => ZookeeperAuthenticationException::get_metadata().ce(),
        code::SESSIONEXPIRED | code::SESSIONMOVED => ZookeeperSessionException::get_metadata().ce(),
        code::NONODE => ZookeeperNoNodeException::get_metadata().ce(),
        _ => ZookeeperException::get_metadata().ce(),
    };
    PhpException::new(err.to_string(), err.code, class)
}

impl From<ZkError> for PhpException {
    fn from(err: ZkError) -> Self {
        exception(&err)
    }
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .class::<ZookeeperException>()
        .class::<ZookeeperOperationTimeoutException>()
        .class::<ZookeeperConnectionException>()
        .class::<ZookeeperMarshallingException>()
        .class::<ZookeeperAuthenticationException>()
        .class::<ZookeeperSessionException>()
        .class::<ZookeeperNoNodeException>()
}
