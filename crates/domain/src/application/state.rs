//! The states of an application and who may move it between them.
//!
//! ```text
//! draft ──submit──▶ submitted ──start_review──▶ in_review ──accept──▶ accepted
//!                      │  ▲                      │   ▲  └──reject───▶ rejected
//!                      │  └──────────────┐       │   │
//!                      └─request_info──▶ info_requested ──complete──▶ in_review
//! submitted | in_review | info_requested ──withdraw (applicant)──▶ withdrawn
//! submitted | in_review | info_requested ──close (officer)──▶ closed_without_follow_up
//! accepted | rejected | closed_without_follow_up ──reopen (officer)──▶ in_review
//! ```
//!
//! As in Hypha, each state has a public label (what the applicant reads) and
//! an internal one (what officers read); both are message keys.

use thiserror::Error;

str_enum! {
    /// Where an application stands.
    pub enum State {
        /// Being written; only its editors see it.
        Draft = "draft",
        /// Sent before the deadline; content frozen.
        Submitted = "submitted",
        /// Being examined.
        InReview = "in_review",
        /// The officer asked the applicant for more information.
        InfoRequested = "info_requested",
        /// Selected.
        Accepted = "accepted",
        /// Not selected.
        Rejected = "rejected",
        /// Withdrawn by the applicant.
        Withdrawn = "withdrawn",
        /// Closed by the officer without a decision on the merits.
        ClosedWithoutFollowUp = "closed_without_follow_up",
    }
}

str_enum! {
    /// What happens to an application.
    pub enum Event {
        /// The applicant sends the draft.
        Submit = "submit",
        /// An officer starts examining it.
        StartReview = "start_review",
        /// An officer asks for more information.
        RequestInfo = "request_info",
        /// The applicant answers a request for information.
        Complete = "complete",
        /// An officer selects it.
        Accept = "accept",
        /// An officer turns it down.
        Reject = "reject",
        /// The applicant withdraws it.
        Withdraw = "withdraw",
        /// An officer closes it without follow-up.
        Close = "close",
        /// An officer reopens a decided application (a decision taken in error).
        Reopen = "reopen",
    }
}

/// Who causes an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum By {
    /// An editor of the application (a member of the applying or a partner organisation).
    Applicant,
    /// A programme officer of the scheme's authority.
    Officer,
}

/// Why a transition is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum TransitionError {
    /// The event does not apply in this state.
    #[error("{event} is not possible from {from}")]
    NotFromHere {
        /// Current state.
        from: State,
        /// Refused event.
        event: Event,
    },
    /// The event applies, but not for this kind of actor.
    #[error("{event} is not for this actor")]
    NotYours {
        /// Refused event.
        event: Event,
    },
}

impl TransitionError {
    /// Stable translation key.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFromHere { .. } => "transition_not_allowed",
            Self::NotYours { .. } => "forbidden",
        }
    }
}

impl Event {
    /// Who may cause the event.
    pub const fn actor(self) -> By {
        match self {
            Self::Submit | Self::Complete | Self::Withdraw => By::Applicant,
            Self::StartReview
            | Self::RequestInfo
            | Self::Accept
            | Self::Reject
            | Self::Close
            | Self::Reopen => By::Officer,
        }
    }

    /// The state the event leads to from `from`, if it applies there.
    pub const fn target(self, from: State) -> Option<State> {
        use State as S;
        Some(match (self, from) {
            (Self::Submit, S::Draft) => S::Submitted,
            (Self::StartReview, S::Submitted) => S::InReview,
            (Self::RequestInfo, S::Submitted | S::InReview) => S::InfoRequested,
            (Self::Complete, S::InfoRequested) => S::InReview,
            (Self::Accept, S::InReview) => S::Accepted,
            (Self::Reject, S::Submitted | S::InReview) => S::Rejected,
            (Self::Withdraw, S::Submitted | S::InReview | S::InfoRequested) => S::Withdrawn,
            (Self::Close, S::Submitted | S::InReview | S::InfoRequested) => {
                S::ClosedWithoutFollowUp
            }
            (Self::Reopen, S::Accepted | S::Rejected | S::ClosedWithoutFollowUp) => S::InReview,
            _ => return None,
        })
    }
}

impl State {
    /// The state after `event` caused by `by`, or why not.
    pub fn apply(self, event: Event, by: By) -> Result<State, TransitionError> {
        let to = event
            .target(self)
            .ok_or(TransitionError::NotFromHere { from: self, event })?;
        if event.actor() != by {
            return Err(TransitionError::NotYours { event });
        }
        Ok(to)
    }

    /// The events `by` may cause from here, in declaration order.
    pub fn next_events(self, by: By) -> Vec<Event> {
        Event::all()
            .iter()
            .copied()
            .filter(|e| e.actor() == by && e.target(self).is_some())
            .collect()
    }

    /// Whether the applicant may change the answers: while drafting, and
    /// while answering a request for information.
    pub const fn applicant_edits(self) -> bool {
        matches!(self, Self::Draft | Self::InfoRequested)
    }

    /// Whether the application has been sent (officers and assigned reviewers see it).
    pub const fn is_submitted(self) -> bool {
        !matches!(self, Self::Draft)
    }

    /// Whether a decision or a withdrawal has ended it.
    pub const fn is_final(self) -> bool {
        matches!(
            self,
            Self::Accepted | Self::Rejected | Self::Withdrawn | Self::ClosedWithoutFollowUp
        )
    }

    /// Message key of the label the applicant reads.
    pub fn public_label_key(self) -> String {
        format!("app-state-public-{}", self.as_str().replace('_', "-"))
    }

    /// Message key of the label officers read.
    pub fn internal_label_key(self) -> String {
        format!("app-state-internal-{}", self.as_str().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use State as S;

    /// Every allowed transition, with its actor; everything else is refused.
    const ALLOWED: &[(State, Event, State)] = &[
        (S::Draft, Event::Submit, S::Submitted),
        (S::Submitted, Event::StartReview, S::InReview),
        (S::Submitted, Event::RequestInfo, S::InfoRequested),
        (S::InReview, Event::RequestInfo, S::InfoRequested),
        (S::InfoRequested, Event::Complete, S::InReview),
        (S::InReview, Event::Accept, S::Accepted),
        (S::Submitted, Event::Reject, S::Rejected),
        (S::InReview, Event::Reject, S::Rejected),
        (S::Submitted, Event::Withdraw, S::Withdrawn),
        (S::InReview, Event::Withdraw, S::Withdrawn),
        (S::InfoRequested, Event::Withdraw, S::Withdrawn),
        (S::Submitted, Event::Close, S::ClosedWithoutFollowUp),
        (S::InReview, Event::Close, S::ClosedWithoutFollowUp),
        (S::InfoRequested, Event::Close, S::ClosedWithoutFollowUp),
        (S::Accepted, Event::Reopen, S::InReview),
        (S::Rejected, Event::Reopen, S::InReview),
        (S::ClosedWithoutFollowUp, Event::Reopen, S::InReview),
    ];

    #[test]
    fn every_pair_of_state_and_event_for_both_actors() {
        let mut allowed_count = 0;
        for &from in State::all() {
            for &event in Event::all() {
                let expected = ALLOWED
                    .iter()
                    .find(|(f, e, _)| *f == from && *e == event)
                    .map(|t| t.2);
                for by in [By::Applicant, By::Officer] {
                    let got = from.apply(event, by);
                    match expected {
                        Some(to) if by == event.actor() => {
                            assert_eq!(got, Ok(to), "{from} --{event}/{by:?}");
                            allowed_count += 1;
                        }
                        Some(_) => {
                            assert_eq!(got, Err(TransitionError::NotYours { event }));
                        }
                        None => assert_eq!(
                            got,
                            Err(TransitionError::NotFromHere { from, event }),
                            "{from} --{event}/{by:?} must be refused"
                        ),
                    }
                }
            }
        }
        assert_eq!(allowed_count, ALLOWED.len());
    }

    #[test]
    fn applicants_submit_complete_and_withdraw_officers_do_the_rest() {
        for &(_, e, _) in ALLOWED {
            let applicant = matches!(e, Event::Submit | Event::Complete | Event::Withdraw);
            assert_eq!(e.actor() == By::Applicant, applicant, "{e}");
        }
    }

    #[test]
    fn final_states_only_reopen_and_withdrawn_is_for_good() {
        for &s in State::all() {
            if s.is_final() {
                assert!(s.next_events(By::Applicant).is_empty(), "{s}");
            }
        }
        assert!(S::Withdrawn.next_events(By::Officer).is_empty());
        assert_eq!(S::Rejected.next_events(By::Officer), vec![Event::Reopen]);
        assert_eq!(
            S::InReview.next_events(By::Officer),
            vec![
                Event::RequestInfo,
                Event::Accept,
                Event::Reject,
                Event::Close
            ]
        );
        assert_eq!(S::Draft.next_events(By::Applicant), vec![Event::Submit]);
    }

    #[test]
    fn every_state_is_reachable_from_a_draft() {
        let mut seen = vec![S::Draft];
        let mut i = 0;
        while i < seen.len() {
            for by in [By::Applicant, By::Officer] {
                for e in seen[i].next_events(by) {
                    let to = seen[i].apply(e, by).unwrap();
                    if !seen.contains(&to) {
                        seen.push(to);
                    }
                }
            }
            i += 1;
        }
        assert_eq!(seen.len(), State::all().len());
        // Nothing leads back to a draft: submitted content stays frozen.
        for &s in State::all() {
            for &e in Event::all() {
                assert_ne!(e.target(s), Some(S::Draft));
            }
        }
    }

    #[test]
    fn editing_and_labels() {
        let editable: Vec<_> = State::all()
            .iter()
            .filter(|s| s.applicant_edits())
            .collect();
        assert_eq!(editable, vec![&S::Draft, &S::InfoRequested]);
        assert_eq!(
            S::InfoRequested.public_label_key(),
            "app-state-public-info-requested"
        );
        assert_eq!(
            S::ClosedWithoutFollowUp.internal_label_key(),
            "app-state-internal-closed-without-follow-up"
        );
        assert_eq!("in_review".parse::<State>(), Ok(S::InReview));
        assert!(!S::Draft.is_submitted() && S::Withdrawn.is_submitted());
    }
}
