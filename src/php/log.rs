//! The extension's log, PECL style: `Zookeeper::setDebugLevel()` picks the
//! level (process-wide), `Zookeeper::setLogStream()` a PHP stream for the
//! rest of the request. It is silent until one of the two is called; after
//! setDebugLevel() alone it goes to stderr. Nothing secret is ever logged:
//! messages name paths, hosts and session ids, never credentials or data.
//!
//! Lines for a PHP stream are queued and written at the next safe point
//! (the end of a Zookeeper method, dispatch, the interrupt hook, request
//! shutdown), never from inside the extension's own work: a stream wrapper
//! written in PHP runs user code, which must not find the extension in the
//! middle of something (a save handler locking a PHP session, say).

use std::ffi::{c_char, c_int, c_void, CString};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use ext_php_rs::ffi::{php_stream, zend_resource};
use ext_php_rs::types::Zval;
use zookeeper_client::SessionState;

use super::boundary::{self, Failure, Held, Outcome};
use super::request;

pub const ERROR: i64 = 1;
pub const WARN: i64 = 2;
pub const INFO: i64 = 3;
pub const DEBUG: i64 = 4;

static LEVEL: AtomicI64 = AtomicI64::new(WARN);
/// setDebugLevel() was called in this process: without a stream, log to stderr.
static TO_STDERR: AtomicBool = AtomicBool::new(false);

extern "C" {
    fn _php_stream_open_wrapper_ex(
        path: *const c_char,
        mode: *const c_char,
        options: c_int,
        opened_path: *mut *mut c_void,
        context: *mut c_void,
    ) -> *mut php_stream;
    fn _php_stream_write(stream: *mut php_stream, buf: *const c_char, count: usize) -> isize;
    fn zend_fetch_resource2(res: *mut zend_resource, resource_type_name: *const c_char, type1: c_int, type2: c_int) -> *mut c_void;
    fn php_file_le_stream() -> c_int;
    fn php_file_le_pstream() -> c_int;
}

/// php_streams.h's REPORT_ERRORS: failures are warnings naming the caller.
const REPORT_ERRORS: c_int = 8;

/// As libzookeeper: 0 turns logging off, other values are clamped to 1..4.
pub fn set_level(level: i64) {
    LEVEL.store(if level <= 0 { 0 } else { level.min(DEBUG) }, Ordering::Relaxed);
    TO_STDERR.store(true, Ordering::Relaxed);
}

pub fn enabled(level: i64) -> bool {
    level <= LEVEL.load(Ordering::Relaxed)
}

/// The open PHP stream behind a resource, or None (not a stream, or closed).
fn stream_of(resource: &Zval) -> Option<*mut php_stream> {
    let res = resource.resource()?;
    // SAFETY: a live resource of the engine; no type name, so no error is raised.
    let stream = unsafe { zend_fetch_resource2(res, std::ptr::null(), php_file_le_stream(), php_file_le_pstream()) };
    (!stream.is_null()).then_some(stream.cast())
}

/// True for an open stream resource (what PHP's stream functions accept).
pub fn is_stream(value: &Zval) -> bool {
    stream_of(value).is_some()
}

/// setLogStream($resource): log there for the rest of the request.
pub fn set_stream(stream: &Zval) -> Outcome<()> {
    request::require_active("a log stream cannot be set")?;
    let previous = request::with(|request| request.log_stream.replace(Held::new(stream)));
    drop(previous);
    Ok(())
}

/// setLogStream('path'): opens `path` for appending through PHP's stream
/// layer (open_basedir and stream wrappers apply; a failure is PHP's own
/// warning naming the method) and logs there for the rest of the request.
/// False when it could not be opened.
pub fn open_stream(path: &[u8]) -> Outcome<bool> {
    request::require_active("a log stream cannot be set")?;
    let Ok(path) = CString::new(path) else {
        return Err(Failure::ValueError("Zookeeper::setLogStream(): Argument #1 ($stream) must not contain any null bytes".into()));
    };
    // SAFETY: NUL-terminated path and mode; no context. Runs wrappers, which may be user code.
    let stream =
        boundary::enter(|| unsafe { _php_stream_open_wrapper_ex(path.as_ptr(), c"ab".as_ptr(), REPORT_ERRORS, std::ptr::null_mut(), std::ptr::null_mut()) })?;
    if stream.is_null() {
        return Ok(false);
    }
    let mut resource = Zval::new();
    // SAFETY: a stream just opened: its resource holds one reference, which
    // the zval takes over (php_stream_to_zval).
    unsafe { resource.set_resource((*stream).res) };
    let previous = request::with(|request| request.log_stream.replace(Held::from_owned(resource)));
    drop(previous);
    Ok(true)
}

/// The message is formatted only if the level is on.
fn write(level: i64, message: std::fmt::Arguments) {
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
    let queued = request::with(|request| match &request.log_stream {
        Some(_) => {
            request.log_lines.push(line.clone());
            true
        },
        None => false,
    });
    if queued {
        boundary::note_pending();
    }
    if !queued && TO_STDERR.load(Ordering::Relaxed) {
        let _ = std::io::stderr().write_all(line.as_bytes());
    }
}

/// Writes the queued lines to the request's stream. A stream the script
/// closed (or that fails) is forgotten; its failure never reaches the
/// script: the lines are dropped. A bailout in a stream wrapper is returned.
pub fn flush() -> Outcome<()> {
    let (lines, stream) = request::with(|request| {
        if request.log_lines.is_empty() {
            return (Vec::new(), None);
        }
        (std::mem::take(&mut request.log_lines), request.log_stream.as_ref().map(|held| Held::new(held.value())))
    });
    let Some(stream) = stream else { return Ok(()) };
    let written = boundary::enter(|| {
        lines.iter().all(|line| match stream_of(stream.value()) {
            Some(target) => {
                // SAFETY: an open stream and a buffer we own.
                let written = unsafe { _php_stream_write(target, line.as_ptr().cast(), line.len()) };
                written == line.len() as isize
            },
            None => false,
        })
    });
    let broken = match written {
        Ok(all) => !all,
        Err(Failure::Thrown) => {
            // A user stream threw: the method that logged must not fail for it.
            boundary::enter(|| drop(ext_php_rs::zend::ExecutorGlobals::take_exception()))?;
            true
        },
        Err(failure) => return Err(failure),
    };
    if broken {
        let forgotten = request::with(|request| request.log_stream.take());
        drop(forgotten);
    }
    Ok(())
}

fn time_stamp() -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    format!("{}.{:03}", now.as_secs(), now.subsec_millis())
}

pub fn warn(message: std::fmt::Arguments) {
    write(WARN, message);
}

pub fn info(message: std::fmt::Arguments) {
    write(INFO, message);
}

pub fn debug(message: impl FnOnce() -> String) {
    if enabled(DEBUG) {
        write(DEBUG, format_args!("{}", message()));
    }
}

pub fn session_state(state: SessionState) {
    match state {
        SessionState::Expired => warn(format_args!("session expired; a new session is being established")),
        SessionState::AuthFailed => write(ERROR, format_args!("authentication failed; the session is closed")),
        SessionState::Disconnected => info(format_args!("connection lost; reconnecting")),
        SessionState::SyncConnected => info(format_args!("connected")),
        _ => info(format_args!("session state {state}")),
    }
}
