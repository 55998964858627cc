//! The extension's log, PECL style: `Zookeeper::setDebugLevel()` picks the
//! level, `Zookeeper::setLogStream()` the destination (stderr by default).
//! Lines are written on the PHP thread only. Nothing secret is ever logged:
//! messages name paths, hosts and session ids, never credentials or data.

use std::cell::RefCell;
use std::fs::File;
use std::io::Write;
use std::sync::atomic::{AtomicI64, Ordering};

use ext_php_rs::types::{ZendCallable, Zval};
use ext_php_rs::zend::ExecutorGlobals;
use parking_lot::Mutex;
use zookeeper_client::SessionState;

pub const ERROR: i64 = 1;
pub const WARN: i64 = 2;
pub const INFO: i64 = 3;
pub const DEBUG: i64 = 4;

static LEVEL: AtomicI64 = AtomicI64::new(WARN);

/// A file named by setLogStream('path'): process-wide, like PECL's.
static FILE: Mutex<Option<File>> = Mutex::new(None);

thread_local! {
    /// A PHP stream given to setLogStream($resource): it lives as long as the request.
    static STREAM: RefCell<Option<Zval>> = const { RefCell::new(None) };
}

/// As libzookeeper: 0 turns logging off, other values are clamped to 1..4.
pub fn set_level(level: i64) {
    LEVEL.store(if level <= 0 { 0 } else { level.min(DEBUG) }, Ordering::Relaxed);
}

pub fn set_file(file: File) {
    *FILE.lock() = Some(file);
    STREAM.with_borrow_mut(|stream| *stream = None);
}

pub fn set_stream(stream: Zval) {
    STREAM.with_borrow_mut(|current| *current = Some(stream));
}

/// Request end: a PHP stream resource does not outlive its request.
pub fn end_request() {
    let stream = STREAM.with_borrow_mut(Option::take);
    drop(stream);
}

pub fn enabled(level: i64) -> bool {
    level <= LEVEL.load(Ordering::Relaxed)
}

fn write(level: i64, message: &str) {
    if !enabled(level) {
        return;
    }
    let name = match level {
        ERROR => "ERROR",
        WARN => "WARN",
        INFO => "INFO",
        _ => "DEBUG",
    };
    let line = format!("{} ZOO_{name}@zookeeper.so [pid {}]: {message}\n", time_stamp(), std::process::id());
    let stream = STREAM.with_borrow(|stream| stream.as_ref().map(Zval::shallow_clone));
    if let Some(stream) = stream {
        if write_to_stream(&stream, &line) {
            return;
        }
        // The script closed the stream (or it broke): forget it, log to stderr.
        drop(STREAM.with_borrow_mut(Option::take));
    }
    if let Some(file) = FILE.lock().as_mut() {
        let _ = file.write_all(line.as_bytes());
        return;
    }
    let _ = std::io::stderr().write_all(line.as_bytes());
}

/// Writes through PHP's fwrite(); false when that failed. A failure never
/// reaches the caller of the Zookeeper method that happened to log.
fn write_to_stream(stream: &Zval, line: &str) -> bool {
    let Ok(fwrite) = ZendCallable::try_from_name("fwrite") else {
        return false;
    };
    let written = fwrite.try_call(vec![stream, &line]);
    if ExecutorGlobals::has_exception() {
        drop(ExecutorGlobals::take_exception());
        return false;
    }
    matches!(written, Ok(ref n) if n.long().is_some())
}

/// True for an open stream resource (what PHP's stream functions accept).
pub fn is_stream(value: &Zval) -> bool {
    ZendCallable::try_from_name("get_resource_type")
        .and_then(|f| f.try_call(vec![value]))
        .is_ok_and(|kind| kind.str() == Some("stream"))
}

fn time_stamp() -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    format!("{}.{:03}", now.as_secs(), now.subsec_millis())
}

pub fn warn(message: &str) {
    write(WARN, message);
}

pub fn info(message: &str) {
    write(INFO, message);
}

pub fn debug(message: impl FnOnce() -> String) {
    if enabled(DEBUG) {
        write(DEBUG, &message());
    }
}

pub fn session_state(state: SessionState) {
    match state {
        SessionState::Expired => warn("session expired; a new session is being established"),
        SessionState::AuthFailed => write(ERROR, "authentication failed; the session is closed"),
        SessionState::Disconnected => info("connection lost; reconnecting"),
        SessionState::SyncConnected => info("connected"),
        _ => info(&format!("session state {state}")),
    }
}
