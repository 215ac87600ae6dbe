//! Application windows precomputed as instants, so that "is it open at
//! `at`" costs a comparison or two per scheme instead of a time-zone
//! conversion.
//!
//! Every answer equals what [`Window::state_at`] says:
//! - a permanent window is always open, an invalid one never;
//! - a one-off window is one `[opens, closes)` interval, read once from
//!   `state_at`, valid for every instant;
//! - an annual window is a list of consecutive intervals read from
//!   `state_at`, valid for a range of instants around the instant of the
//!   last query; a query outside the range rebuilds the table, and an
//!   instant the table cannot answer falls back to `state_at`.
//!
//! Instants are nanoseconds since the Unix epoch; one-off bounds are kept
//! in an `i64` (years 1677 to 2262), windows outside that always use
//! `state_at`.

use jiff::{SignedDuration, Timestamp};
use passerelle_domain::scheme::Recurrence;
use passerelle_domain::scheme::window::{Window, WindowState};
use std::sync::{PoisonError, RwLock, RwLockReadGuard};

/// The shape of a window, independent of the instant. Eight bytes of tag
/// and two `i64`s of data, stored inline in the per-scheme arrays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Timeline {
    /// Invalid window: never open, "closed" at the epoch.
    Never,
    /// Permanent: always open, no deadline.
    Always,
    /// One-off: open on `[opens, closes)` (nanoseconds).
    Once {
        /// First instant open.
        opens: i64,
        /// First instant closed.
        closes: i64,
    },
    /// Annual: the n-th annual window of the index (see [`AnnualTable`]).
    Annual(u32),
    /// Anything the cases above cannot hold exactly: ask the window.
    Ask,
}

impl Timeline {
    /// The timeline of `window`; an annual one takes the next index of
    /// `annual_count`.
    pub(crate) fn of(window: &Window, annual_count: &mut u32) -> Self {
        if window.validate().is_err() {
            return Self::Never;
        }
        match window.recurrence {
            Recurrence::Permanent => Self::Always,
            Recurrence::Annual => {
                let i = *annual_count;
                *annual_count += 1;
                Self::Annual(i)
            }
            Recurrence::OneOff => {
                let (o, c) = match window.state_at(Timestamp::UNIX_EPOCH) {
                    WindowState::Upcoming { opens, closes }
                    | WindowState::Open {
                        opened: Some(opens),
                        closes: Some(closes),
                    } => (opens, closes),
                    WindowState::Closed { opened, closed } if opened < closed => (opened, closed),
                    _ => return Self::Ask,
                };
                match (
                    i64::try_from(o.as_nanosecond()),
                    i64::try_from(c.as_nanosecond()),
                ) {
                    (Ok(opens), Ok(closes)) => Self::Once { opens, closes },
                    _ => Self::Ask,
                }
            }
        }
    }
}

/// Where an instant falls, reduced to what search needs (nanoseconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    /// Open; `None` when permanent.
    Open(Option<i128>),
    /// Not open yet; the closing instant of the coming opening.
    Upcoming(i128),
    /// Over for good, at that instant.
    Closed(i128),
}

impl State {
    fn from_window(s: WindowState) -> Self {
        match s {
            WindowState::Open { closes, .. } => Self::Open(closes.map(|c| c.as_nanosecond())),
            WindowState::Upcoming { closes, .. } => Self::Upcoming(closes.as_nanosecond()),
            WindowState::Closed { closed, .. } => Self::Closed(closed.as_nanosecond()),
        }
    }

    /// Whether applications are taken.
    pub(crate) fn is_open(self) -> bool {
        matches!(self, Self::Open(_))
    }

    /// The next closing instant (`Window::next_closing`).
    pub(crate) fn next_closing(self) -> Option<Timestamp> {
        match self {
            Self::Open(c) => c.and_then(|c| Timestamp::from_nanosecond(c).ok()),
            Self::Upcoming(c) => Timestamp::from_nanosecond(c).ok(),
            Self::Closed(_) => None,
        }
    }

    /// Sort key for "by deadline": schemes with a coming deadline first,
    /// soonest first; then permanent ones; then closed ones, most recently
    /// closed first.
    pub(crate) fn deadline_key(self) -> (u8, i128) {
        match self {
            Self::Open(Some(c)) | Self::Upcoming(c) => (0, c),
            Self::Open(None) => (1, 0),
            Self::Closed(c) => (2, !c),
        }
    }
}

/// Intervals of the annual windows for instants in `[lo, hi)`.
#[derive(Debug, Default)]
pub(crate) struct AnnualTable {
    lo: Option<Timestamp>,
    hi: Option<Timestamp>,
    offsets: Vec<u32>,
    /// `[opens, closes)` in nanoseconds, consecutive per window.
    spans: Vec<(i64, i64)>,
}

/// How far before and after the triggering instant a table is valid: short
/// before (the clock moves forward), a year after, so that a window has
/// two or three openings in the table and the first one usually answers.
const BEFORE: SignedDuration = SignedDuration::from_hours(24 * 2);
const AFTER: SignedDuration = SignedDuration::from_hours(24 * 370);
/// Openings followed per window when building a table.
const MAX_SPANS: usize = 8;

impl AnnualTable {
    fn covers(&self, at: Timestamp) -> bool {
        matches!((self.lo, self.hi), (Some(lo), Some(hi)) if lo <= at && at < hi)
    }

    fn build<'w>(windows: impl Iterator<Item = &'w Window>, at: Timestamp) -> Self {
        let lo = at.checked_sub(BEFORE).unwrap_or(Timestamp::MIN);
        let hi = at.checked_add(AFTER).unwrap_or(Timestamp::MAX);
        let mut offsets = vec![0];
        let mut spans = vec![];
        for w in windows {
            let mut t = lo;
            for _ in 0..MAX_SPANS {
                let (o, c) = match w.state_at(t) {
                    WindowState::Open {
                        opened: Some(o),
                        closes: Some(c),
                    }
                    | WindowState::Upcoming {
                        opens: o,
                        closes: c,
                    } => (o, c),
                    _ => break,
                };
                let (Ok(o_ns), Ok(c_ns)) = (
                    i64::try_from(o.as_nanosecond()),
                    i64::try_from(c.as_nanosecond()),
                ) else {
                    break;
                };
                if c <= t {
                    break;
                }
                spans.push((o_ns, c_ns));
                if o >= hi {
                    break;
                }
                t = c;
            }
            offsets.push(u32::try_from(spans.len()).unwrap_or(u32::MAX));
        }
        Self {
            lo: Some(lo),
            hi: Some(hi),
            offsets,
            spans,
        }
    }

    /// The state of the `i`-th annual window at `at`, when the table knows it.
    fn state(&self, i: u32, at: i128) -> Option<State> {
        let i = i as usize;
        let (a, b) = (
            *self.offsets.get(i)? as usize,
            *self.offsets.get(i + 1)? as usize,
        );
        let (o, c) = self
            .spans
            .get(a..b)?
            .iter()
            .find(|(_, c)| at < i128::from(*c))?;
        let (o, c) = (i128::from(*o), i128::from(*c));
        Some(if at < o {
            State::Upcoming(c)
        } else {
            State::Open(Some(c))
        })
    }
}

/// The annual table behind a lock, rebuilt when a query falls outside it.
#[derive(Debug, Default)]
pub(crate) struct Annual {
    table: RwLock<AnnualTable>,
}

impl Annual {
    /// A table valid around `at`, rebuilt first if needed.
    pub(crate) fn at<'w, I: Iterator<Item = &'w Window>>(
        &self,
        at: Timestamp,
        windows: impl FnOnce() -> I,
    ) -> RwLockReadGuard<'_, AnnualTable> {
        {
            let t = self.table.read().unwrap_or_else(PoisonError::into_inner);
            if t.covers(at) {
                return t;
            }
        }
        {
            let mut t = self.table.write().unwrap_or_else(PoisonError::into_inner);
            if !t.covers(at) {
                *t = AnnualTable::build(windows(), at);
            }
        }
        self.table.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Builds the table around `at` now.
    pub(crate) fn prepare<'w>(&self, at: Timestamp, windows: impl Iterator<Item = &'w Window>) {
        let mut t = self.table.write().unwrap_or_else(PoisonError::into_inner);
        *t = AnnualTable::build(windows, at);
    }
}

/// An instant in both forms.
#[derive(Debug, Clone, Copy)]
pub(crate) struct At {
    pub(crate) ts: Timestamp,
    pub(crate) ns: i128,
}

impl At {
    pub(crate) fn new(ts: Timestamp) -> Self {
        Self {
            ts,
            ns: ts.as_nanosecond(),
        }
    }
}

/// The state of a window at `at`, from its timeline; `window` is read only
/// when the timeline cannot answer.
#[inline]
pub(crate) fn state<'w>(
    timeline: Timeline,
    window: impl FnOnce() -> &'w Window,
    table: &AnnualTable,
    at: At,
) -> State {
    match timeline {
        Timeline::Never => State::Closed(0),
        Timeline::Always => State::Open(None),
        Timeline::Once { opens, closes } => {
            let (o, c) = (i128::from(opens), i128::from(closes));
            if at.ns < o {
                State::Upcoming(c)
            } else if at.ns < c {
                State::Open(Some(c))
            } else {
                State::Closed(c)
            }
        }
        Timeline::Annual(i) => annual_state(i, window, table, at),
        Timeline::Ask => ask(window(), at),
    }
}

#[inline(never)]
fn annual_state<'w>(
    i: u32,
    window: impl FnOnce() -> &'w Window,
    table: &AnnualTable,
    at: At,
) -> State {
    table.state(i, at.ns).unwrap_or_else(|| ask(window(), at))
}

#[cold]
fn ask(window: &Window, at: At) -> State {
    State::from_window(window.state_at(at.ts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn check(w: &Window) {
        let mut n = 0;
        let tl = Timeline::of(w, &mut n);
        let start: Timestamp = "2025-01-01T00:00:00Z".parse().unwrap();
        let annual = Annual::default();
        let windows = [w.clone()];
        let table = annual.at(start, || windows.iter());
        // Every 7 hours for two years, plus the exact boundaries.
        let mut instants = vec![];
        let mut t = start;
        while t < "2027-01-01T00:00:00Z".parse().unwrap() {
            instants.push(t);
            t = t.checked_add(SignedDuration::from_hours(7)).unwrap();
        }
        for s in &table.spans {
            for ns in [s.0, s.1, s.0 - 1, s.1 - 1] {
                instants.push(Timestamp::from_nanosecond(i128::from(ns)).unwrap());
            }
        }
        for at in instants {
            let want = w.state_at(at);
            let got = state(tl, || w, &table, At::new(at));
            assert_eq!(got, State::from_window(want), "{w:?} at {at}");
            assert_eq!(got.next_closing(), w.next_closing(at));
            assert_eq!(got.is_open(), w.is_open_at(at));
        }
    }

    fn annual(opens: jiff::civil::DateTime, closes: jiff::civil::DateTime, zone: &str) -> Window {
        let mut w = Window::one_off(opens, closes, zone);
        w.recurrence = Recurrence::Annual;
        w
    }

    #[test]
    fn timelines_agree_with_the_domain() {
        let z = "Europe/Warsaw";
        check(&Window::permanent(z));
        check(&Window::one_off(
            date(2025, 3, 1).at(9, 0, 0, 0),
            date(2025, 10, 26).at(2, 30, 0, 0),
            z,
        ));
        // Across the new year, from a leap day.
        check(&annual(
            date(2024, 11, 15).at(0, 0, 0, 0),
            date(2024, 2, 29).at(12, 0, 0, 0),
            z,
        ));
        // Opening in a DST gap.
        check(&annual(
            date(2024, 3, 31).at(2, 30, 0, 0),
            date(2024, 6, 30).at(0, 0, 0, 0),
            "Europe/Paris",
        ));
        // Closing when it reopens.
        check(&annual(
            date(2024, 1, 1).at(0, 0, 0, 0),
            date(2024, 12, 31).at(0, 0, 0, 0),
            z,
        ));
        check(&Window::permanent("Nowhere/Nothing"));
        assert_eq!(
            Timeline::of(&Window::permanent("Nowhere/Nothing"), &mut 0),
            Timeline::Never
        );
    }

    #[test]
    fn far_instants_ask_the_window() {
        let w = Window::one_off(
            date(2300, 1, 1).at(0, 0, 0, 0),
            date(2301, 1, 1).at(0, 0, 0, 0),
            "UTC",
        );
        assert_eq!(Timeline::of(&w, &mut 0), Timeline::Ask);
        check(&w);
    }
}
