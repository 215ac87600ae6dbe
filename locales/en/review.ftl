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

## Selection committee (officers).
committee-title = Selection committee
committee-intro = The ranking of the applications with their reviews, the allocation of the envelope that maximises the committee's objective exactly, beside the usual "fund down the ranking" allocation, and the committee's decisions. Decisions are locked when the committee closes.
committee-closed-on = The committee closed on { $when }: decisions are locked, letters have been sent and the funded projects are public.
committee-rules = Rules of the allocation
committee-envelope = Envelope
committee-envelope-hint = The money to share, for instance 100000.
committee-cap = Ceiling per project
committee-cap-hint = Leave empty for no ceiling. The call's eligibility ceiling is proposed.
committee-minimum-share = Minimum viable share of a request (%)
committee-minimum-share-hint = A project funded below its request gets at least this share, unless the committee sets its own minimum.
committee-objective = What the allocation maximises
committee-objective-value = The score-weighted funded value (money goes where the scores are highest)
committee-objective-projects = The number of funded projects, then the score-weighted value
committee-score = Score weighed
committee-score-corrected = Corrected for reviewers' severity
committee-score-raw = Raw mean of the reviews
committee-quotas = Quotas
committee-quotas-hint = For instance at least 30 % of the envelope outside the prefecture, or at most 4 projects of a theme. Shares are shares of the envelope.
committee-quota-n = Quota { $n }
committee-quota-limit = Kind
committee-quota-target = Projects counted
committee-quota-target-hint = inside:territory, outside:territory or theme:code, for instance outside:fr:commune:92050 or theme:solidarity-finance. Suggestions are offered as you type.
committee-quota-value = Value (%, amount or number of projects)
committee-limit-min-share = At least a share of the envelope
committee-limit-max-share = At most a share of the envelope
committee-limit-min-amount = At least an amount
committee-limit-max-amount = At most an amount
committee-limit-min-projects = At least a number of projects
committee-limit-max-projects = At most a number of projects
committee-target-outside = outside { $place }
committee-target-inside = in { $place }
committee-preview = Recompute without saving
committee-save-rules = Save the rules
committee-allocation = Allocation of the envelope
committee-previewing = These results follow the rules typed above, which are not saved yet.
committee-compare = Exact allocation and "fund down the ranking"
committee-optimal = Exact allocation
committee-greedy = Down the ranking
committee-funded = Projects funded
committee-spent = Granted
committee-unspent = Left unspent
committee-difference = Against funding down the ranking, the exact allocation funds { $funded } project(s) more and spends { $unspent } more of the envelope.
committee-greedy-unmet = Funding down the ranking breaks quota(s) { $quotas }.
committee-decided = { $n ->
    [one] One application decided
   *[other] { $n } applications decided
}
committee-none = No application stands before the committee.
committee-ranking = Ranking, best corrected score first
committee-col-requested = Requested
committee-col-eligibility = Eligibility
committee-col-reviews = Reviews
committee-col-raw = Raw score
committee-col-corrected = Corrected score
committee-col-offset = Severity (points)
committee-col-decision = Decision
committee-disagreement = Reviewers disagree
committee-minimum = minimum { $amount }
committee-amount-for = Amount granted to { $reference }
committee-minimum-label = Minimum viable amount
committee-note = Note
committee-decide = Record
committee-amount-hint = 0 refuses the project; an empty amount leaves it to the allocation, which then respects every recorded decision.
committee-finish = Decide and close
committee-adopt-hint = Records the exact allocation as the decision of every application not decided yet.
committee-adopt = Adopt the exact allocation
committee-close-hint = Closing locks the decisions, moves each application to accepted or rejected, sends each applicant the letter in their language with its PDF, and publishes the funded projects.
committee-close-confirm = I confirm the decisions are final
committee-close = Close the committee
committee-severity = Reviewers' severity
committee-severity-hint = What each reviewer adds to the score an average reviewer would give (negative: harsher). The corrected score removes it.
committee-problem-decision-outside = The decision on { $application } no longer fits its minimum or ceiling: change it.
committee-problem-rules-invalid = The envelope or the ceiling is out of range.
committee-problem-quota-invalid = Quota { $quota } is out of range.
committee-problem-fixed-exceed-envelope = The decisions already grant { $fixed }, more than the envelope of { $envelope }.
committee-problem-quota-infeasible = Quota { $quota } cannot be met together with the envelope, the amounts allowed, the decisions and the quotas before it.
committee-problem-search-limit = The exact allocation takes too long to prove under these rules: simplify the quotas.
flash-committee-rules-saved = The rules are saved.
flash-committee-decided = The decision is recorded.
flash-committee-adopted = The exact allocation is recorded as the committee's decisions.
flash-committee-nothing-to-adopt = Every application is already decided.
flash-committee-closed = The committee is closed: letters are on their way and the results are public.
error-confirm_required = Tick the box to confirm.
error-decisions_missing = Every application must be decided before the committee closes.
error-envelope_exceeded = The decisions grant more than the envelope.
error-allocation_infeasible = No allocation meets these rules: see the message above the ranking.
error-decision_state_invalid = An application still awaits information from its applicant, or is withdrawn: settle it before closing.
error-partial_not_allowed = This call does not fund less than requested.
error-minimum_outside = The minimum must be positive and at most the ceiling.
error-amount_outside = The amount must be 0, or between the minimum and the ceiling (the full amount when partial funding is not allowed).
error-quota_target_invalid = Write inside:territory, outside:territory or theme:code.
error-placeholder_unknown = Unknown placeholder: use only those listed above.
error-too_many = Too many entries.

## Notification letters.
letters-title = Notification letters
letters-intro = The letter each applicant receives when the committee closes, by e-mail and as a PDF, in their language. Placeholders are replaced for each application.
letters-placeholders = Placeholders:
letters-heading-funded = Funded project – { $language }
letters-heading-not-funded = Project not funded – { $language }
letters-default = standard wording
letters-subject = Subject
letters-body = Letter
letters-reset-hint = Empty both fields and save to go back to the standard wording.
letters-preview = Preview with an example
flash-letter-saved = The letter is saved.
letter-funded-subject = Your project “{ $project }” is funded
letter-funded-body = Dear Sir or Madam,

    The selection committee of the call “{ $call }” has examined the application { $reference } of { $organisation }.

    We are pleased to inform you that your project “{ $project }” is funded with { $amount } (you requested { $requested }).

    The officers in charge of the call will contact you about the agreement and the payment.

    Yours faithfully,
    { $authority }
letter-not-funded-subject = Your application to “{ $call }”
letter-not-funded-body = Dear Sir or Madam,

    The selection committee of the call “{ $call }” has examined the application { $reference } of { $organisation } for the project “{ $project }”.

    We regret to inform you that the committee could not fund it this time: the envelope did not allow funding every application of quality.

    The reviews of your application may help you prepare a future one; the officers in charge of the call can tell you more.

    Yours faithfully,
    { $authority }
letter-pdf-call = Call
letter-pdf-reference = Application
letter-pdf-amount = Amount granted
letter-pdf-footer = { $authority } – notification of the selection committee's decision
letter-mail-footer = The letter is attached as a PDF. Your application: { $link }
letter-example-project = Repair café in the district
letter-example-organisation = Association Example
letter-example-authority = The authority

## Public results.
results-title = Funded projects
results-intro = Results of the selection committee of { $when }.
results-summary = { $funded } project(s) funded out of { $decided } application(s) examined, for { $total } in all.
results-none = No project was funded.
results-col-organisation = Organisation
results-col-territory = Commune
results-col-amount = Amount granted
results-csv = Download the list (CSV)
app-decision-letter = The decision letter (PDF)
