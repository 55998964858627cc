//! The one way from Rust into PHP code.
//!
//! Everything that can run user code — calling a callable, writing to a PHP
//! stream, releasing a PHP value whose destructor may run, raising a warning
//! a user error handler may catch — goes through `enter`, which
//! - refuses to run while extension state is borrowed on this thread (see
//!   `hold_state`): user code could re-enter and find it borrowed, and a
//!   bailout would skip its release;
//! - runs the code inside the engine's try/catch, so a bailout (fatal error,
//!   timeout, memory limit) comes back as `Failure::Bailout` through the Rust
//!   frames in between, which repair their state on the way out; the entry
//!   point the engine called (a method handler, the interrupt hook, a save
//!   handler callback) re-raises it last, with nothing held (`finish`).
//!
//! PHP values the extension keeps (callables, log streams) are `Held`: their
//! drop never runs PHP code; it parks them until `release_parked` runs at the
//! next safe point (the end of an entry point, or request shutdown).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::mem::ManuallyDrop;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};

use ext_php_rs::exception::PhpException;
use ext_php_rs::types::Zval;
use ext_php_rs::zend::{ce, CatchError, ExecutorGlobals};

use super::codes::{self, code};
use super::exceptions;
use super::thread::php_thread_state;
use crate::zk;

/// Why an entry point does not return normally.
#[derive(Debug)]
pub enum Failure {
    /// A PHP exception is pending (thrown by argument parsing or user code):
    /// PHP raises it when the entry point returns.
    Thrown,
    /// The engine bailed out inside user code; the entry point re-raises it.
    Bailout,
    /// A ZookeeperException (the subclass for the code) with this message.
    Zookeeper {
        code: i32,
        message: String,
    },
    /// PHP's TypeError / ValueError, message already naming the argument.
    TypeError(String),
    ValueError(String),
}

pub type Outcome<T> = Result<T, Failure>;

impl Failure {
    /// PECL's exception for `code`, with zerror()'s text and `detail`.
    pub fn pecl(code: i32, detail: Option<&str>) -> Failure {
        Failure::Zookeeper { code, message: codes::with_detail(code, detail) }
    }

    /// Something that must never happen (a bug): reported, never a crash.
    pub fn internal(what: &str) -> Failure {
        Failure::pecl(code::SYSTEMERROR, Some(&format!("internal error in zookeeper.so: {what}")))
    }

    /// Raises this failure in PHP. Call it last in an entry point, with no
    /// Rust state held: a bailout does not return.
    pub fn raise(self) {
        match self {
            Failure::Thrown => {},
            // SAFETY: the caller holds nothing a skipped frame would have to release.
            Failure::Bailout => unsafe { ext_php_rs::zend::bailout() },
            Failure::Zookeeper { code, message } => exceptions::throw(code, &message),
            Failure::TypeError(message) => PhpException::new(message, 0, ce::type_error()).throw(),
            Failure::ValueError(message) => PhpException::new(message, 0, ce::value_error()).throw(),
        }
    }
}

impl From<zk::Error> for Failure {
    fn from(err: zk::Error) -> Self {
        let (code, message) = codes::of(&err);
        Failure::Zookeeper { code, message }
    }
}

/// The boundary's state of a PHP thread.
struct ThreadState {
    /// Borrows of extension state open on this thread (see `hold_state`).
    borrows: Cell<u32>,
    /// PHP values dropped while PHP code could not run; see `Held`.
    parked: RefCell<VecDeque<Zval>>,
    /// Something waits for the next safe point (parked values, log lines).
    pending: Cell<bool>,
    /// Inside one of the extension's entry points (for the panic hook, which
    /// may look from another thread).
    in_extension: AtomicBool,
}

php_thread_state! {
    PhpThread: ThreadState = ThreadState { borrows: Cell::new(0), parked: RefCell::new(VecDeque::new()), pending: Cell::new(false), in_extension: AtomicBool::new(false) };
}

/// Runs `f` on extension state. No PHP code can run until it returns:
/// `enter` refuses while any such borrow is open.
pub fn hold_state<R>(f: impl FnOnce() -> R) -> R {
    struct Release<'a>(&'a Cell<u32>);
    impl Drop for Release<'_> {
        fn drop(&mut self) {
            self.0.set(self.0.get() - 1);
        }
    }
    PhpThread::with(|thread| {
        thread.borrows.set(thread.borrows.get() + 1);
        let _release = Release(&thread.borrows);
        f()
    })
}

/// Runs `f`, which may run PHP user code, inside the engine's try/catch.
/// Err(Bailout) when the engine bailed out: the caller repairs its state,
/// runs no PHP code any more, and returns the failure up to its entry point,
/// which re-raises it. Err(Thrown) when an exception is pending afterwards.
pub fn enter<R>(f: impl FnOnce() -> R) -> Outcome<R> {
    if PhpThread::with(|thread| thread.borrows.get()) != 0 {
        return Err(Failure::internal("PHP code was about to run while extension state was borrowed"));
    }
    match ext_php_rs::zend::try_catch(AssertUnwindSafe(f)) {
        Ok(value) if ExecutorGlobals::has_exception() => {
            drop(value);
            Err(Failure::Thrown)
        },
        Ok(value) => Ok(value),
        Err(CatchError::Bailout) => Err(Failure::Bailout),
        Err(CatchError::Panic(message)) => Err(Failure::internal(&message)),
        Err(err) => Err(Failure::internal(&err.to_string())),
    }
}

/// Raises a PHP warning (a user error handler may run, and may throw or exit).
pub fn warn(message: &str) -> Outcome<()> {
    enter(|| ext_php_rs::error::php_error(&ext_php_rs::flags::ErrorType::Warning, message))
}

/// A PHP value the extension keeps. Dropping it never runs PHP code (a
/// destructor it triggers could re-enter or bail out wherever the drop
/// happens): it is parked and released at the next safe point.
pub struct Held(ManuallyDrop<Zval>);

impl Held {
    /// Keeps `value` (a new reference to it).
    pub fn new(value: &Zval) -> Held {
        Held(ManuallyDrop::new(value.shallow_clone()))
    }

    /// Takes over `value` without a new reference.
    pub fn from_owned(value: Zval) -> Held {
        Held(ManuallyDrop::new(value))
    }

    pub fn value(&self) -> &Zval {
        &self.0
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        // SAFETY: taken once, here; the field is never used again.
        let value = unsafe { ManuallyDrop::take(&mut self.0) };
        PhpThread::with(|thread| {
            thread.parked.borrow_mut().push_back(value);
            thread.pending.set(true);
        });
    }
}

/// Lets go of parked values without running PHP code: after a bailout at
/// request end, when the engine frees the request's memory wholesale. The
/// values are the request's; the list holding them is ours and is freed.
pub fn forget_parked() {
    let parked = PhpThread::with(|thread| thread.parked.take());
    parked.into_iter().for_each(std::mem::forget);
}

/// Releases the PHP values dropped since the last time (their destructors
/// may run user code). Entry points call it on their way out.
pub fn release_parked() -> Outcome<()> {
    // One at a time, each taken off the list first: when a destructor bails
    // out, the values not released yet stay parked (request shutdown lets go
    // of them), and no list is left half dropped by the longjmp.
    while let Some(value) = PhpThread::with(|thread| thread.parked.borrow_mut().pop_front()) {
        enter(move || drop(value))?;
    }
    Ok(())
}

/// Something is queued for the next safe point (a log line, say).
pub fn note_pending() {
    PhpThread::with(|thread| thread.pending.set(true));
}

/// Marks the current thread as running extension code; returns whether it
/// was already. Only this thread writes the flag: a load and a store, not a
/// (locked) swap.
fn mark_in_extension() -> bool {
    PhpThread::with(|thread| {
        let was = thread.in_extension.load(Ordering::Relaxed);
        thread.in_extension.store(true, Ordering::Relaxed);
        was
    })
}

/// Marks the current thread as running extension code, for the panic hook
/// (entry points that must not run PHP code at their end use this alone).
pub fn in_extension<R>(f: impl FnOnce() -> R) -> R {
    let was = mark_in_extension();
    let result = f();
    PhpThread::with(|thread| thread.in_extension.store(was, Ordering::Relaxed));
    result
}

/// Runs an entry point's `body` marked as extension code (for the panic
/// hook), then its safe point: queued log lines are written and parked PHP
/// values released, when there are any.
pub fn entry_point(body: impl FnOnce() -> Outcome<()>) -> Outcome<()> {
    let was = mark_in_extension();
    let result = body();
    // After a bailout no PHP code may run until the engine has unwound it:
    // what waits stays queued (for the next safe point, request shutdown).
    let bailed_out = matches!(result, Err(Failure::Bailout));
    let pending = PhpThread::with(|thread| {
        thread.in_extension.store(was, Ordering::Relaxed);
        !bailed_out && thread.pending.replace(false)
    });
    if !pending {
        return result;
    }
    let flushed = after(result, super::log::flush);
    after(flushed, release_parked)
}

/// `done`, followed by `next` (which may run PHP code) unless `done` bailed
/// out. A bailout in `next` wins over the failure `done` already had (an
/// exception a callback threw, say): the engine has to unwind it, and its
/// state is left for that; returning as if it had not happened would run the
/// script on from the middle of a fatal error.
pub fn after(done: Outcome<()>, next: impl FnOnce() -> Outcome<()>) -> Outcome<()> {
    if let Err(Failure::Bailout) = done {
        return done;
    }
    match next() {
        Err(Failure::Bailout) => Err(Failure::Bailout),
        then => done.and(then),
    }
}

/// Panics are caught at every entry point and become ZookeeperExceptions;
/// the default hook would also print them into the page or the fpm log. Ours
/// logs the panics of extension code (the PHP thread inside an entry point,
/// and the runtime's threads) and hands every other to the hook that was
/// installed before, which it keeps.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let ours =
            std::thread::current().name() == Some(crate::zk::RUNTIME_THREAD_NAME) || PhpThread::with(|thread| thread.in_extension.load(Ordering::Relaxed));
        if ours {
            super::log::debug(|| format!("internal error: {info}"));
        } else {
            previous(info);
        }
    }));
}
