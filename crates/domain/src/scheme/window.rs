//! When a scheme takes applications: local date-times in an IANA zone, so
//! "until 31 December midnight, Paris time" is one exact instant whatever the
//! season or the reader's zone.

use super::vocab::Recurrence;
use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The application window of a scheme.
///
/// `closes` is exclusive: a call "until the end of 31 December" closes at
/// `1 January 00:00`. For an annual window only the month, day and time of
/// `opens`/`closes` matter; the year says which edition they were written for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    /// How the window repeats.
    pub recurrence: Recurrence,
    /// First instant applications are taken, local to `zone`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<DateTime>,
    /// First instant applications are no longer taken, local to `zone`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes: Option<DateTime>,
    /// IANA time zone the dates are written in (`Europe/Paris`).
    pub zone: String,
}

/// Why a window cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum WindowError {
    /// The zone is not in the time-zone database.
    #[error("unknown time zone")]
    UnknownZone,
    /// A one-off or annual window lacks its opening or closing date-time.
    #[error("opening and closing date-times are required")]
    MissingDates,
    /// A one-off window closes before (or when) it opens.
    #[error("closes before it opens")]
    ClosesBeforeOpening,
}

impl WindowError {
    /// Stable translation key.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownZone => "window_zone_unknown",
            Self::MissingDates => "window_dates_missing",
            Self::ClosesBeforeOpening => "window_closes_before_opening",
        }
    }
}

/// Where an instant falls relative to a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowState {
    /// Not open yet; opens at this instant.
    Upcoming {
        /// Next opening instant.
        opens: Timestamp,
        /// The closing instant that follows it.
        closes: Timestamp,
    },
    /// Open; `closes` is `None` for a permanent scheme.
    Open {
        /// When this opening began (`None` for a permanent scheme).
        opened: Option<Timestamp>,
        /// When it ends (`None` for a permanent scheme).
        closes: Option<Timestamp>,
    },
    /// Closed for good (one-off windows only).
    Closed {
        /// When it opened.
        opened: Timestamp,
        /// When it closed.
        closed: Timestamp,
    },
}

impl WindowState {
    /// Whether applications are taken.
    pub fn is_open(&self) -> bool {
        matches!(self, Self::Open { .. })
    }
}

impl Window {
    /// A window that is always open.
    pub fn permanent(zone: &str) -> Self {
        Self {
            recurrence: Recurrence::Permanent,
            opens: None,
            closes: None,
            zone: zone.to_owned(),
        }
    }

    /// A one-off window.
    pub fn one_off(opens: DateTime, closes: DateTime, zone: &str) -> Self {
        Self {
            recurrence: Recurrence::OneOff,
            opens: Some(opens),
            closes: Some(closes),
            zone: zone.to_owned(),
        }
    }

    /// The time zone, or an error when the name is unknown.
    pub fn tz(&self) -> Result<TimeZone, WindowError> {
        TimeZone::get(&self.zone).map_err(|_| WindowError::UnknownZone)
    }

    /// Checks the window is usable.
    pub fn validate(&self) -> Result<(), WindowError> {
        self.tz()?;
        match self.recurrence {
            Recurrence::Permanent => Ok(()),
            Recurrence::OneOff | Recurrence::Annual => {
                let (Some(o), Some(c)) = (self.opens, self.closes) else {
                    return Err(WindowError::MissingDates);
                };
                if self.recurrence == Recurrence::OneOff && c <= o {
                    return Err(WindowError::ClosesBeforeOpening);
                }
                if self.recurrence == Recurrence::Annual
                    && (o.month(), o.day()) == (c.month(), c.day())
                    && o.time() == c.time()
                {
                    return Err(WindowError::ClosesBeforeOpening);
                }
                Ok(())
            }
        }
    }

    fn instant(tz: &TimeZone, dt: DateTime) -> Option<Timestamp> {
        // A local time skipped by a DST change is read with the offset before
        // the gap (02:30 on the spring-forward night is 03:30 summer time), and
        // a repeated one as its first occurrence: jiff's "compatible"
        // strategy, the one RFC 5545 and most calendars apply.
        tz.to_ambiguous_zoned_datetime(dt)
            .compatible()
            .ok()
            .map(|z| z.timestamp())
    }

    /// The `(opens, closes)` instants of the annual window that opens in `year`.
    pub(super) fn annual_in(&self, tz: &TimeZone, year: i16) -> Option<(Timestamp, Timestamp)> {
        let (o, c) = (self.opens?, self.closes?);
        let o2 = with_year(o, year)?;
        let mut c2 = with_year(c, year)?;
        if c2 <= o2 {
            c2 = with_year(c, year.checked_add(1)?)?;
        }
        Some((Self::instant(tz, o2)?, Self::instant(tz, c2)?))
    }

    /// Where `at` falls. An invalid window is treated as closed at the epoch,
    /// so that a broken scheme never looks open.
    pub fn state_at(&self, at: Timestamp) -> WindowState {
        let broken = WindowState::Closed {
            opened: Timestamp::UNIX_EPOCH,
            closed: Timestamp::UNIX_EPOCH,
        };
        if self.validate().is_err() {
            return broken;
        }
        let Ok(tz) = self.tz() else { return broken };
        match self.recurrence {
            Recurrence::Permanent => WindowState::Open {
                opened: None,
                closes: None,
            },
            Recurrence::OneOff => {
                let (Some(o), Some(c)) = (
                    self.opens.and_then(|d| Self::instant(&tz, d)),
                    self.closes.and_then(|d| Self::instant(&tz, d)),
                ) else {
                    return broken;
                };
                if at < o {
                    WindowState::Upcoming {
                        opens: o,
                        closes: c,
                    }
                } else if at < c {
                    WindowState::Open {
                        opened: Some(o),
                        closes: Some(c),
                    }
                } else {
                    WindowState::Closed {
                        opened: o,
                        closed: c,
                    }
                }
            }
            Recurrence::Annual => {
                let year = at.to_zoned_datetime(tz.clone()).year();
                let mut next: Option<(Timestamp, Timestamp)> = None;
                for y in [year - 1, year, year + 1] {
                    let Some((o, c)) = self.annual_in(&tz, y) else {
                        continue;
                    };
                    if o <= at && at < c {
                        return WindowState::Open {
                            opened: Some(o),
                            closes: Some(c),
                        };
                    }
                    if at < o && next.is_none_or(|(n, _)| o < n) {
                        next = Some((o, c));
                    }
                }
                match next {
                    Some((opens, closes)) => WindowState::Upcoming { opens, closes },
                    None => broken,
                }
            }
        }
    }

    /// Whether applications are taken at `at`.
    pub fn is_open_at(&self, at: Timestamp) -> bool {
        self.state_at(at).is_open()
    }

    /// Whether the window is open at `at` and closes within `days` days.
    pub fn closes_within(&self, at: Timestamp, days: i64) -> bool {
        match self.state_at(at) {
            WindowState::Open {
                closes: Some(c), ..
            } => {
                // Compare durations: `at + days` can overflow a span or the
                // timestamp range, and a far horizon still includes `c`.
                c.duration_since(at) <= jiff::SignedDuration::from_secs(days.saturating_mul(86_400))
            }
            _ => false,
        }
    }

    /// The next closing instant at or after `at` (`None` when permanent or over).
    pub fn next_closing(&self, at: Timestamp) -> Option<Timestamp> {
        match self.state_at(at) {
            WindowState::Open { closes, .. } => closes,
            WindowState::Upcoming { closes, .. } => Some(closes),
            WindowState::Closed { .. } => None,
        }
    }
}

fn with_year(dt: DateTime, year: i16) -> Option<DateTime> {
    // 29 February in a year without one becomes 28 February.
    let day = dt.day().min(
        jiff::civil::Date::new(year, dt.month(), 1)
            .ok()?
            .days_in_month(),
    );
    DateTime::new(
        year,
        dt.month(),
        day,
        dt.hour(),
        dt.minute(),
        dt.second(),
        0,
    )
    .ok()
}
