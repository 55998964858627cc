//! Unique name parts for the nodes a recipe makes: a sequential node whose
//! create reply was lost is found again by its prefix (ZooKeeper's "protected"
//! create), and two objects of one process never take each other's node.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// 64 random bits: std's randomly keyed hasher over the pid and a counter.
fn random() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.finish()
}

/// 16 hex digits, different for every call in every process.
pub fn unique() -> String {
    format!("{:016x}", random())
}

/// A number in `0..bound` (0 for a bound of 0), for random picks; not for secrets.
pub fn below(bound: u64) -> u64 {
    random() % bound.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_differ_and_have_a_fixed_length() {
        let (a, b) = (unique(), unique());
        assert_ne!(a, b);
        assert_eq!(a.len(), 16);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
    }

    #[test]
    fn random_numbers_stay_below_the_bound() {
        assert!((0..1000).all(|_| below(7) < 7));
        assert_eq!(below(1), 0);
    }
}
