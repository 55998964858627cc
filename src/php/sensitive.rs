//! Marks credential parameters #[\SensitiveParameter] (PHP 8.2), so stack
//! traces and debug_backtrace() show a SensitiveParameterValue instead of the
//! secret, as for password_hash().

use std::ffi::c_char;
use std::sync::Once;

use ext_php_rs::class::RegisteredClass;
use ext_php_rs::ffi::{zend_function, zend_hash_str_find, zend_string, HashTable};
use ext_php_rs::types::ZendStr;

use super::zookeeper::Zookeeper;

/// (method name in lower case, index of the sensitive parameter).
const SENSITIVE: [(&str, u32); 1] = [("addauth", 1)];

/// ZEND_ATTRIBUTE_PERSISTENT: the attribute lives as long as the class.
const PERSISTENT: u32 = 1;

extern "C" {
    fn zend_add_attribute(attributes: *mut *mut HashTable, name: *mut zend_string, argc: u32, flags: u32, offset: u32, lineno: u32) -> *mut std::ffi::c_void;
}

static MARKED: Once = Once::new();

/// Once per process, at the first request: ext-php-rs registers the classes
/// after our module startup function runs, so this cannot happen there.
pub fn mark_parameters() {
    MARKED.call_once(|| {
        let class = Zookeeper::get_metadata().ce();
        for (method, index) in SENSITIVE {
            // SAFETY: the class's function table is the engine's, read on the
            // PHP thread; a found entry is a zend_function of this class.
            unsafe {
                let found = zend_hash_str_find(&class.function_table, method.as_ptr().cast::<c_char>(), method.len());
                if found.is_null() {
                    continue;
                }
                let function = (*found).value.ptr.cast::<zend_function>();
                let name = ZendStr::new_interned("SensitiveParameter", true).into_raw();
                // Offsets of parameter attributes count from 1 (0 is the function).
                zend_add_attribute(&mut (*function).common.attributes, name, 0, PERSISTENT, index + 1, 0);
            }
        }
    });
}
