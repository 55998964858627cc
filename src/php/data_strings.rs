//! PHP strings of cached node data, made once per value and handed out by
//! reference: a cached get() allocates and copies nothing, whatever the size.
//!
//! The cache keeps a node's data as an `Arc<[u8]>`, the same allocation for
//! as long as the entry lives. The first cached get() of it makes a
//! persistent (malloc'd) zend_string and keeps it here, keyed by that
//! allocation, together with a clone of the Arc (so the key cannot be reused
//! by other data while it is in the map); later gets return the same string
//! with one more reference.
//!
//! Only this PHP thread ever touches the strings' refcounts (the runtime's
//! threads never see them). PHP must never free or resize such a string in
//! place, which it does only to a string it holds the sole reference to:
//! the map's own reference keeps every refcount above one while PHP holds
//! the string, and a string is freed here only once the map's reference is
//! the last one. Strings whose data the cache let go are swept when the map
//! has doubled since the last sweep, so it stays within twice what the
//! cache holds (plus what the script still refers to).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;

use ext_php_rs::boxed::ZBox;
use ext_php_rs::ffi::zend_string;
use ext_php_rs::types::{ZendStr, Zval};
use foldhash::fast::FixedState;

use super::thread::php_thread_state;

/// zend_types.h: GC_PERSISTENT_LOCAL, a persistent value used by one thread.
const GC_PERSISTENT_LOCAL: u32 = 1 << 8;
/// Sweep no smaller map than this.
const MIN_SWEEP: usize = 64;

struct Shared {
    /// Keeps the data (and so the key) alive while the string is in the map.
    data: Arc<[u8]>,
    string: *mut zend_string,
}

struct Strings {
    /// By the address of the data.
    map: RefCell<HashMap<usize, Shared, FixedState>>,
    /// Sweep when the map grows past this.
    sweep_at: Cell<usize>,
}

php_thread_state! {
    ThreadStrings: Strings = Strings { map: RefCell::new(HashMap::with_hasher(FixedState::with_seed(0))), sweep_at: Cell::new(MIN_SWEEP) };
}

/// Sets `target` to cached `data` as a PHP string.
pub fn set(target: &mut Zval, data: &Arc<[u8]>) {
    let string = ThreadStrings::with(|strings| {
        let mut map = strings.map.borrow_mut();
        let key = Arc::as_ptr(data).cast::<u8>() as usize;
        let string = match map.get(&key) {
            Some(shared) => shared.string,
            None => {
                let string = persistent(data);
                map.insert(key, Shared { data: Arc::clone(data), string });
                if map.len() > strings.sweep_at.get() {
                    sweep(&mut map);
                    strings.sweep_at.set((2 * map.len()).max(MIN_SWEEP));
                }
                string
            },
        };
        // SAFETY: a live string of the map (its reference keeps it alive).
        unsafe { (*string).gc.refcount += 1 };
        string
    });
    // SAFETY: the new reference goes to the zval (never dropped as a ZBox).
    target.set_zend_string(unsafe { ZBox::from_raw(string) });
}

/// A persistent, thread-local copy of `data` holding one reference (the map's).
fn persistent(data: &[u8]) -> *mut zend_string {
    let string = ZendStr::new(data, true).into_raw();
    // SAFETY: a string just made; only its flags change.
    unsafe { (*string).gc.u.type_info |= GC_PERSISTENT_LOCAL };
    string
}

/// Frees the strings the cache no longer holds data for and PHP no longer
/// refers to (the map's reference is the last one).
fn sweep(map: &mut HashMap<usize, Shared, FixedState>) {
    map.retain(|_, shared| {
        // SAFETY: a live string of the map.
        let referenced = unsafe { (*shared.string).gc.refcount } > 1;
        if referenced || Arc::strong_count(&shared.data) > 1 {
            return true;
        }
        // SAFETY: the last reference, ours: nobody can see the string any more.
        drop(unsafe { ZBox::from_raw(shared.string) });
        false
    });
}
