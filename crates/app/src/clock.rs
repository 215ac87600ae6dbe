//! Injected time, so deadline and expiry tests are exact.

use std::sync::atomic::{AtomicI64, Ordering};

/// A source of the current instant.
pub trait Clock: Send + Sync {
    /// Now, in epoch milliseconds.
    fn now_ms(&self) -> i64;
}

/// The system clock.
#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        jiff::Timestamp::now().as_millisecond()
    }
}

/// The system clock shifted to start at another instant (the demo's `--now`): it runs at
/// the normal pace from there.
#[derive(Debug)]
pub struct ShiftedClock {
    offset_ms: i64,
}

impl ShiftedClock {
    /// A clock whose now is `start_ms` at creation.
    pub fn starting_at(start_ms: i64) -> ShiftedClock {
        ShiftedClock {
            offset_ms: start_ms - SystemClock.now_ms(),
        }
    }
}

impl Clock for ShiftedClock {
    fn now_ms(&self) -> i64 {
        SystemClock.now_ms() + self.offset_ms
    }
}

/// A clock that only moves when told to (tests).
#[derive(Debug, Default)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    /// A clock stopped at `ms`.
    pub fn at(ms: i64) -> ManualClock {
        ManualClock(AtomicI64::new(ms))
    }

    /// Move forward by `ms`.
    pub fn advance(&self, ms: i64) {
        self.0.fetch_add(ms, Ordering::SeqCst);
    }

    /// Jump to the instant `ms` (deadline tests).
    pub fn set(&self, ms: i64) {
        self.0.store(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}
