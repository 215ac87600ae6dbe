//! Whether a submission is on time: judged on the server's clock at the
//! instant the submission commits, against the scheme's window, with no
//! grace period. A call "until the end of 31 December" takes a submission
//! committed at 23:59:59.999 local time and refuses one a millisecond later.

use jiff::Timestamp;
use thiserror::Error;

use crate::scheme::window::{Window, WindowState};

/// Why a submission is refused on time grounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum SubmissionClosed {
    /// The window has not opened yet.
    #[error("applications open at {opens}")]
    NotYetOpen {
        /// When it opens.
        opens: Timestamp,
    },
    /// The window has closed.
    #[error("applications closed at {closed}")]
    Closed {
        /// When it closed.
        closed: Timestamp,
    },
}

impl SubmissionClosed {
    /// Stable translation key.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotYetOpen { .. } => "submission_not_open",
            Self::Closed { .. } => "submission_closed",
        }
    }
}

/// Accepts a submission committed at `at` when the window is open then.
pub fn check_submission(window: &Window, at: Timestamp) -> Result<(), SubmissionClosed> {
    match window.state_at(at) {
        WindowState::Open { .. } => Ok(()),
        WindowState::Upcoming { opens, .. } => Err(SubmissionClosed::NotYetOpen { opens }),
        WindowState::Closed { closed, .. } => Err(SubmissionClosed::Closed { closed }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use jiff::{SignedDuration, ToSpan};

    fn paris(s: &str) -> Timestamp {
        let dt: jiff::civil::DateTime = s.replace(' ', "T").parse().unwrap();
        jiff::tz::TimeZone::get("Europe/Paris")
            .unwrap()
            .to_ambiguous_zoned_datetime(dt)
            .unambiguous()
            .unwrap()
            .timestamp()
    }

    /// Progr'ESS: 6 November 2023 to the end of 31 December 2023, Paris time.
    fn progress() -> Window {
        Window::one_off(
            date(2023, 11, 6).at(0, 0, 0, 0),
            date(2024, 1, 1).at(0, 0, 0, 0),
            "Europe/Paris",
        )
    }

    #[test]
    fn the_last_millisecond_of_the_closing_day_is_accepted_the_next_is_not() {
        let w = progress();
        assert_eq!(
            check_submission(&w, paris("2023-12-31 23:59:59.999")),
            Ok(())
        );
        let closed = paris("2024-01-01 00:00:00.000");
        assert_eq!(
            check_submission(&w, closed),
            Err(SubmissionClosed::Closed { closed })
        );
        assert!(check_submission(&w, closed + SignedDuration::from_millis(1)).is_err());
        // The same instant written in UTC (+01:00 in winter).
        let utc: Timestamp = "2023-12-31T22:59:59.999Z".parse().unwrap();
        assert_eq!(check_submission(&w, utc), Ok(()));
        let utc_next: Timestamp = "2023-12-31T23:00:00Z".parse().unwrap();
        assert!(check_submission(&w, utc_next).is_err());
    }

    #[test]
    fn before_the_opening_instant_is_refused_with_the_opening() {
        let w = progress();
        let opens = paris("2023-11-06 00:00:00.000");
        assert_eq!(
            check_submission(&w, opens - SignedDuration::from_millis(1)),
            Err(SubmissionClosed::NotYetOpen { opens })
        );
        assert_eq!(check_submission(&w, opens), Ok(()));
    }

    /// A call closing at 03:00 on the night clocks go back (27 October 2024,
    /// 03:00 summer time becomes 02:00 winter time): 02:30 happens twice, and
    /// the deadline is the first 03:00, 01:00 UTC.
    #[test]
    fn a_deadline_on_a_daylight_saving_night() {
        let w = Window::one_off(
            date(2024, 10, 1).at(0, 0, 0, 0),
            date(2024, 10, 27).at(3, 0, 0, 0),
            "Europe/Paris",
        );
        let deadline: Timestamp = "2024-10-27T02:00:00Z".parse().unwrap();
        // 03:00 local after the change is 02:00 UTC (+01:00).
        assert_eq!(
            check_submission(&w, deadline - SignedDuration::from_millis(1)),
            Ok(())
        );
        assert!(check_submission(&w, deadline).is_err());
        // Spring forward: a deadline at 02:30 on 31 March 2024 does not exist
        // locally; it is read as 03:30 summer time (01:30 UTC).
        let w = Window::one_off(
            date(2024, 3, 1).at(0, 0, 0, 0),
            date(2024, 3, 31).at(2, 30, 0, 0),
            "Europe/Paris",
        );
        let gap: Timestamp = "2024-03-31T01:30:00Z".parse().unwrap();
        assert_eq!(check_submission(&w, gap - 1.millisecond()), Ok(()));
        assert!(check_submission(&w, gap).is_err());
    }

    #[test]
    fn warsaw_and_permanent_windows() {
        let w = Window::one_off(
            date(2026, 1, 1).at(0, 0, 0, 0),
            date(2026, 3, 1).at(0, 0, 0, 0),
            "Europe/Warsaw",
        );
        let last: Timestamp = "2026-02-28T22:59:59.999Z".parse().unwrap();
        assert_eq!(check_submission(&w, last), Ok(()));
        assert!(check_submission(&w, last + 1.millisecond()).is_err());
        let p = Window::permanent("Europe/Paris");
        assert_eq!(check_submission(&p, Timestamp::UNIX_EPOCH), Ok(()));
    }
}
