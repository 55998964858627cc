//! State that belongs to a PHP thread. Under NTS PHP there is one PHP thread,
//! and such state is a plain static (the cheapest access: a thread-local of a
//! shared library costs a call each time, on every method call of the hot
//! path); under ZTS it is a thread-local. Only PHP threads may touch it.

/// Declares `$name` with `$name::with(|value: &$ty| ...)`, private to the
/// PHP thread that calls it. `$init` must be a constant expression.
macro_rules! php_thread_state {
    ($(#[$doc:meta])* $vis:vis $name:ident: $ty:ty = $init:expr;) => {
        $(#[$doc])*
        $vis struct $name;

        impl $name {
            #[inline]
            $vis fn with<R>(f: impl FnOnce(&$ty) -> R) -> R {
                thread_local! {
                    static PER_THREAD: $ty = const { $init };
                }
                /// The one PHP thread's value under NTS.
                struct OnlyThread($ty);
                // SAFETY: under NTS PHP runs on one thread, and only that thread
                // calls `with` (the core's threads never touch PHP-side state).
                unsafe impl Sync for OnlyThread {}
                static ONLY_THREAD: OnlyThread = OnlyThread($init);
                if ext_php_rs::PHP_ZTS {
                    let mut f = Some(f);
                    match PER_THREAD.try_with(|value| f.take().map(|f| f(value))) {
                        Ok(Some(result)) => result,
                        // The thread is exiting and its state is gone (only
                        // under ZTS): a fresh, empty one serves, then goes too.
                        _ => match f {
                            Some(f) => f(&$init),
                            None => unreachable!("`f` ran, so try_with returned its result"),
                        },
                    }
                } else {
                    f(&ONLY_THREAD.0)
                }
            }
        }
    };
}

pub(crate) use php_thread_state;
