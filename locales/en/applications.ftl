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
error-answer_invalid = This answer does not have the expected form.
error-field_unknown = This question is not in the form.
error-number_too_small = This number is below the minimum allowed.
error-number_too_large = This number is above the maximum allowed.
error-date_invalid = This date does not exist; write it YYYY-MM-DD.
error-too_few_choices = Tick more answers.
error-too_many_choices = You ticked too many answers.
error-too_many_files = Only one file is expected here.
error-partners_one_lead = Designate exactly one lead partner.
error-partners_too_few = The consortium has too few members.
error-partners_too_many = The consortium has too many members.
error-form_id_invalid = Empty identifier, or already used in the form.
error-form_condition_invalid = The display condition must refer to an earlier question.
error-form_field_invalid = The settings of this question are inconsistent (options, bounds or file types).

## Applying: the project holder's pages.
app-apply-title = Apply
app-apply-intro = You are applying to “{ $scheme }”. The application stays a draft until you submit it; you can come back to it and invite your partners to complete it.
app-apply-no-organisation = Applications are made on behalf of an organisation. First create your organisation’s profile.
app-apply-which-organisation = On behalf of which organisation are you applying?
app-apply-sections = The form has these parts:
app-apply-start = Start the application
app-mine-title = My applications
app-mine-none = You have no application yet.
app-mine-find = Find a scheme
app-col-project = Project
app-col-call = Call
app-col-state = State
app-col-reference = Reference
app-col-question = Question
app-col-answer = Answer
app-untitled = Untitled application
app-closes = Applications are taken until { $when }.
app-submitted-on = Submitted on { $when }.
app-see-receipt = See the receipt
app-sections = The parts of the form
app-section-not-needed = (not needed given your answers)
app-check-and-submit = Check and submit
app-dossier-pdf = Download the whole application (PDF)
app-actions = What you can do
app-team = Writing team
app-team-member = member of the organisation
app-team-co_editor = invited partner
app-team-pending = invitation sent, pending
app-invite-email = E-mail address of the person to invite
app-invite-hint = For instance someone from a partner organisation: they will be able to complete the application with you.
app-invite = Invite
app-messages = Messages with the programme officers
app-messages-none = No message yet.
app-side-applicant = applicant
app-side-officer = programme officer
app-message-label = Your message
app-message-send = Send the message
app-required = (required)
app-read-only = This application can no longer be changed.
app-field-condition = Only to answer depending on your answer to “{ $field }”.
app-max-chars = At most { $n } characters.
app-declaration-tick = I tick to confirm
app-autosave-saved = Saved automatically at %time%.
app-autosave-conflict = Someone (%name%) saved this part meanwhile: autosave is paused. Save to compare both versions.
app-autosave-invalid = Could not save automatically: some answers need fixing. Save to see which.
app-autosave-offline = Could not save automatically for now (connection?). Your answers stay in the page.
app-add-row = Add a line
app-chars-left = %n% characters left.
app-save = Save
app-save-next = Save and continue
app-back-to-application = Back to the application
app-budget-totals = Total: { $total }, of which eligible expenses: { $eligible }
app-no-files = No file attached.
app-file-choose = Choose a file
app-file-upload = Attach the file
app-file-remove = Remove { $name }
app-file-limit = Accepted formats above; at most { $mb } MB per file. Save your answers before attaching a file.
app-conflict-title = Someone saved this part at the same time as you
app-conflict-intro = { $name } saved this part after you opened it. Nothing was overwritten: what you typed is still in the form below, and here is the saved version.
app-conflict-theirs = The saved version
app-conflict-choose = Save the form to keep your version (it will replace the other one), or take the saved version.
app-conflict-take-theirs = Take the saved version (what you typed will be dropped)
app-submit-title = Check and submit the application
app-submit-checks = Checking the form
app-submit-complete = Every required question is answered and the amounts add up.
app-submit-problems = Before submitting, fix:
app-submit-eligibility = Eligibility
app-verdict-eligible = From your answers and your organisation’s profile, your project is eligible.
app-verdict-not-eligible = From your answers and your organisation’s profile, your project is not eligible: the application cannot be submitted.
app-verdict-unknown = Some conditions will be checked by the programme officers.
app-criterion-met = condition met
app-criterion-not-met = condition not met
app-criterion-unknown = to be checked
app-submit-send = Submission
app-submit-final = Once submitted, the application can no longer be changed. You will receive a receipt.
app-receipt-intro = Your application to “{ $scheme }” has been submitted.
app-receipt-pdf = Download the receipt (PDF)
app-invitation-title = Invitation to write an application
app-invitation-intro = You are invited to complete an application to “{ $scheme }”.
app-invitation-for = Invitation sent to
app-invitation-as = You are signed in as { $email }.
app-invitation-accept = Accept and open the application
app-invitation-sign-in = Sign in (or create an account) with the invited address to accept.
flash-app-started = Your application is created. It is saved as a draft.
flash-app-saved = Your answers are saved.
flash-app-submitted = Your application is submitted. The receipt is on its way by e-mail.
flash-app-invited = The invitation is sent.
flash-app-joined = You can now complete this application.
flash-app-message-sent = Your message is sent.
flash-app-file-added = The file is attached.
flash-app-file-removed = The file is removed.
flash-app-no-file = Choose a file first.
flash-app-complete = Your additional information is sent to the programme officers.
flash-app-withdraw = Your application is withdrawn.

## Answers as read (pages, PDF, exports).
answer-yes = Yes
answer-no = No
answer-ticked = Ticked
answer-not-ticked = Not ticked
budget-phase = Phase
budget-year = Year
budget-category = Expense category
budget-label = Description
budget-amount = Amount
budget-eligible = Eligible
budget-total = Total
budget-eligible-part = of which eligible: { $amount }
cofunding-funder = Funder
cofunding-kind = Kind of funder
cofunding-kind-public = public
cofunding-kind-private = private
cofunding-status = Status
cofunding-requested = requested
cofunding-obtained = obtained
partner-name = Organisation
partner-lead = lead partner
plan-year = Year
plan-milestone = Milestone
plan-deliverable = Deliverable
size-kb = { $n } kB
size-mb = { $n } MB
time-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
time-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
verdict-eligible = Eligible
verdict-not-eligible = Not eligible
verdict-unknown = To be checked

## Receipt and dossier (PDF).
receipt-title = Receipt
receipt-reference = Reference
receipt-organisation = Organisation
receipt-project = Project
receipt-submitted-at = Submitted on
receipt-form-version = Form version
receipt-sha256 = SHA-256 fingerprint
receipt-attachments = Attachments
receipt-footer = The SHA-256 fingerprint is that of the submitted content (the answers and the attachments’ fingerprints, as canonical JSON). It proves that this content has not changed since it was submitted.
pdf-page = Page
dossier-state = State
dossier-eligibility = Eligibility at submission
dossier-history = History
dossier-untitled = Untitled application
dossier-exported = Exported on { $when } by { $who }
event-create = Application created
event-join = Joined the writing team
event-submit = Application submitted
event-view = Dossier read
event-view-attachment = Attachment read
event-export-pdf = Dossier exported as PDF
event-start-review = Review started
event-request-info = Information requested
event-complete = Information sent
event-accept = Application accepted
event-reject = Application rejected
event-withdraw = Application withdrawn
event-close = Closed without follow-up
event-reopen = Review reopened

## Exports.
export-reference = Reference
export-state = State
export-submitted-at = Submitted on ({ $zone })
export-organisation = Organisation
export-title = Project
export-eligibility = Eligibility
export-col-total = { $label } – total
export-col-eligible = { $label } – eligible
export-col-public = { $label } – public
export-col-private = { $label } – private

## Mails.
mail-app-invite-subject = Invitation to complete an application – { $scheme }
mail-app-invite-body = Hello,

    { $inviter } invites you to complete the application “{ $project }” to the call “{ $scheme }” together.

    To accept, open this link (valid for 14 days) and sign in with this address:
    { $link }

    If you do not know this person, ignore this message.
mail-receipt-subject = Receipt of your application { $reference }
mail-receipt-body = Hello,

    Your application “{ $project }” to the call “{ $scheme }” has been submitted.

    Reference: { $reference }
    Submitted on: { $when }
    SHA-256 fingerprint of the submitted content: { $sha256 }

    The receipt is attached as a PDF. You can follow your application here:
    { $link }
mail-app-state-subject = Your application { $reference } has moved on
mail-app-state-body = Hello,

    The application “{ $project }” ({ $reference }) is now: { $state }.
    { $note }

    To read it: { $link }
mail-app-message-subject = New message about the application { $reference }
mail-app-message-body = Hello,

    { $author } wrote about the application “{ $project }”:

    { $body }

    To answer: { $link }
mail-reminder-subject = { $left } left to submit your application – { $scheme }
mail-reminder-body = Hello,

    Your application “{ $project }” to the call “{ $scheme }” is still a draft: it has not been submitted.

    Applications close on { $when } (in { $left }). After that, it can no longer be submitted.

    To finish and submit it: { $link }

## Application errors.
error-already_editor = This person already writes the application.
error-already_submitted = This application is already submitted.
error-answers_invalid = The answers do not have the expected form.
error-attachment_unknown = This file does not belong to this application.
error-budget_row_invalid = A budget line is incomplete: give its year and amount.
error-budget_unbalanced = The budget must balance: amount requested + co-funding (own funds included) = total expenses.
error-call_closed = The call is closed: the application can no longer be changed.
error-call_has_no_form = This call has no application form yet.
error-cofunding_row_invalid = A line of the funding plan is incomplete: give the kind of funder and the amount.
error-cofunding_kind_mismatch = Public or private does not match the kind of funder.
error-expenses_under_min = The eligible expenses are below the call’s minimum.
error-export_too_long = Too many rows for an export.
error-export_too_wide = Too many columns for an export.
error-file_empty = The file is empty.
error-file_too_large = The file is larger than allowed.
error-file_type_refused = This type of file is not accepted here (the type is recognised from the file’s content).
error-form_empty = The form needs at least one part.
error-form_feeds_invalid = This type of question cannot answer that eligibility criterion.
error-form_feeds_twice = Another question already answers that eligibility criterion.
error-invitation_expired = This invitation is no longer valid.
error-invitation_other_address = This invitation was sent to another e-mail address than your account’s.
error-not_a_file_field = This question does not take a file.
error-not_editable = This application can no longer be changed.
error-not_eligible = According to the eligibility check, the application cannot be submitted.
error-not_submitted = The application is not submitted yet.
error-organisation_not_yours = You can only apply on behalf of an organisation you are a member of.
error-range_invalid = The minimum is above the maximum.
error-rate_over_cap = The amount requested is above the call’s maximum funding rate.
error-reminders_invalid = Give at most 5 reminders, each between 1 hour and 60 days before the closing.
error-requested_over_cap = The amount requested is above the call’s ceiling.
error-requested_over_expenses = The amount requested is above the eligible expenses.
error-requested_under_min = The amount requested is below the call’s minimum.
error-retention_invalid = Keep drafts between 0 and 3,650 days.
error-year_invalid = Give a four-digit year.

## Links from the catalogue and the header.
scheme-apply = Apply
nav-my-applications = My applications

## Dossier page details.
app-section-progress = { $required ->
    [one] { $done } of 1 required question answered
   *[other] { $done } of { $required } required questions answered
}
app-history-line = { $who }: { $what }
app-info-requested = The programme officers ask you for more information:
app-info-requested-how = Complete the parts concerned, then click “Send the information”. You can also answer with a message.
app-withdraw-confirm = I confirm that I withdraw this application (withdrawal is final).
error-withdraw_unconfirmed = Tick the box to confirm the withdrawal.
