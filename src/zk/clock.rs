//! Monotonic milliseconds from a clock cheap enough for every cached read
//! (a few ms of resolution is plenty against a session timeout).

pub fn coarse_now_ms() -> u64 {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC_COARSE, &mut now) };
    (now.tv_sec as u64) * 1000 + (now.tv_nsec as u64) / 1_000_000
}

/// The instant `timeout` from now. Timeouts come from settings a caller may
/// set to anything (PHP_INT_MAX ms is 292 million years, past what an
/// Instant can hold): past a year they mean "no deadline" and are kept at a year.
pub fn deadline_after(timeout: std::time::Duration) -> std::time::Instant {
    const FAR: std::time::Duration = std::time::Duration::from_secs(365 * 24 * 3600);
    let now = std::time::Instant::now();
    now.checked_add(timeout.min(FAR)).unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_saturate_instead_of_overflowing() {
        let far = deadline_after(std::time::Duration::from_millis(u64::MAX));
        assert!(far > std::time::Instant::now() + std::time::Duration::from_secs(364 * 24 * 3600));
        assert!(deadline_after(std::time::Duration::from_millis(10)) <= std::time::Instant::now() + std::time::Duration::from_millis(10));
    }
}
