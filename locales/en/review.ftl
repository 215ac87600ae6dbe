## Review and selection: errors of grids, reviews, the reviewer pool and conflicts.
error-grid_empty = The grid needs at least one criterion.
error-grid_id_invalid = Empty criterion identifier, or already used.
error-grid_weight_invalid = The weight must be between 1 and 100.
error-grid_scale_invalid = The scale must go from a minimum to a larger maximum (1,000 at most).
error-grid_threshold_invalid = The comment threshold must lie within the criterion’s scale.
error-grid_spread_invalid = Disagreement is measured on 0 to 100.
error-criterion_unknown = This criterion is not in the grid.
error-score_required = Score this criterion.
error-score_outside = This score is outside the criterion’s scale.
error-comment_required = A score this low needs a comment.
error-capacity_invalid = The capacity must be between 1 and 500 applications.
error-account_unknown = No account has this address: ask the person to sign up first.
error-conflict_target_required = Name either an organisation or an application.
error-organisation_unknown = Unknown organisation.
error-committee_closed = The committee has closed its decisions: nothing can change any more.
error-number_outside = This number is outside the allowed range.

## Reviewers' pages.
nav-my-reviews = My reviews
review-list-title = My reviews
review-list-intro = The applications entrusted to you. An application you are in conflict of interest with never appears here.
review-list-none = No application is entrusted to you yet.
review-col-progress = Progress
review-progress-to-do = To review
review-progress-draft = Draft
review-progress-sent = Sent
review-title = Review
review-blind = Blind review: the identity of the applicant and its partners is hidden from you.
review-answers = The application
review-grid = Your review
review-sent = Your review is sent; you can still change it until the committee closes.
review-score = Weighted score:
review-weight = (weight { $weight })
review-comment = Comment
review-comment-below = Comment (required for a score below { $score })
review-save-draft = Save the draft
review-send = Send the review
review-conflict-title = Conflict of interest
review-conflict-hint = If you know the applicant or its partners, or have an interest in this project, declare it: the application will be taken from you and given to another reviewer.
review-conflict-reason = What the conflict is
review-conflict-declare = Declare a conflict of interest
flash-review-saved = Your draft is saved.
flash-review-sent = Your review is sent. Thank you.
flash-review-conflict = Your conflict of interest is recorded; this application is taken from you.

## Reviewer pool and review settings (officers).
reviewers-title = Reviewers
reviewers-back = Back to the schemes
reviewers-intro = Staff and external experts who review your calls' applications, with their fields of expertise, languages, the territories they know and how many applications they can review per call. Automatic assignment uses them.
reviewers-none = No reviewer yet.
reviewers-col-name = Name
reviewers-col-kind = Status
reviewers-col-expertise = Fields of expertise
reviewers-col-languages = Languages
reviewers-col-capacity = Applications per call, at most
reviewers-col-active = Available
reviewers-staff = staff
reviewers-external = external expert
reviewers-add = Add or change a reviewer
reviewers-add-hint = The person needs an account on the platform; they get your authority's reviewer role.
reviewers-email = E-mail address of their account
reviewers-external-label = External expert (not staff of the authority)
reviewers-territories = Territories known
reviewers-territories-hint = Identifiers separated by commas, for instance fr:departement:92, fr:commune:92050.
reviewers-capacity-hint = Between 1 and 500.
reviewers-active-label = Available for new reviews
reviewers-save = Save the reviewer
flash-reviewer-saved = The reviewer is saved.
review-settings-title = Review settings
review-settings-intro = The call's scoring grid and how applications are shared among reviewers.
review-settings-assignment = Assignment
review-settings-k = Reviewers per application
review-settings-k-hint = Between 1 and 10.
review-settings-min = Applications per reviewer, at least
review-settings-max = Applications per reviewer, at most
review-settings-max-hint = Each reviewer's own capacity may be lower.
review-settings-alternates = Alternates per application
review-settings-grid = Scoring grid
review-settings-blind = Blind review (the applicant's identity is hidden)
review-settings-spread = Spread that signals a disagreement (out of 100)
review-settings-spread-hint = When an application's scores differ by more, the committee is warned.
review-settings-criterion = Criterion { $n }
review-settings-col-id = Code
review-settings-col-label-fr = Title (French)
review-settings-col-label-pl = Title (Polish)
review-settings-col-label-en = Title (English)
review-settings-col-help-fr = Scoring anchors (French)
review-settings-col-help-pl = Scoring anchors (Polish)
review-settings-col-help-en = Scoring anchors (English)
review-settings-col-weight = Weight
review-settings-col-min = Lowest score
review-settings-col-max = Highest score
review-settings-col-below = Comment required below the score
review-settings-partial = The committee may grant less than the amount requested
flash-review-settings-saved = The review settings are saved.

## Assignment of reviewers (officers) and declining (reviewers).
error-review_already_sent = Your review is already sent: you can no longer decline this application.
error-assignment_forced = The officers have chosen you for this application: ask them to release you.
error-reviewer_unknown = This person is not in the reviewer pool.
review-decline-title = Decline this application
review-decline-hint = If you cannot review it (time, competence), decline it: it goes to another reviewer, disturbing the others' work as little as possible.
review-decline = Decline this application
flash-review-declined = The application is taken from you and given to another reviewer.
assign-title = Assignment of reviewers
assign-intro = Each application awaiting review gets its reviewers: the assignment that best matches their fields of expertise, the territories they know and their languages, within each one's load and never in conflict of interest. Officers can force or forbid a pair; a begun review is never taken away.
assign-settings-k = { $k ->
    [one] One reviewer per application.
   *[other] { $k } reviewers per application.
}
assign-run = Compute the assignment
assign-run-hint = Compute again after changing the pool, the settings or the pins: pairs whose review has begun, forced pairs and declines are kept.
assign-remind = Remind reviewers with reviews to send
assign-applications = Applications
assign-no-applications = No application awaits review.
assign-col-reviewers = Reviewers
assign-col-sent = Reviews sent
assign-col-load = Applications
assign-none-yet = Not assigned yet
assign-affinity = affinity { $points }
assign-status-assigned = assigned
assign-status-alternate = alternate
assign-status-declined = declined
assign-status-forbidden = excluded
assign-pin-forced = forced by the officers
assign-pin-forbidden = excluded by the officers
assign-reviewers = Reviewers and their load
assign-pin-title = Force or exclude a reviewer
assign-pin-hint = A forced reviewer always reviews the application; an excluded one never does. The next computation takes it into account.
assign-pin-application = Application
assign-pin-reviewer = Reviewer
assign-pin-what = Choice
assign-pin-none = Let the computation decide
assign-pin-save = Save the choice
assign-infeasible-title = No assignment meets every constraint
assign-infeasible-nothing-changed = Nothing was changed. Adjust the settings, the pool or the pins, then compute again.
assign-infeasible-min-above-max = { $reviewers } must review at least { $needed } applications but at most { $available }.
assign-infeasible-forced-and-forbidden = { $reviewers } is both forced and excluded on { $applications }.
assign-infeasible-too-many-forced = { $applications } has { $needed } forced reviewers but takes only { $available }.
assign-infeasible-forced-over-max = { $reviewers } is forced on { $needed } applications, above their maximum of { $available }.
assign-infeasible-too-few-candidates = { $applications } needs { $needed } reviewers but only { $available } may review it (conflicts of interest, languages, exclusions, declines).
assign-infeasible-capacity-short = { $needed } reviews are needed but the reviewers can take only { $available }: add reviewers or raise their capacity.
assign-infeasible-min-loads-too-high = The minimum loads add up to { $needed } reviews but only { $available } are to be made: lower the minimum.
assign-infeasible-min-load-unreachable = { $reviewers } must review at least { $needed } applications but may review only { $available }.
assign-infeasible-applications-short = { $applications } need { $needed } more reviews but the reviewers who may read them can give only { $available }.
assign-infeasible-min-loads-short = { $reviewers } need { $needed } more reviews to reach their minimum but can get only { $available }.
flash-assignment-done = The assignment is computed and saved.
flash-assignment-pinned = The choice is saved; it applies at the next computation.
flash-assignment-reminded = The reviewers with reviews to send have been reminded by e-mail.
flash-assignment-nobody-to-remind = Nobody has a review left to send.
mail-review-reminder-subject = Reviews to send – { $scheme }
mail-review-reminder-body = Hello,

    You still have { $left } review(s) to send for the call “{ $scheme }”.

    Your applications to review: { $link }

    If you cannot review one of them, decline it from its page: it will go to another reviewer.
