//! How events reach a PHP thread that never calls dispatch() (a `sleep()`
//! loop, a long computation): the core's threads ask that thread's engine
//! for a VM interrupt, and the engine calls `on_interrupt` on the PHP thread
//! at its next safe point.
//!
//! The interrupt flag is the thread's `EG(vm_interrupt)`. Its address is
//! taken on the PHP thread itself when its inbox is made, so under ZTS (one
//! executor per thread) the waker pokes exactly the thread whose requests
//! registered the watches; under NTS there is one executor.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicPtr, Ordering};
use std::time::Duration;

use ext_php_rs::ffi;

use super::boundary::{self, Failure};
use super::{callbacks, request};

type InterruptFunction = unsafe extern "C" fn(*mut ffi::zend_execute_data);

/// The hook that was installed before ours (other extensions chain too).
static PREVIOUS: AtomicPtr<()> = AtomicPtr::new(std::ptr::null_mut());

/// Module startup: our hook first, then whatever was there.
pub fn install() {
    // SAFETY: module startup runs once, before any request and any thread
    // of ours; the engine reads the hook only while executing.
    unsafe {
        if let Some(previous) = ffi::zend_interrupt_function {
            PREVIOUS.store(previous as *mut (), Ordering::Release);
        }
        ffi::zend_interrupt_function = Some(on_interrupt);
    }
}

/// What the core calls (from any thread) after it queued an event for this
/// PHP thread: sets this thread's interrupt flag.
pub fn waker() -> impl Fn() + Send + Sync + 'static {
    // SAFETY: called on the PHP thread (the inbox is made there); the engine's
    // executor globals of this thread live as long as the thread.
    let flag = unsafe { std::ptr::addr_of_mut!((*ffi::ext_php_rs_executor_globals()).vm_interrupt) };
    let flag = AtomicPtr::new(flag);
    move || {
        // SAFETY: vm_interrupt is an atomic the engine polls; storing into it
        // from another thread is what it is for (pcntl's signals do the same).
        unsafe { ffi::zend_atomic_bool_store(flag.load(Ordering::Relaxed), true) };
    }
}

/// The engine calls this on the PHP thread when someone asked for a VM
/// interrupt: queued callbacks run now. An exception from a callback is
/// left pending for the VM to raise at the current opcode.
unsafe extern "C" fn on_interrupt(execute_data: *mut ffi::zend_execute_data) {
    let outcome =
        catch_unwind(AssertUnwindSafe(|| boundary::entry_point(callbacks::dispatch))).unwrap_or_else(|_| Err(Failure::internal("panic in the interrupt hook")));
    if let Some(inbox) = request::existing_inbox().filter(|inbox| inbox.is_pending()) {
        // Left queued (an exception is on its way): ask again in a moment, so
        // they run at a later check (e.g. in the catch block). Not now: the
        // engine would call back before handling the exception, forever.
        if let Some(registry) = crate::zk::started_registry() {
            registry.spawn(async move {
                tokio::time::sleep(Duration::from_millis(1)).await;
                inbox.wake();
            });
        }
    }
    if let Err(failure) = outcome {
        // Nothing of ours is held here: a bailout does not return.
        failure.raise();
    }
    let previous = PREVIOUS.load(Ordering::Acquire);
    if !previous.is_null() {
        // SAFETY: stored from a function pointer of this type in `install`.
        let previous: InterruptFunction = unsafe { std::mem::transmute::<*mut (), InterruptFunction>(previous) };
        // SAFETY: the engine's own execute data, passed on unchanged.
        unsafe { previous(execute_data) };
    }
}
