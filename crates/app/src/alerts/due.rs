//! When alerts are due: pure rules on instants (epoch milliseconds), unit-tested below.

/// A day.
pub const DAY_MS: i64 = 24 * 3600 * 1000;
/// How long before a deadline the reminder goes.
pub const REMINDER_MS: i64 = 7 * DAY_MS;
/// Minimum time between two digests of one saved search.
pub const DIGEST_MS: i64 = DAY_MS;
/// How long a confirmation link works (and an unconfirmed saved search is kept).
pub const CONFIRM_TTL_MS: i64 = 7 * DAY_MS;
/// How far back the periodic run looks for publications that were not alerted (a crash
/// between a publication and its alerts, or a publication made by another process).
pub const CATCH_UP_MS: i64 = 2 * DAY_MS;

/// Why an alert is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// The scheme was published.
    Published,
    /// The scheme closes within seven days.
    Deadline,
}

impl Reason {
    /// Stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Published => "published",
            Reason::Deadline => "deadline",
        }
    }

    /// From the stored form.
    pub fn parse(s: &str) -> Option<Reason> {
        match s {
            "published" => Some(Reason::Published),
            "deadline" => Some(Reason::Deadline),
            _ => None,
        }
    }
}

/// How often a subscriber hears from a saved search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    /// One mail per event, as it happens.
    Immediate,
    /// At most one mail a day, grouping the events.
    Daily,
}

impl Frequency {
    /// Stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Immediate => "immediate",
            Frequency::Daily => "daily",
        }
    }

    /// From the stored form.
    pub fn parse(s: &str) -> Option<Frequency> {
        match s {
            "immediate" => Some(Frequency::Immediate),
            "daily" => Some(Frequency::Daily),
            _ => None,
        }
    }
}

/// Whether the reminder for a deadline at `closes` is due at `now`: from seven days before
/// until the deadline, unless the publication alert for the same scheme went inside that
/// period (it already gave the deadline).
pub fn reminder_due(now: i64, closes: i64, published_alert_at: Option<i64>) -> bool {
    let start = closes.saturating_sub(REMINDER_MS);
    now >= start && now < closes && published_alert_at.is_none_or(|p| p < start)
}

/// Whether a publication at `published_at` is news for a saved search confirmed at
/// `confirmed_at`, when found by the periodic catch-up at `now`.
pub fn catch_up_due(now: i64, published_at: i64, confirmed_at: i64) -> bool {
    published_at >= confirmed_at
        && published_at >= now.saturating_sub(CATCH_UP_MS)
        && published_at <= now
}

/// Whether a daily saved search may receive its digest at `now`: 24 hours after the last one
/// (or after the confirmation, for the first).
pub fn digest_due(now: i64, last_digest_at: Option<i64>, confirmed_at: i64) -> bool {
    now.saturating_sub(last_digest_at.unwrap_or(confirmed_at)) >= DIGEST_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: i64 = 1_800_000_000_000;

    #[test]
    fn reminder_window_is_the_last_seven_days() {
        let closes = T + 30 * DAY_MS;
        assert!(
            !reminder_due(closes - REMINDER_MS - 1, closes, None),
            "too early"
        );
        assert!(
            reminder_due(closes - REMINDER_MS, closes, None),
            "exactly seven days before"
        );
        assert!(
            reminder_due(closes - 1, closes, None),
            "the last millisecond"
        );
        assert!(!reminder_due(closes, closes, None), "closed");
    }

    #[test]
    fn no_reminder_right_after_the_publication_alert() {
        let closes = T + 5 * DAY_MS;
        let now = T;
        assert!(
            !reminder_due(now, closes, Some(T - DAY_MS)),
            "published within the window"
        );
        assert!(
            reminder_due(now, closes, Some(T - 60 * DAY_MS)),
            "published long before"
        );
        assert!(
            !reminder_due(now, closes, Some(closes - REMINDER_MS)),
            "boundary counts as within"
        );
    }

    #[test]
    fn catch_up_only_for_recent_publications_after_confirmation() {
        assert!(catch_up_due(T, T - DAY_MS, T - 3 * DAY_MS));
        assert!(
            !catch_up_due(T, T - DAY_MS, T),
            "published before the alert existed"
        );
        assert!(
            !catch_up_due(T, T - 3 * DAY_MS, T - 10 * DAY_MS),
            "too old to catch up"
        );
        assert!(!catch_up_due(T, T + 1, T - DAY_MS), "not yet");
    }

    #[test]
    fn digest_at_most_daily() {
        assert!(!digest_due(T, None, T - DAY_MS + 1));
        assert!(digest_due(T, None, T - DAY_MS));
        assert!(!digest_due(T, Some(T - 3600 * 1000), T - 9 * DAY_MS));
        assert!(digest_due(T, Some(T - 2 * DAY_MS), T - 9 * DAY_MS));
    }

    #[test]
    fn stored_forms_round_trip() {
        for r in [Reason::Published, Reason::Deadline] {
            assert_eq!(Reason::parse(r.as_str()), Some(r));
        }
        for f in [Frequency::Immediate, Frequency::Daily] {
            assert_eq!(Frequency::parse(f.as_str()), Some(f));
        }
        assert_eq!(Frequency::parse("weekly"), None);
    }
}
