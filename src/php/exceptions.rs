//! The PECL exception classes, and the one place that picks the right one of
//! them for an error code (the code becomes `getCode()`).
//!
//! They are plain PHP classes (no Rust object behind them), so they keep
//! `Exception::__construct` and user code can throw and extend them as with PECL.

use std::sync::atomic::{AtomicPtr, Ordering};

use ext_php_rs::builders::ClassBuilder;
use ext_php_rs::exception::PhpException;
use ext_php_rs::zend::{ce, ClassEntry};

use super::codes::code;

#[derive(Clone, Copy)]
enum Class {
    Base = 0,
    OperationTimeout,
    Connection,
    Marshalling,
    Authentication,
    Session,
    NoNode,
}

const NAMES: [&str; 7] = [
    "ZookeeperException",
    "ZookeeperOperationTimeoutException",
    "ZookeeperConnectionException",
    "ZookeeperMarshallingException",
    "ZookeeperAuthenticationException",
    "ZookeeperSessionException",
    "ZookeeperNoNodeException",
];

/// The registered class entries, in `NAMES` order (filled at module startup,
/// when the engine cannot yet look classes up by name).
static ENTRIES: [AtomicPtr<ClassEntry>; 7] = [const { AtomicPtr::new(std::ptr::null_mut()) }; 7];
static JUST_REGISTERED: AtomicPtr<ClassEntry> = AtomicPtr::new(std::ptr::null_mut());

fn entry(class: Class) -> &'static ClassEntry {
    let entry = ENTRIES[class as usize].load(Ordering::Acquire);
    // SAFETY: only ever set to an entry the engine registered for the process.
    // `Exception` is a fallback for a module that failed to start (never used).
    unsafe { entry.as_ref() }.unwrap_or_else(ce::exception)
}

fn base() -> &'static ClassEntry {
    entry(Class::Base)
}

/// Module startup: ZookeeperException extends Exception; the others extend it.
pub fn register() -> ext_php_rs::error::Result<()> {
    for (index, name) in NAMES.iter().enumerate() {
        let parent: (fn() -> &'static ClassEntry, &'static str) = if index == 0 { (ce::exception, "Exception") } else { (base, NAMES[0]) };
        ClassBuilder::new(*name).extends(parent).registration(|class, _| JUST_REGISTERED.store(class, Ordering::Release)).register()?;
        ENTRIES[index].store(JUST_REGISTERED.load(Ordering::Acquire), Ordering::Release);
    }
    Ok(())
}

/// Throws the exception PECL throws for `code` (its php_zk_throw_exception
/// mapping), unless one is pending already.
pub fn throw(code: i32, message: &str) {
    let class = match code {
        code::CONNECTIONLOSS | code::CONNECT_NOT_CALLED => Class::Connection,
        code::OPERATIONTIMEOUT => Class::OperationTimeout,
        code::MARSHALLINGERROR => Class::Marshalling,
        code::NOAUTH | code::AUTHFAILED => Class::Authentication,
        code::SESSIONEXPIRED | code::SESSIONMOVED => Class::Session,
        code::NONODE => Class::NoNode,
        _ => Class::Base,
    };
    PhpException::new(message.to_owned(), code, entry(class)).throw();
}
