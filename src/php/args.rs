//! Argument checks beyond what zend_parse_parameters does, with PHP's own
//! wording: the engine prefixes the method and the argument
//! ("Zookeeper::delete(): Argument #2 ($version) must be between ...").

use std::ffi::{c_char, CString};

use ext_php_rs::flags::DataType;
use ext_php_rs::types::Zval;

use super::boundary::{self, Failure};

extern "C" {
    fn zend_argument_type_error(position: u32, format: *const c_char, ...);
    fn zend_argument_value_error(position: u32, format: *const c_char, ...);
    fn zend_zval_type_name(value: *const ext_php_rs::ffi::zval) -> *const c_char;
}

fn raise(position: u32, what: &str, raise: unsafe extern "C" fn(u32, *const c_char, ...)) -> Failure {
    let what = CString::new(what.replace('\0', "\\0")).unwrap_or_default();
    // SAFETY: a constant format taking one NUL-terminated string.
    match boundary::enter(|| unsafe { raise(position, c"%s".as_ptr(), what.as_ptr()) }) {
        Err(failure) => failure,
        Ok(()) => Failure::internal("the engine raised no argument error"),
    }
}

/// PHP's TypeError for argument `position` of the running method.
pub fn type_error(position: u32, what: &str) -> Failure {
    raise(position, what, zend_argument_type_error)
}

/// PHP's ValueError for argument `position` of the running method.
pub fn value_error(position: u32, what: &str) -> Failure {
    raise(position, what, zend_argument_value_error)
}

/// PHP's name for the type of a value in messages ("array", "stdClass"...).
pub fn type_name(value: &Zval) -> String {
    // SAFETY: a live zval; the engine returns a static or class name string.
    let name = unsafe { zend_zval_type_name(std::ptr::from_ref(value)) };
    if name.is_null() {
        return "mixed".into();
    }
    // SAFETY: NUL-terminated, owned by the engine.
    let name = unsafe { std::ffi::CStr::from_ptr(name) }.to_string_lossy();
    // An anonymous class's name goes on after a NUL byte; PHP shows the part before it.
    name.split('\0').next().unwrap_or_default().to_owned()
}

/// An int that must fit the protocol's 32 bits (versions).
pub fn int32(position: u32, value: i64) -> Result<i32, Failure> {
    i32::try_from(value).map_err(|_| value_error(position, "must be between -2147483648 and 2147483647"))
}

/// A bool inside an array argument: scalars convert as PHP converts them.
pub fn boolean(position: u32, value: &Zval) -> Result<bool, Failure> {
    match value.get_type() {
        DataType::True | DataType::False | DataType::Bool | DataType::Long | DataType::Double | DataType::String | DataType::Null => Ok(value.coerce_to_bool()),
        _ => Err(type_error(position, &format!("must be of type bool, {} given", type_name(value)))),
    }
}
