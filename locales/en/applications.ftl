## Applications: states (public = what the applicant reads, internal = what officers read),
## events and the errors of the application rules.

app-state-public-draft = Draft
app-state-public-submitted = Submitted
app-state-public-in-review = Under review
app-state-public-info-requested = More information requested
app-state-public-accepted = Selected
app-state-public-rejected = Not selected
app-state-public-withdrawn = Withdrawn
app-state-public-closed-without-follow-up = Closed without follow-up
app-state-internal-draft = Draft (not submitted)
app-state-internal-submitted = To screen
app-state-internal-in-review = In review
app-state-internal-info-requested = Waiting for information
app-state-internal-accepted = Accepted
app-state-internal-rejected = Rejected
app-state-internal-withdrawn = Withdrawn by the applicant
app-state-internal-closed-without-follow-up = Closed without follow-up
app-event-submit = Submit the application
app-event-start-review = Start the review
app-event-request-info = Request more information
app-event-complete = Send the information
app-event-accept = Accept
app-event-reject = Reject
app-event-withdraw = Withdraw the application
app-event-close = Close without follow-up
app-event-reopen = Reopen the review
error-transition_not_allowed = This action is not possible in the application's current state.
error-submission_not_open = Applications are not open yet.
error-submission_closed = Applications are closed: the application can no longer be submitted.
error-budget_negative = An amount cannot be negative.
error-budget_phase_unknown = Unknown phase for this form.
error-budget_category_unknown = Unknown expense category for this form.
error-budget_year_outside = Year outside the programme's period.
error-budget_overflow = The total is too large.
