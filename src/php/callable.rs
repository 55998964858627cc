//! PHP callables the extension keeps for later: checked the way the engine
//! checks a callable parameter, and bound to the scope that registered them.
//!
//! A callable is resolved against the scope of the code that passed it, so
//! `[$this, 'privateMethod']` is callable inside its class and nowhere else.
//! The extension calls it later from another place (a VM interrupt, a
//! dispatch in other code), so it keeps the callable as a Closure made in
//! the registering scope, as `Closure::fromCallable()` there would: the
//! method it names is the one that runs, whatever calls it.

use std::ffi::c_char;

use ext_php_rs::ffi::{_call_user_function_impl, zend_is_callable_ex};
use ext_php_rs::types::Zval;

use super::boundary::{self, Failure, Held, Outcome};
use super::request;

extern "C" {
    fn zend_wrong_callback_error(num: u32, error: *mut c_char);
    fn zend_wrong_callback_or_null_error(num: u32, error: *mut c_char);
}

/// A callable kept for later: a Closure.
pub struct BoundCallable(Held);

/// How a call ended when it did not bail out.
#[derive(Debug, PartialEq, Eq)]
pub enum Called {
    Returned,
    /// The callable threw (or called exit()): the exception is pending.
    Threw,
}

impl BoundCallable {
    /// Checks argument `position` the way the engine checks a `callable`
    /// (`?callable` when `nullable`) parameter, with its TypeError, and
    /// binds it. None for null (nullable only). Refused once the request
    /// has ended.
    pub fn from_arg(value: &Zval, position: u32, nullable: bool) -> Outcome<Option<BoundCallable>> {
        if nullable && value.is_null() {
            return Ok(None);
        }
        check_callable(value, position, nullable)?;
        request::require_active("a callback cannot be registered")?;
        // Closure is final: its name says it all.
        if value.object().and_then(|object| object.get_class_name().ok()).as_deref() == Some("Closure") {
            return Ok(Some(BoundCallable(Held::new(value))));
        }
        // Resolved in the scope of the first user frame up the stack: the
        // code that called the extension's method.
        let bound = call_function("Closure::fromCallable", &mut [value.shallow_clone()])?;
        match bound {
            Some(closure) if closure.object().is_some() => Ok(Some(BoundCallable(Held::from_owned(closure)))),
            _ => Err(Failure::internal("Closure::fromCallable() returned no closure")),
        }
    }

    /// Calls it with `args` through the guarded path.
    pub fn call(&self, args: &mut [Zval]) -> Outcome<Called> {
        // SAFETY: a valid callable zval, a return slot and an argument array we own.
        let status = boundary::enter(|| unsafe {
            let mut retval = Zval::new();
            let status = _call_user_function_impl(
                std::ptr::null_mut(),
                std::ptr::from_ref(self.0.value()).cast_mut(),
                &mut retval,
                args.len() as u32,
                args.as_mut_ptr(),
                std::ptr::null_mut(),
            );
            drop(retval);
            status
        });
        match status {
            Ok(_) => Ok(Called::Returned),
            Err(Failure::Thrown) => Ok(Called::Threw),
            Err(failure) => Err(failure),
        }
    }
}

/// The engine's own check of a callable parameter, with its TypeError.
fn check_callable(value: &Zval, position: u32, nullable: bool) -> Outcome<()> {
    let mut error: *mut c_char = std::ptr::null_mut();
    // SAFETY: a live zval; no fcc is asked for, so no trampoline is left to free.
    let callable =
        unsafe { zend_is_callable_ex(std::ptr::from_ref(value).cast_mut(), std::ptr::null_mut(), 0, std::ptr::null_mut(), std::ptr::null_mut(), &mut error) };
    if callable {
        if !error.is_null() {
            // A deprecation note came with it; the engine has reported it.
            // SAFETY: allocated by the engine with emalloc for us to free.
            unsafe { ext_php_rs::alloc::efree(error.cast()) };
        }
        return Ok(());
    }
    if error.is_null() {
        return Err(Failure::TypeError(format!("Argument #{position} must be a valid callback")));
    }
    // SAFETY: the engine's message; these functions throw the TypeError
    // naming the active method and argument, and free the message.
    let thrown = boundary::enter(|| unsafe {
        if nullable {
            zend_wrong_callback_or_null_error(position, error);
        } else {
            zend_wrong_callback_error(position, error);
        }
    });
    // (A bailout while the error is made, the memory limit say, stays one.)
    match thrown {
        Err(Failure::Bailout) => Err(Failure::Bailout),
        _ => Err(Failure::Thrown),
    }
}

/// Calls a PHP function by name (a "Class::method" string works too);
/// its return value, None when it threw.
pub fn call_function(name: &str, args: &mut [Zval]) -> Outcome<Option<Zval>> {
    let mut function = Zval::new();
    function.set_string(name, false).map_err(|err| Failure::internal(&err.to_string()))?;
    let mut retval = Zval::new();
    // SAFETY: as in `BoundCallable::call`.
    let result = boundary::enter(|| unsafe {
        _call_user_function_impl(std::ptr::null_mut(), &mut function, &mut retval, args.len() as u32, args.as_mut_ptr(), std::ptr::null_mut())
    });
    match result {
        Ok(_) => Ok(Some(retval)),
        Err(Failure::Thrown) => Ok(None),
        Err(failure) => Err(failure),
    }
}

impl Clone for BoundCallable {
    fn clone(&self) -> Self {
        BoundCallable(Held::new(self.0.value()))
    }
}
