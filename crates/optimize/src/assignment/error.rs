//! Why an assignment cannot be computed: malformed input (a caller's bug) or an infeasible
//! problem (an officer's constraints that contradict each other), each variant naming the
//! application or reviewer at fault so that the officer can act on it.

use thiserror::Error;

/// An error of [`solve`](super::solve) or [`replace`](super::replace()). Indices are the
/// problem's 0-based application and reviewer indices. Counts in the infeasibility variants
/// exclude the forced pairs, which are placed before the rest is optimised.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AssignError {
    /// A per-reviewer list does not have one entry per reviewer.
    #[error("{field} has {got} entries but there are {expected} reviewers")]
    BadLength {
        /// The field at fault (`min_load`, `max_load`).
        field: &'static str,
        /// The number of reviewers.
        expected: usize,
        /// The length received.
        got: usize,
    },
    /// The problem is beyond the sizes whose arithmetic is proven not to overflow.
    #[error("{what} is {got}, above the supported maximum {max}")]
    TooLarge {
        /// What is too large.
        what: &'static str,
        /// The value received.
        got: u64,
        /// The supported maximum.
        max: u64,
    },
    /// A pair names an application that does not exist.
    #[error("{field} names application {application}, but there are only {applications}")]
    UnknownApplication {
        /// The field at fault (`affinity`, `forbidden`, `forced`, `current`, `declined`).
        field: &'static str,
        /// The index received.
        application: usize,
        /// The number of applications.
        applications: usize,
    },
    /// A pair names a reviewer that does not exist.
    #[error("{field} names reviewer {reviewer}, but there are only {reviewers}")]
    UnknownReviewer {
        /// The field at fault.
        field: &'static str,
        /// The index received.
        reviewer: usize,
        /// The number of reviewers.
        reviewers: usize,
    },
    /// The same pair has two affinity scores: which one to use would be a guess.
    #[error("application {application} and reviewer {reviewer} have two affinity scores")]
    DuplicateScore {
        /// The application.
        application: usize,
        /// The reviewer.
        reviewer: usize,
    },
    /// A score's magnitude exceeds [`MAX_SCORE`](super::MAX_SCORE).
    #[error("the score of application {application} and reviewer {reviewer} is out of range")]
    ScoreOutOfRange {
        /// The application.
        application: usize,
        /// The reviewer.
        reviewer: usize,
    },
    /// A reviewer's minimum load is above its maximum.
    #[error("reviewer {reviewer} has a minimum load {min} above its maximum {max}")]
    MinAboveMax {
        /// The reviewer.
        reviewer: usize,
        /// Its minimum load.
        min: u32,
        /// Its maximum load.
        max: u32,
    },
    /// A pair is both forced and forbidden.
    #[error("application {application} and reviewer {reviewer} are both forced and forbidden")]
    ForcedAndForbidden {
        /// The application.
        application: usize,
        /// The reviewer.
        reviewer: usize,
    },
    /// More reviewers are forced on an application than it takes.
    #[error("application {application} has {forced} forced reviewers but takes only {k}")]
    TooManyForced {
        /// The application.
        application: usize,
        /// Its number of forced reviewers.
        forced: u32,
        /// Reviewers per application.
        k: u32,
    },
    /// More applications are forced on a reviewer than its maximum load.
    #[error("reviewer {reviewer} has {forced} forced applications, above its maximum load {max}")]
    ForcedOverMax {
        /// The reviewer.
        reviewer: usize,
        /// Its number of forced applications.
        forced: u32,
        /// Its maximum load.
        max: u32,
    },
    /// An application has fewer possible reviewers (neither forbidden nor, unless allowed,
    /// without affinity) than it needs.
    #[error("application {application} has only {candidates} possible reviewers but needs {k}")]
    TooFewCandidates {
        /// The application.
        application: usize,
        /// Its possible reviewers, forced ones included.
        candidates: usize,
        /// Reviewers per application.
        k: u32,
    },
    /// The reviewers' maximum loads together are below the places to fill.
    #[error("the reviewers can take {capacity} reviews in all but {slots} are needed")]
    CapacityShort {
        /// Total of the maximum loads, forced pairs excluded.
        capacity: u64,
        /// Places to fill, forced pairs excluded.
        slots: u64,
    },
    /// The reviewers' minimum loads together exceed the places to fill.
    #[error("the minimum loads need {needed} reviews in all but only {slots} are to be made")]
    MinLoadsTooHigh {
        /// Total of the minimum loads not yet met by forced pairs.
        needed: u64,
        /// Places to fill, forced pairs excluded.
        slots: u64,
    },
    /// A reviewer has fewer possible applications than its minimum load.
    #[error(
        "reviewer {reviewer} can review only {candidates} applications, below its minimum {min}"
    )]
    MinLoadUnreachable {
        /// The reviewer.
        reviewer: usize,
        /// Its possible applications, forced ones included.
        candidates: usize,
        /// Its minimum load.
        min: u32,
    },
    /// A group of applications needs more reviews than its possible reviewers can give
    /// (Hall's condition fails): the flow's minimum cut names the group.
    #[error(
        "applications {applications:?} need {needed} more reviews but their possible reviewers can give only {available}"
    )]
    ApplicationsShort {
        /// The applications of the group.
        applications: Vec<usize>,
        /// Reviews they still need.
        needed: u64,
        /// Reviews their possible reviewers can give them at most.
        available: u64,
    },
    /// A group of reviewers cannot all reach their minimum loads: the applications they may
    /// review cannot give them enough reviews.
    #[error(
        "reviewers {reviewers:?} need {needed} more reviews to reach their minimum loads but can get only {available}"
    )]
    MinLoadsShort {
        /// The reviewers of the group (those with a minimum load still to meet).
        reviewers: Vec<usize>,
        /// Reviews they need together.
        needed: u64,
        /// Reviews that can reach them at most.
        available: u64,
    },
    /// The current assignment given to [`replace`](super::replace()) does not fit the problem.
    #[error("the current assignment has {got} applications but the problem has {expected}")]
    CurrentMismatch {
        /// Applications in the problem.
        expected: usize,
        /// Applications in the current assignment.
        got: usize,
    },
    /// The declined pair is not in the current assignment.
    #[error("reviewer {reviewer} is not assigned to application {application}")]
    NotAssigned {
        /// The application.
        application: usize,
        /// The reviewer.
        reviewer: usize,
    },
    /// The declined pair is forced: the officer must lift the forcing first.
    #[error("reviewer {reviewer} is forced on application {application} and cannot decline it")]
    DeclinedForced {
        /// The application.
        application: usize,
        /// The reviewer.
        reviewer: usize,
    },
}
