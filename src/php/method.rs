//! The handlers the engine calls for the extension's methods and functions,
//! written by hand rather than generated, so that each one is the same few
//! steps the boundary needs:
//! - arguments are parsed by the engine's own `zend_parse_parameters`, as
//!   PECL does: weak-mode coercion written back into the call frame (stack
//!   traces show the coerced values), `declare(strict_types=1)` of the
//!   caller honoured, PHP's own TypeErrors naming the argument;
//! - `$this` is a shared reference: a callback that re-enters the object
//!   (PECL's usual idiom) gets another shared reference, and the object keeps
//!   its state behind interior mutability borrowed only where no PHP code runs;
//! - panics are caught and become ZookeeperExceptions;
//! - on the way out, queued log lines are written and parked PHP values
//!   released (a safe point), then a failure is raised, a bailout last of
//!   all, with nothing of the extension's held.

use std::ffi::{c_char, c_int, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};

use ext_php_rs::args::Arg;
use ext_php_rs::builders::FunctionBuilder;
use ext_php_rs::class::RegisteredClass;
use ext_php_rs::flags::DataType;
use ext_php_rs::types::{ZendClassObject, ZendObject, Zval};
use ext_php_rs::zend::ExecuteData;

use super::boundary::{self, Failure, Outcome};

extern "C" {
    /// The engine's argument parser (zend_API.h); the type spec says what
    /// pointers follow.
    fn zend_parse_parameters(num_args: u32, type_spec: *const c_char, ...) -> c_int;
}

/// The number of arguments of the current call (ZEND_NUM_ARGS()).
pub fn arg_count(ex: &ExecuteData) -> u32 {
    // SAFETY: the engine sets num_args for every call frame.
    unsafe { ex.This.u2.num_args }
}

/// The hot path's shortcut around zend_parse_parameters: the bytes of the
/// only argument when exactly one was passed and it is a string already (no
/// coercion to make, so no strict_types question and nothing to write back).
pub fn sole_string_arg<'a>(ex: &ExecuteData) -> Option<&'a [u8]> {
    if arg_count(ex) != 1 {
        return None;
    }
    // SAFETY: one argument was passed; it lives as long as the call.
    let value = unsafe { ex.zend_call_arg(0) }?;
    value.zend_str().map(|string| string.as_bytes())
}

/// Parses the arguments with `zend_parse_parameters(num, spec, pointers...)`:
/// Err(Thrown) when the engine threw its TypeError/ArgumentCountError.
#[macro_export]
macro_rules! parse_args {
    ($ex:expr, $spec:literal $(, $out:expr)* $(,)?) => {{
        let pointers: &[*mut ::std::ffi::c_void] = &[$(($out) as *mut _ as *mut ::std::ffi::c_void),*];
        $crate::php::method::parse($crate::php::method::arg_count($ex), concat!($spec, "\0"), pointers)
    }};
}

/// `parse_args!` without the macro: `spec` ends in NUL and says what each
/// of `pointers` points to, as zend_parse_parameters documents.
pub fn parse(count: u32, spec: &str, pointers: &[*mut c_void]) -> Outcome<()> {
    let spec = spec.as_ptr().cast::<c_char>();
    // SAFETY: the spec and the pointers match (the caller's promise); a
    // variadic call takes every pointer type the same way.
    let status = unsafe {
        match *pointers {
            [] => zend_parse_parameters(count, spec),
            [a] => zend_parse_parameters(count, spec, a),
            [a, b] => zend_parse_parameters(count, spec, a, b),
            [a, b, c] => zend_parse_parameters(count, spec, a, b, c),
            [a, b, c, d] => zend_parse_parameters(count, spec, a, b, c, d),
            [a, b, c, d, e] => zend_parse_parameters(count, spec, a, b, c, d, e),
            [a, b, c, d, e, f] => zend_parse_parameters(count, spec, a, b, c, d, e, f),
            [a, b, c, d, e, f, g] => zend_parse_parameters(count, spec, a, b, c, d, e, f, g),
            [a, b, c, d, e, f, g, h] => zend_parse_parameters(count, spec, a, b, c, d, e, f, g, h),
            _ => return Err(Failure::internal("too many arguments to parse")),
        }
    };
    if status == 0 {
        Ok(())
    } else {
        Err(Failure::Thrown)
    }
}

/// A string argument as zend_parse_parameters hands it out ("s", "s!"):
/// a pointer into the call frame, valid for the call.
pub struct StrArg {
    pub ptr: *mut c_char,
    pub len: usize,
}

impl Default for StrArg {
    fn default() -> Self {
        StrArg { ptr: std::ptr::null_mut(), len: 0 }
    }
}

impl StrArg {
    /// The bytes; None for null ("s!") or when the argument was left out.
    pub fn get<'a>(&self) -> Option<&'a [u8]> {
        // SAFETY: set by zend_parse_parameters to the string in the frame.
        (!self.ptr.is_null()).then(|| unsafe { std::slice::from_raw_parts(self.ptr.cast::<u8>(), self.len) })
    }

    pub fn bytes<'a>(&self) -> &'a [u8] {
        self.get().unwrap_or_default()
    }
}

/// A zval argument ("z", "a!"): None when left out or null.
pub fn zval_arg<'a>(value: *mut ext_php_rs::ffi::zval) -> Option<&'a mut Zval> {
    // SAFETY: set by zend_parse_parameters to a zval of the call frame.
    unsafe { value.cast::<Zval>().as_mut() }
}

/// `$this` of a method of `T`.
fn this<T: RegisteredClass + Default>(ex: &mut ExecuteData) -> Option<*const T> {
    object_value(ex.This.object_mut()?)
}

/// The Rust value of `object` if it is an object of `T` (or a subclass).
/// An object the engine made but no constructor of ours ran for (a subclass
/// whose constructor does not call parent::__construct(), which PECL allows)
/// starts as `T::default()`.
pub fn object_value<T: RegisteredClass + Default>(object: &mut ZendObject) -> Option<*const T> {
    // Only the class's create_object handler (inherited by subclasses) sets
    // these handlers: then the zend_object is the `std` field of a
    // ZendClassObject<T>.
    if !std::ptr::eq(object.handlers, T::get_metadata().handlers()) {
        return None;
    }
    let offset = std::mem::offset_of!(ZendClassObject<T>, std);
    // SAFETY: as said above; the engine keeps the object alive for the call.
    unsafe {
        let class_object = std::ptr::from_mut(object).cast::<u8>().sub(offset).cast::<ZendClassObject<T>>();
        Some(std::ptr::from_ref((*class_object).obj.get_or_insert_with(T::default)))
    }
}

/// Runs a method of `T`.
pub fn run<T: RegisteredClass + Default>(ex: &mut ExecuteData, retval: &mut Zval, body: impl FnOnce(&T, &mut ExecuteData, &mut Zval) -> Outcome<()>) {
    let this = this::<T>(ex);
    finish(guarded(|| match this {
        // SAFETY: the engine keeps $this alive for the whole call.
        Some(this) => body(unsafe { &*this }, ex, retval),
        None => Err(Failure::internal("method called without its object")),
    }));
}

/// Runs a static method or a function.
pub fn run_static(ex: &mut ExecuteData, retval: &mut Zval, body: impl FnOnce(&mut ExecuteData, &mut Zval) -> Outcome<()>) {
    finish(guarded(|| body(ex, retval)));
}

/// Runs `body` with panics caught, then the safe point.
pub fn guarded(body: impl FnOnce() -> Outcome<()>) -> Outcome<()> {
    catch_unwind(AssertUnwindSafe(|| boundary::entry_point(body))).unwrap_or_else(|payload| {
        let message = payload.downcast_ref::<&str>().map(|s| (*s).to_owned()).or_else(|| payload.downcast_ref::<String>().cloned());
        Err(Failure::internal(&message.unwrap_or_else(|| "panic".into())))
    })
}

fn finish(outcome: Outcome<()>) {
    if let Err(failure) = outcome {
        failure.raise();
    }
}

/// A parameter as PECL declares it: untyped (mixed), optional ones with a
/// default of null.
pub fn param(name: &str) -> Arg<'static> {
    Arg::new(name, DataType::Mixed)
}

pub fn optional(name: &str) -> Arg<'static> {
    Arg::new(name, DataType::Mixed).allow_null().default("null")
}

/// A by-reference out parameter (`&$stat_info = null`).
pub fn out(name: &str) -> Arg<'static> {
    optional(name).as_ref()
}

/// `?array $acl = null`, as PECL's create() declares it.
pub fn acl_param() -> Arg<'static> {
    Arg::new("acl", DataType::Array).allow_null().default("null")
}

/// What the engine calls for a method or function.
pub type Handler = extern "C" fn(&mut ExecuteData, &mut Zval);

/// A method with its parameters; `required` of them are mandatory.
pub fn function(name: &str, handler: Handler, args: Vec<Arg<'static>>, required: usize) -> FunctionBuilder<'static> {
    args.into_iter().fold(FunctionBuilder::new(name, handler), FunctionBuilder::arg).required_args(required)
}

/// The handlers (extern "C" functions the engine calls) of methods of
/// `$class`, each running `$class::$method` through `run`.
#[macro_export]
macro_rules! method_handlers {
    ($class:ty { $($handler:ident => $method:ident),* $(,)? }) => {
        $(extern "C" fn $handler(ex: &mut ::ext_php_rs::zend::ExecuteData, retval: &mut ::ext_php_rs::types::Zval) {
            $crate::php::method::run::<$class>(ex, retval, <$class>::$method);
        })*
    };
}
