//! What the deadline does to drafts: reminders before the closing instant (démarches-
//! simplifiées' most requested feature by départements) and, once the call has closed,
//! drafts kept read-only or deleted after a retention period, as the officer chose.

use jiff::{SignedDuration, Timestamp};

use crate::scheme::window::WindowState;

/// What becomes of unsubmitted drafts at the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftPolicy {
    /// Kept, read-only, for their authors.
    ReadOnly,
    /// Deleted this many days after the closing instant (read-only meanwhile).
    Delete {
        /// Days of grace before deletion.
        retention_days: u32,
    },
}

impl DraftPolicy {
    /// The stored code (`read_only`, `delete`).
    pub fn code(self) -> &'static str {
        match self {
            DraftPolicy::ReadOnly => "read_only",
            DraftPolicy::Delete { .. } => "delete",
        }
    }

    /// Reads the stored code and retention.
    pub fn from_code(code: &str, retention_days: u32) -> Option<DraftPolicy> {
        match code {
            "read_only" => Some(DraftPolicy::ReadOnly),
            "delete" => Some(DraftPolicy::Delete { retention_days }),
            _ => None,
        }
    }
}

/// Where a draft stands at some instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftFate {
    /// The call is open or about to open: it may be edited.
    Editable,
    /// The call has closed: it is kept as it was.
    ReadOnly,
    /// The retention period after the closing instant is over: it goes.
    Delete,
}

/// The fate of a draft of a call whose window is in `state` at `now`.
pub fn draft_fate(state: WindowState, policy: DraftPolicy, now: Timestamp) -> DraftFate {
    let WindowState::Closed { closed, .. } = state else {
        return DraftFate::Editable;
    };
    match policy {
        DraftPolicy::ReadOnly => DraftFate::ReadOnly,
        DraftPolicy::Delete { retention_days } => {
            let end =
                closed.saturating_add(SignedDuration::from_hours(i64::from(retention_days) * 24));
            match end {
                Ok(end) if now < end => DraftFate::ReadOnly,
                _ => DraftFate::Delete,
            }
        }
    }
}

/// The reminders due at `now` for a draft created at `created` of a call closing at
/// `closes`, given the delays (in hours before the closing instant) the officer chose:
/// every delay whose moment has come, after the draft existed and before the closing,
/// smallest first. Only the first is worth a mail (the most urgent); the others are claimed
/// with it so that a late run never sends a stale "7 days left" after "48 hours left".
pub fn reminders_due(
    closes: Timestamp,
    hours: &[u32],
    created: Timestamp,
    now: Timestamp,
) -> Vec<u32> {
    if now >= closes {
        return vec![];
    }
    let mut due: Vec<u32> = hours
        .iter()
        .copied()
        .filter(|h| {
            let at = closes.saturating_sub(SignedDuration::from_hours(i64::from(*h)));
            matches!(at, Ok(at) if at <= now && at >= created)
        })
        .collect();
    due.sort_unstable();
    due.dedup();
    due
}

/// The delays officers get unless they choose: 7 days and 48 hours.
pub const DEFAULT_REMINDER_HOURS: [u32; 2] = [168, 48];

/// Days a deleted-at-deadline draft is kept unless officers choose.
pub const DEFAULT_RETENTION_DAYS: u32 = 30;

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn closed(at: &str) -> WindowState {
        WindowState::Closed {
            opened: t("2023-11-05T23:00:00Z"),
            closed: t(at),
        }
    }

    #[test]
    fn an_open_or_upcoming_call_keeps_drafts_editable() {
        let now = t("2023-12-01T00:00:00Z");
        for state in [
            WindowState::Open {
                opened: None,
                closes: None,
            },
            WindowState::Upcoming {
                opens: now,
                closes: now,
            },
        ] {
            for p in [
                DraftPolicy::ReadOnly,
                DraftPolicy::Delete { retention_days: 0 },
            ] {
                assert_eq!(draft_fate(state, p, now), DraftFate::Editable);
            }
        }
    }

    #[test]
    fn a_closed_call_freezes_drafts_then_deletes_them_after_the_retention() {
        let c = "2023-12-31T23:00:00Z";
        let close = t(c);
        assert_eq!(
            draft_fate(
                closed(c),
                DraftPolicy::ReadOnly,
                close + SignedDuration::from_hours(3650 * 24)
            ),
            DraftFate::ReadOnly
        );
        let p = DraftPolicy::Delete { retention_days: 30 };
        let end = close + SignedDuration::from_hours(30 * 24);
        assert_eq!(draft_fate(closed(c), p, close), DraftFate::ReadOnly);
        assert_eq!(
            draft_fate(closed(c), p, end - SignedDuration::from_millis(1)),
            DraftFate::ReadOnly
        );
        assert_eq!(draft_fate(closed(c), p, end), DraftFate::Delete);
        assert_eq!(
            draft_fate(closed(c), DraftPolicy::Delete { retention_days: 0 }, close),
            DraftFate::Delete
        );
    }

    #[test]
    fn policies_round_trip_their_codes() {
        for p in [
            DraftPolicy::ReadOnly,
            DraftPolicy::Delete { retention_days: 9 },
        ] {
            assert_eq!(DraftPolicy::from_code(p.code(), 9), Some(p));
        }
        assert_eq!(DraftPolicy::from_code("archive", 1), None);
    }

    #[test]
    fn reminders_come_at_their_moment_most_urgent_first() {
        let closes = t("2024-01-01T00:00:00Z");
        let created = t("2023-11-10T00:00:00Z");
        let h = [168, 48];
        let at = |s: &str| reminders_due(closes, &h, created, t(s));
        assert_eq!(at("2023-12-24T23:59:59Z"), Vec::<u32>::new());
        assert_eq!(at("2023-12-25T00:00:00Z"), vec![168]);
        assert_eq!(at("2023-12-29T23:59:59Z"), vec![168]);
        assert_eq!(at("2023-12-30T00:00:00Z"), vec![48, 168]);
        assert_eq!(at("2023-12-31T23:59:59.999Z"), vec![48, 168]);
        assert_eq!(at("2024-01-01T00:00:00Z"), Vec::<u32>::new(), "too late");
    }

    #[test]
    fn a_draft_started_after_a_reminder_moment_is_not_reminded_of_it() {
        let closes = t("2024-01-01T00:00:00Z");
        let created = t("2023-12-28T00:00:00Z");
        assert_eq!(
            reminders_due(closes, &[168, 48], created, t("2023-12-28T12:00:00Z")),
            Vec::<u32>::new()
        );
        assert_eq!(
            reminders_due(closes, &[168, 48, 48], created, t("2023-12-30T00:00:00Z")),
            vec![48]
        );
    }
}
