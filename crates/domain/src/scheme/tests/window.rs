//! Application windows: one-off, annual and permanent, across DST changes.

use super::support::{dt, ts};
use crate::scheme::vocab::Recurrence;
use crate::scheme::window::{Window, WindowError, WindowState};
use jiff::Timestamp;
use rstest::rstest;

fn one_off(opens: &str, closes: &str, zone: &str) -> Window {
    Window::one_off(dt(opens), dt(closes), zone)
}

fn annual(opens: &str, closes: &str, zone: &str) -> Window {
    Window {
        recurrence: Recurrence::Annual,
        opens: Some(dt(opens)),
        closes: Some(dt(closes)),
        zone: zone.to_owned(),
    }
}

fn open(opened: &str, closes: &str) -> WindowState {
    WindowState::Open {
        opened: Some(ts(opened)),
        closes: Some(ts(closes)),
    }
}

fn upcoming(opens: &str, closes: &str) -> WindowState {
    WindowState::Upcoming {
        opens: ts(opens),
        closes: ts(closes),
    }
}

fn closed(opened: &str, closed: &str) -> WindowState {
    WindowState::Closed {
        opened: ts(opened),
        closed: ts(closed),
    }
}

const BROKEN: WindowState = WindowState::Closed {
    opened: Timestamp::UNIX_EPOCH,
    closed: Timestamp::UNIX_EPOCH,
};

// ---------------------------------------------------------------- one-off

#[rstest]
#[case::long_before("2024-01-01T00:00:00Z", "upcoming")]
#[case::a_second_before("2024-03-01T08:59:59+01:00", "upcoming")]
#[case::at_opening("2024-03-01T09:00:00+01:00", "open")]
#[case::inside("2024-03-20T12:00:00+01:00", "open")]
#[case::a_second_before_closing("2024-03-31T23:59:59+02:00", "open")]
#[case::at_closing("2024-04-01T00:00:00+02:00", "closed")]
#[case::after_closing("2024-05-01T00:00:00+02:00", "closed")]
fn one_off_states(#[case] at: &str, #[case] expected: &str) {
    let w = one_off("2024-03-01T09:00", "2024-04-01T00:00", "Europe/Paris");
    let (o, c) = ("2024-03-01T09:00:00+01:00", "2024-04-01T00:00:00+02:00");
    let want = match expected {
        "upcoming" => upcoming(o, c),
        "open" => open(o, c),
        _ => closed(o, c),
    };
    assert_eq!(w.state_at(ts(at)), want);
    assert_eq!(w.is_open_at(ts(at)), expected == "open");
}

#[test]
fn progress_closes_at_midnight_new_year_paris_time() {
    // Progr'ESS 2024: "du 6 novembre au 31 décembre 2023 inclus".
    let w = one_off("2023-11-06T00:00", "2024-01-01T00:00", "Europe/Paris");
    assert_eq!(w.validate(), Ok(()));
    assert!(!w.is_open_at(ts("2023-11-05T23:59:59+01:00")));
    assert!(w.is_open_at(ts("2023-11-06T00:00:00+01:00")));
    assert!(w.is_open_at(ts("2023-12-31T23:59:00+01:00")));
    assert!(w.is_open_at(ts("2023-12-31T23:59:59.999+01:00")));
    assert!(!w.is_open_at(ts("2024-01-01T00:00:00+01:00")));
    assert!(!w.is_open_at(ts("2024-01-01T00:00:01+01:00")));
    // The same instant seen from UTC: closes at 23:00 UTC on 31 December.
    assert!(w.is_open_at(ts("2023-12-31T22:59:59Z")));
    assert!(!w.is_open_at(ts("2023-12-31T23:00:00Z")));
    assert_eq!(
        w.state_at(ts("2024-01-01T00:00:01+01:00")),
        closed("2023-11-05T23:00:00Z", "2023-12-31T23:00:00Z")
    );
    assert_eq!(
        w.next_closing(ts("2023-12-31T23:59:00+01:00")),
        Some(ts("2023-12-31T23:00:00Z"))
    );
}

#[test]
fn one_off_in_summer_uses_summer_offset() {
    let w = one_off("2024-07-01T09:00", "2024-07-15T18:00", "Europe/Paris");
    assert_eq!(
        w.state_at(ts("2024-07-10T00:00:00Z")),
        open("2024-07-01T07:00:00Z", "2024-07-15T16:00:00Z")
    );
}

#[test]
fn closing_in_the_spring_forward_gap_is_shifted_by_the_gap() {
    // 2024-03-31 02:30 does not exist in Paris (02:00 CET -> 03:00 CEST).
    // Observed: jiff's "compatible" disambiguation reads it with the offset
    // in force before the gap, i.e. 02:30+01:00 = 03:30 CEST = 01:30 UTC
    // (the gap's length later, not "the first instant after the gap", 03:00
    // CEST, as the comment in window.rs says).
    let w = one_off("2024-03-01T00:00", "2024-03-31T02:30", "Europe/Paris");
    assert_eq!(w.validate(), Ok(()));
    assert_eq!(
        w.next_closing(ts("2024-03-30T12:00:00Z")),
        Some(ts("2024-03-31T01:30:00Z"))
    );
    assert!(w.is_open_at(ts("2024-03-31T03:00:00+02:00")));
    assert!(w.is_open_at(ts("2024-03-31T03:29:59+02:00")));
    assert!(!w.is_open_at(ts("2024-03-31T03:30:00+02:00")));
}

#[test]
fn opening_in_the_spring_forward_gap_is_shifted_too() {
    let w = one_off("2024-03-31T02:15", "2024-04-30T00:00", "Europe/Paris");
    assert!(!w.is_open_at(ts("2024-03-31T03:14:59+02:00")));
    assert!(w.is_open_at(ts("2024-03-31T03:15:00+02:00")));
}

#[test]
fn closing_in_the_repeated_autumn_hour_uses_its_first_occurrence() {
    // 2024-10-27 02:30 happens twice in Paris: 02:30+02:00 then 02:30+01:00.
    // Observed: the first one (00:30 UTC) closes the window, so the second
    // 02:30 (01:30 UTC) is already closed.
    let w = one_off("2024-10-01T00:00", "2024-10-27T02:30", "Europe/Paris");
    assert_eq!(w.validate(), Ok(()));
    assert_eq!(
        w.next_closing(ts("2024-10-26T00:00:00Z")),
        Some(ts("2024-10-27T00:30:00Z"))
    );
    assert!(w.is_open_at(ts("2024-10-27T02:29:59+02:00")));
    assert!(!w.is_open_at(ts("2024-10-27T02:30:00+02:00")));
    assert!(!w.is_open_at(ts("2024-10-27T02:00:00+01:00")));
    assert!(!w.is_open_at(ts("2024-10-27T02:30:00+01:00")));
}

#[test]
fn warsaw_windows_use_warsaw_time() {
    let w = one_off("2024-01-02T08:00", "2024-01-15T00:00", "Europe/Warsaw");
    assert_eq!(w.validate(), Ok(()));
    assert_eq!(
        w.state_at(ts("2024-01-10T12:00:00Z")),
        open("2024-01-02T07:00:00Z", "2024-01-14T23:00:00Z")
    );
    assert!(w.is_open_at(ts("2024-01-14T23:59:59+01:00")));
    assert!(!w.is_open_at(ts("2024-01-15T00:00:00+01:00")));
    // Summer: CEST.
    let s = one_off("2024-05-01T00:00", "2024-06-01T00:00", "Europe/Warsaw");
    assert_eq!(
        s.next_closing(ts("2024-05-10T00:00:00Z")),
        Some(ts("2024-05-31T22:00:00Z"))
    );
}

#[test]
fn the_zone_changes_the_instant() {
    let paris = one_off("2024-05-01T00:00", "2024-06-01T00:00", "Europe/Paris");
    let utc = one_off("2024-05-01T00:00", "2024-06-01T00:00", "UTC");
    let london = one_off("2024-05-01T00:00", "2024-06-01T00:00", "Europe/London");
    let at = ts("2024-05-31T22:30:00Z");
    assert!(!paris.is_open_at(at));
    assert!(london.is_open_at(at));
    assert!(utc.is_open_at(at));
}

// ---------------------------------------------------------------- annual

#[test]
fn annual_window_repeats_every_year() {
    // Written for 2020; only month, day and time matter.
    let w = annual("2020-03-01T00:00", "2020-05-01T00:00", "Europe/Paris");
    assert_eq!(w.validate(), Ok(()));
    assert_eq!(
        w.state_at(ts("2025-01-15T00:00:00Z")),
        upcoming("2025-02-28T23:00:00Z", "2025-04-30T22:00:00Z")
    );
    assert_eq!(
        w.state_at(ts("2025-04-10T00:00:00Z")),
        open("2025-02-28T23:00:00Z", "2025-04-30T22:00:00Z")
    );
    assert_eq!(
        w.state_at(ts("2025-04-30T22:00:00Z")),
        upcoming("2026-02-28T23:00:00Z", "2026-04-30T22:00:00Z")
    );
    assert_eq!(
        w.state_at(ts("2019-03-01T00:00:00+01:00")),
        open("2019-02-28T23:00:00Z", "2019-04-30T22:00:00Z")
    );
}

#[rstest]
#[case::december("2025-12-15T12:00:00+01:00", Some(("2025-12-01T00:00:00+01:00", "2026-02-01T00:00:00+01:00")), true)]
#[case::january("2025-01-15T12:00:00+01:00", Some(("2024-12-01T00:00:00+01:00", "2025-02-01T00:00:00+01:00")), true)]
#[case::new_year_midnight("2025-01-01T00:00:00+01:00", Some(("2024-12-01T00:00:00+01:00", "2025-02-01T00:00:00+01:00")), true)]
#[case::last_second("2025-01-31T23:59:59+01:00", Some(("2024-12-01T00:00:00+01:00", "2025-02-01T00:00:00+01:00")), true)]
#[case::at_closing("2025-02-01T00:00:00+01:00", Some(("2025-12-01T00:00:00+01:00", "2026-02-01T00:00:00+01:00")), false)]
#[case::summer("2025-07-01T00:00:00+02:00", Some(("2025-12-01T00:00:00+01:00", "2026-02-01T00:00:00+01:00")), false)]
#[case::a_second_before("2025-11-30T23:59:59+01:00", Some(("2025-12-01T00:00:00+01:00", "2026-02-01T00:00:00+01:00")), false)]
fn annual_window_spanning_new_year(
    #[case] at: &str,
    #[case] period: Option<(&str, &str)>,
    #[case] is_open: bool,
) {
    let w = annual("2023-12-01T00:00", "2024-02-01T00:00", "Europe/Paris");
    assert_eq!(w.validate(), Ok(()));
    let (o, c) = period.unwrap();
    let want = if is_open { open(o, c) } else { upcoming(o, c) };
    assert_eq!(w.state_at(ts(at)), want);
    assert_eq!(w.next_closing(ts(at)), Some(ts(c)));
}

#[test]
fn annual_window_written_with_closing_year_before_opening_still_spans() {
    // Only month/day/time matter, so years written "backwards" are fine.
    let w = annual("2024-12-01T00:00", "2024-02-01T00:00", "Europe/Paris");
    assert_eq!(w.validate(), Ok(()));
    assert!(w.is_open_at(ts("2030-01-10T00:00:00Z")));
    assert!(!w.is_open_at(ts("2030-03-10T00:00:00Z")));
}

#[test]
fn annual_window_opening_on_29_february() {
    let w = annual("2024-02-29T00:00", "2024-04-01T00:00", "Europe/Paris");
    assert_eq!(w.validate(), Ok(()));
    // Non-leap year: opens on 28 February.
    assert!(!w.is_open_at(ts("2025-02-27T23:59:59+01:00")));
    assert_eq!(
        w.state_at(ts("2025-02-28T00:00:00+01:00")),
        open("2025-02-28T00:00:00+01:00", "2025-04-01T00:00:00+02:00")
    );
    // Leap year: 29 February again, so 28 February is not open yet.
    assert_eq!(
        w.state_at(ts("2028-02-28T12:00:00+01:00")),
        upcoming("2028-02-29T00:00:00+01:00", "2028-04-01T00:00:00+02:00")
    );
    assert!(w.is_open_at(ts("2028-02-29T00:00:00+01:00")));
}

#[test]
fn annual_window_closing_on_29_february() {
    let w = annual("2024-01-15T00:00", "2024-02-29T00:00", "Europe/Paris");
    assert_eq!(w.validate(), Ok(()));
    assert_eq!(
        w.next_closing(ts("2025-02-01T00:00:00Z")),
        Some(ts("2025-02-28T00:00:00+01:00"))
    );
    assert!(!w.is_open_at(ts("2025-02-28T12:00:00+01:00")));
    assert!(w.is_open_at(ts("2028-02-28T12:00:00+01:00")));
    assert!(!w.is_open_at(ts("2028-02-29T00:00:00+01:00")));
}

#[test]
fn annual_window_is_never_closed_for_good() {
    let w = annual("2024-03-01T00:00", "2024-03-02T00:00", "Europe/Paris");
    for at in [
        "1990-06-01T00:00:00Z",
        "2024-03-02T00:00:00+01:00",
        "2099-12-31T23:59:59Z",
    ] {
        let s = w.state_at(ts(at));
        assert!(matches!(s, WindowState::Upcoming { .. }), "{at}: {s:?}");
        assert!(w.next_closing(ts(at)).is_some(), "{at}");
    }
}

#[test]
fn annual_window_across_dst() {
    // Closes at 02:30 on the last Sunday of March 2024's date (31 March):
    // in 2024 that local time is skipped, in 2025 (30 March) it exists.
    let w = annual("2024-03-01T00:00", "2024-03-31T02:30", "Europe/Paris");
    assert_eq!(
        w.next_closing(ts("2024-03-10T00:00:00Z")),
        Some(ts("2024-03-31T01:30:00Z"))
    );
    assert_eq!(
        w.next_closing(ts("2025-03-10T00:00:00Z")),
        Some(ts("2025-03-31T00:30:00Z"))
    );
}

// ---------------------------------------------------------------- permanent

#[test]
fn permanent_window_is_always_open() {
    let w = Window::permanent("Europe/Warsaw");
    assert_eq!(w.validate(), Ok(()));
    for at in [
        "1970-01-01T00:00:00Z",
        "2024-01-01T00:00:00Z",
        "2300-01-01T00:00:00Z",
    ] {
        assert_eq!(
            w.state_at(ts(at)),
            WindowState::Open {
                opened: None,
                closes: None
            }
        );
        assert_eq!(w.next_closing(ts(at)), None);
        assert!(!w.closes_within(ts(at), 10_000));
    }
}

#[test]
fn permanent_window_ignores_stray_dates() {
    let w = Window {
        recurrence: Recurrence::Permanent,
        opens: Some(dt("2030-01-01T00:00")),
        closes: Some(dt("2020-01-01T00:00")),
        zone: "Europe/Paris".to_owned(),
    };
    assert_eq!(w.validate(), Ok(()));
    assert!(w.is_open_at(ts("2024-01-01T00:00:00Z")));
}

// ---------------------------------------------------------------- validate

#[rstest]
#[case::unknown_zone(Window::permanent("Europe/Atlantis"), WindowError::UnknownZone)]
#[case::empty_zone(Window::permanent(""), WindowError::UnknownZone)]
#[case::unknown_zone_first(
    Window { recurrence: Recurrence::OneOff, opens: None, closes: None, zone: "Mars/Olympus".into() },
    WindowError::UnknownZone
)]
#[case::one_off_no_opening(
    Window { recurrence: Recurrence::OneOff, opens: None, closes: Some(dt("2024-01-01T00:00")), zone: "Europe/Paris".into() },
    WindowError::MissingDates
)]
#[case::one_off_no_closing(
    Window { recurrence: Recurrence::OneOff, opens: Some(dt("2024-01-01T00:00")), closes: None, zone: "Europe/Paris".into() },
    WindowError::MissingDates
)]
#[case::annual_no_dates(
    Window { recurrence: Recurrence::Annual, opens: None, closes: None, zone: "Europe/Paris".into() },
    WindowError::MissingDates
)]
#[case::annual_no_closing(
    Window { recurrence: Recurrence::Annual, opens: Some(dt("2024-01-01T00:00")), closes: None, zone: "Europe/Paris".into() },
    WindowError::MissingDates
)]
#[case::closes_before(
    one_off("2024-02-01T00:00", "2024-01-01T00:00", "Europe/Paris"),
    WindowError::ClosesBeforeOpening
)]
#[case::closes_when_opens(
    one_off("2024-02-01T00:00", "2024-02-01T00:00", "Europe/Paris"),
    WindowError::ClosesBeforeOpening
)]
#[case::annual_empty(
    annual("2024-02-01T09:00", "2024-02-01T09:00", "Europe/Paris"),
    WindowError::ClosesBeforeOpening
)]
#[case::annual_empty_other_year(
    annual("2024-02-01T09:00", "2027-02-01T09:00", "Europe/Paris"),
    WindowError::ClosesBeforeOpening
)]
fn validate_errors(#[case] w: Window, #[case] err: WindowError) {
    assert_eq!(w.validate(), Err(err));
    // A broken window never looks open.
    assert_eq!(w.state_at(ts("2024-01-15T00:00:00Z")), BROKEN);
    assert!(!w.is_open_at(ts("2024-01-15T00:00:00Z")));
    assert_eq!(w.next_closing(ts("2024-01-15T00:00:00Z")), None);
    assert!(!w.closes_within(ts("2024-01-15T00:00:00Z"), 365));
}

#[rstest]
#[case(one_off("2024-01-01T00:00", "2024-01-01T00:00:01", "UTC"))]
#[case(annual("2024-02-01T09:00", "2024-02-01T09:01", "Europe/Paris"))]
#[case(annual("2024-12-31T00:00", "2024-01-01T00:00", "Europe/Warsaw"))]
#[case(Window::permanent("America/Cayenne"))]
fn validate_accepts(#[case] w: Window) {
    assert_eq!(w.validate(), Ok(()));
    assert!(w.tz().is_ok());
}

#[test]
fn window_error_codes() {
    assert_eq!(WindowError::UnknownZone.code(), "window_zone_unknown");
    assert_eq!(WindowError::MissingDates.code(), "window_dates_missing");
    assert_eq!(
        WindowError::ClosesBeforeOpening.code(),
        "window_closes_before_opening"
    );
}

// ------------------------------------------------- closes_within, next_closing

#[test]
fn closes_within_counts_from_now_and_is_inclusive() {
    let w = one_off("2024-03-01T00:00", "2024-04-01T00:00", "UTC");
    let at = ts("2024-03-22T00:00:00Z");
    assert!(w.closes_within(at, 10));
    assert!(!w.closes_within(at, 9));
    assert!(w.closes_within(ts("2024-03-22T00:00:01Z"), 10));
    assert!(!w.closes_within(ts("2024-03-21T23:59:59Z"), 10));
    assert!(!w.closes_within(at, 0));
    assert!(!w.closes_within(at, -5));
    // Not open: false whatever the horizon.
    assert!(!w.closes_within(ts("2024-02-28T00:00:00Z"), 60));
    assert!(!w.closes_within(ts("2024-04-01T00:00:00Z"), 60));
}

#[test]
fn closes_within_uses_24_hour_days_across_dst() {
    // 2024-03-31 is 23 hours long in Paris.
    let w = one_off("2024-03-01T00:00", "2024-04-01T00:00", "Europe/Paris");
    let at = ts("2024-03-31T00:00:00+01:00");
    // 23 hours to the closing, so within one (24-hour) day.
    assert!(w.closes_within(at, 1));
    assert!(!w.closes_within(at, 0));
}

#[test]
fn closes_within_a_huge_horizon_is_true_and_does_not_panic() {
    let w = one_off("2024-03-01T00:00", "2024-04-01T00:00", "UTC");
    let at = ts("2024-03-22T00:00:00Z");
    for days in [36_500, 7_304_484, 10_000_000, i64::MAX] {
        assert!(w.closes_within(at, days), "{days}");
    }
    assert!(!w.closes_within(at, i64::MIN));
}

#[test]
fn next_closing_in_each_state() {
    let w = one_off("2024-03-01T00:00", "2024-04-01T00:00", "UTC");
    let c = Some(ts("2024-04-01T00:00:00Z"));
    assert_eq!(w.next_closing(ts("2024-01-01T00:00:00Z")), c);
    assert_eq!(w.next_closing(ts("2024-03-10T00:00:00Z")), c);
    assert_eq!(w.next_closing(ts("2024-03-31T23:59:59Z")), c);
    assert_eq!(w.next_closing(ts("2024-04-01T00:00:00Z")), None);
    let a = annual("2024-03-01T00:00", "2024-04-01T00:00", "UTC");
    assert_eq!(
        a.next_closing(ts("2024-04-01T00:00:00Z")),
        Some(ts("2025-04-01T00:00:00Z"))
    );
}

#[test]
fn window_state_is_open() {
    assert!(open("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z").is_open());
    assert!(
        WindowState::Open {
            opened: None,
            closes: None
        }
        .is_open()
    );
    assert!(!upcoming("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z").is_open());
    assert!(!closed("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z").is_open());
}
