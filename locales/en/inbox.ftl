## Officers' inbox of a call and dossier pages (pages/inbox), and the words the app layer
## uses when it shows, exports or mails a dossier.

inbox-title = Submitted applications — { $scheme }
inbox-back-scheme = Back to the scheme
inbox-back-list = Back to the applications to “{ $scheme }”
inbox-counts-title = Applications by state
inbox-none-submitted = No application has been submitted yet.
inbox-drafts = { $count ->
    [0] No draft in progress.
    [one] 1 draft in progress (its content stays private until it is submitted).
   *[other] { $count } drafts in progress (their content stays private until they are submitted).
}
inbox-filters-title = Filter and sort
inbox-filter-q = Search the applications
inbox-filter-q-hint = Words of the title, the organisation, the reference or the answers.
inbox-filter-state = State
inbox-any = Any
inbox-filter-territory = Applicant’s territory
inbox-filter-territory-hint = Name or identifier, for example Nanterre or fr:departement:92.
inbox-filter-theme = Theme
inbox-filter-verdict = Eligibility at submission
inbox-filter-amount = Amount requested
inbox-filter-min = At least
inbox-filter-max = At most
inbox-sort = Sort by
inbox-sort-newest = Newest submission
inbox-sort-oldest = Oldest submission
inbox-sort-amount = Amount requested (largest first)
inbox-sort-title = Project title
inbox-sort-organisation = Organisation
inbox-filter-apply = Filter
inbox-filter-reset = Clear the filters
inbox-found = { $count ->
    [0] No application matches
    [one] 1 application matches
   *[other] { $count } applications match
}
inbox-export-csv = Export these applications as CSV
inbox-export-xlsx = Export these applications as XLSX
inbox-empty = No application matches these filters.
inbox-caption = Submitted applications; tick some to change their state together.
inbox-col-select = Selection
inbox-col-title = Project
inbox-col-amount = Amount requested
inbox-col-submitted = Submitted on ({ $zone })
inbox-col-verdict = Eligibility at submission
inbox-select-one = Select application { $reference }
inbox-bulk-title = Change the state of the ticked applications
inbox-bulk-event = Action
inbox-bulk-choose = Choose an action
inbox-bulk-apply = Apply to the ticked applications
inbox-bulk-changed = { $count ->
    [0] No application changed state.
    [one] 1 application changed state.
   *[other] { $count } applications changed state.
}
inbox-bulk-refused = Refused:
inbox-pages = Result pages
inbox-prev = Previous page
inbox-next = Next page
inbox-page-of = Page { $page } of { $pages }
inbox-page-beyond = This page is past the results.
inbox-first-page = Back to the first page
inbox-reference = Reference
inbox-state = State
inbox-organisation = Organisation
inbox-submitted-at = Submitted on
inbox-sha256 = SHA-256 fingerprint of the submission
inbox-verdict-at-submission = Eligibility at submission
inbox-form-version = Form version
inbox-untitled = Untitled application
inbox-summary = At a glance
inbox-pdf = Download the whole application (PDF)
inbox-transitions = Move the application on
inbox-no-transition = No action is possible in the application’s current state.
inbox-note-hint = The note is optional; it is sent to the applicants with the new state and kept in the history.
inbox-note-for = Note for “{ $action }”
inbox-answers = Answers
inbox-record-completed = These are the answers completed on { $when } after a request for information; the receipt still vouches for the original submission.
inbox-not-answered = Not answered
inbox-messages = Messages
inbox-no-message = No message yet.
inbox-message-label = Write to the applicants
inbox-message-hint = They are told by e-mail.
inbox-message-send = Send the message
inbox-side-applicant = Applicant
inbox-side-officer = Programme officers
inbox-history = History
inbox-history-when = When
inbox-history-who = Who
inbox-history-what = What
inbox-history-from = State before
inbox-history-note = Note
inbox-history-to = State after
flash-inbox-state-changed = The application’s state has changed.
flash-inbox-message-sent = Your message has been sent.
bo-applications-link = { $count ->
    [0] Submitted applications (none)
   *[other] Submitted applications ({ $count })
}
error-none_selected = Tick at least one application.
## Audit trail
## Verdicts of the eligibility engine at submission
## Answers as read (pages, PDFs, exports)
## Exports of a call's applications
## The dossier as PDF
## Mails about a dossier