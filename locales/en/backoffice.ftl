### Officers' back office: managing schemes (list, form, criteria, history, import and export).

## Navigation and list

bo-list-title = Schemes – { $authority }
bo-list-caption = The authority's schemes, in every status
bo-list-empty = No scheme yet.
bo-back-authority = Back to the authority's page
bo-back-list = Back to the schemes of { $authority }
bo-back-scheme = Back to the scheme
bo-back-history = Back to the history
bo-links = Links
bo-scheme-nav = Scheme pages
bo-criteria-link = Eligibility criteria
bo-history-link = History
bo-export-one = JSON export
bo-manage-link = Manage the schemes
bo-action-new = Create a scheme
bo-version-n = Version { $version }

## Scheme form

bo-new-title = New scheme
bo-new-lead = The scheme is created as a draft: the public sees it only once it is published.
bo-edit-title = Edit scheme { $slug }
bo-action-create = Create the draft
bo-language-fr = French
bo-language-pl = Polish
bo-language-en = English
bo-section-identity = Identification
bo-section-texts = Texts in { $language }
bo-section-funders = Funders
bo-section-where = Territory covered
bo-section-themes = Themes
bo-section-window = Application window
bo-section-money = Currency and budget
bo-section-documents = Documents to provide
bo-section-review = Criteria assessed during review
bo-section-languages = Languages applications may be written in
bo-section-contact = Contact
bo-field-slug = URL name
bo-field-kind = Kind of support
bo-field-title = Title
bo-field-summary = Summary
bo-field-description = Description
bo-field-funder-name = Name
bo-field-funder-kind = Kind of funder
bo-field-funder-lead = Lead funder
bo-funder-n = Funder { $n }
bo-field-perimeter = Territories covered
bo-perimeter-names = Territories recognised
bo-field-recurrence = Recurrence
bo-field-opens = Opens (local time)
bo-field-closes = Closes (local time)
bo-field-zone = Time zone
bo-field-currency = Currency
bo-field-envelope = Total envelope
bo-field-max-grant = Maximum grant per project
bo-field-documents = Documents to provide ({ $language })
bo-field-review = Review criteria ({ $language })
bo-field-contact = Contact (e-mail address, phone or office)
bo-field-url = Web page of the scheme
bo-field-note = Version note
bo-field-programme = Programme
bo-field-edition = Edition
bo-field-status = Status
bo-field-version = Version
bo-field-updated = Last change
bo-field-author = Author
bo-field-date = Date
bo-field-new-slug = URL name of the new edition
bo-hint-slug = 3 to 80 lowercase letters, digits and hyphens, for example “progress-2025”. It appears in the page's address and never changes afterwards.
bo-slug-fixed = The URL name does not change; to run the scheme again, create a new edition.
bo-hint-summary = One or two sentences, shown in result lists.
bo-hint-description = Plain text; separate paragraphs with a blank line.
bo-hint-funders = One row per funder; leave the name empty to skip a row. Save to get new empty rows.
bo-hint-perimeter = Territory ids separated by commas, for example fr:departement:92 or pl:wojewodztwo:14. Leave empty when the scheme has no territorial restriction.
bo-hint-perimeter-link = Look up an id (new tab)
bo-hint-window = Local dates and times, in the chosen zone. A permanent scheme has no dates; an annual one reopens every year on the same day and time.
bo-hint-closes = Closing is exclusive: for “until 31 December inclusive”, enter 1 January at 00:00.
bo-hint-amount = In major units (euros or złoty), for example 15000 or 15000.50.
bo-hint-lines = One item per line; line n of each language is the translation of the same item.
bo-hint-review = Conditions the eligibility engine does not check and reviewers judge (innovation…).
bo-hint-note = Optional: what changes in this version, shown in the history.
bo-conflict-title = Concurrent change
bo-conflict-changed = Fields changed since you opened the form:
bo-conflict-open-current = See the current version (new tab)
bo-conflict-overwrite = Save my version anyway
bo-conditions-title = Eligibility conditions
bo-conditions-none = No condition: the scheme is open to everyone, within its window and territory.
bo-criteria-edit = Edit the criteria
bo-status-title = Publication
bo-status-current = Current status: { $status }.
bo-status-final = An archived scheme no longer changes status; create a new edition to run it again.
bo-action-publish = Publish
bo-action-unpublish = Unpublish (back to draft)
bo-action-close = Close applications
bo-action-reopen = Reopen
bo-action-archive = Archive
bo-action-change-status = Change status
bo-edition-title = New edition
bo-edition-hint = Copies the scheme, criteria included, into a new draft; a one-off scheme's dates move one year later.
bo-action-edition = Create the new edition

## Criteria editor

bo-criteria-page-title = Eligibility criteria of { $slug }
bo-criteria-title = Eligibility criteria
bo-criteria-lead = Every change is saved as a new version. Unfold a criterion to edit its parameters, add a condition to a group or delete a criterion.
bo-criteria-live-warning = This scheme is published: every change applies at once to eligibility checks.
bo-node-edit = Edit
bo-node-id = Criterion id
bo-hint-node-id = Letters, digits, - and _; unique within the scheme.
bo-param-min = Minimum number
bo-param-countries = Accepted countries
bo-param-categories = Accepted beneficiary categories
bo-param-legal-forms = Other accepted legal forms
bo-hint-legal-forms = Codes separated by commas: INSEE legal category (4 digits, France) or REGON form (3 digits, Poland), for example 9220, 155.
bo-param-label = Label or approval
bo-param-themes = Themes
bo-param-services = Services
bo-param-cofunder-kinds = Kinds of co-funders
bo-param-commitment = Commitment
bo-param-commitments = Commitments
bo-param-amount = Amount ({ $currency })
bo-param-vat = Basis
bo-param-rate = Maximum rate (%)
bo-hint-rate = Largest share of the eligible expenses, for example 80 or 12.5.
bo-param-lead-required = A lead partner must be designated
bo-param-min-members = Fewest members
bo-param-max-members = Most members
bo-hint-optional = Optional.
bo-group-type = Kind of group
bo-group-min = Minimum number (for “at least N”)
bo-hint-group-min = Used only for an “at least N conditions” group.
bo-action-regroup = Change the kind of group
bo-child-type = Kind of condition to add
bo-action-add-child = Add to the group
bo-action-delete-node = Delete this criterion
bo-type-all = Group: all conditions
bo-type-any = Group: at least one condition
bo-type-at_least = Group: at least N conditions
bo-type-country = Country of registration
bo-type-beneficiary = Beneficiaries (legal forms)
bo-type-sse = Social and solidarity economy
bo-type-label = Label or approval
bo-type-themes = Project themes
bo-type-requested_max = Maximum amount requested
bo-type-requested_min = Minimum amount requested
bo-type-rate_max = Maximum funding rate
bo-type-expenses_min = Minimum eligible expenses
bo-type-services = Services offered
bo-type-commitment = Project holder's commitment
bo-type-cofunders = Co-funders
bo-type-consortium = Consortium

## Preview

bo-preview-title = Preview: a sample applicant
bo-preview-lead = Describe an applicant and their project: the engine gives its verdict for this scheme, even as a draft. Leave empty what is not known.
bo-sample-applicant = The applicant
bo-sample-project = The project
bo-sample-unknown = Not given
bo-sample-none = None
bo-sample-location = Location
bo-sample-ess = Belongs to the social and solidarity economy
bo-sample-requested = Amount requested ({ $currency })
bo-sample-expenses = Eligible expenses ({ $currency })
bo-sample-members = Number of organisations carrying the project
bo-sample-lead = A lead partner is designated
bo-sample-at = Date of application ({ $zone })
bo-hint-sample-legal-form = INSEE code (4 digits) or REGON code (3 digits), for example 9220.
bo-hint-sample-location = Territory id, for example fr:commune:92050.
bo-hint-sample-lists = Tick nothing for “not given”, or “None” when the list is empty.
bo-hint-sample-members = 1 when one organisation carries the project.
bo-hint-sample-at = Now by default.
bo-action-preview = Show the verdict
bo-yes = Yes
bo-no = No
bo-verdict-met = Met
bo-verdict-not_met = Not met
bo-verdict-unknown = To check
bo-scheme-verdict-eligible = Eligible
bo-scheme-verdict-not_eligible = Not eligible
bo-scheme-verdict-unknown = Eligibility to confirm: some information is missing

## History

bo-history-title = History of { $slug }
bo-history-caption = Versions, newest first
bo-author-none = —
bo-version-title = Version { $version }
bo-changes-title = Changes since the previous version
bo-changes-first = First version.
bo-changes-none = No field of the scheme changed.
bo-fields-title = Content of this version
bo-value-none = —
bo-note-created = Created
bo-note-edit = Text edited
bo-note-demo = Demo data
bo-note-import = Import
bo-note-status = Status: { $status }
bo-note-edition-of = New edition of { $slug }
bo-note-criteria-save = Criterion { $node } edited
bo-note-criteria-add = Criterion { $node } added
bo-note-criteria-delete = Criterion { $node } deleted
bo-note-criteria-regroup = Kind of group { $node } changed

## Import and export

bo-export-title = Export
bo-export-json = Every scheme as JSON
bo-export-xlsx = Every scheme as an Excel workbook (XLSX)
bo-export-schema = JSON Schema of the exchange format
bo-export-hint = The Excel file has one row per scheme; criteria, funders and documents are in JSON in their cells. The max_grant, min_grant and rate_cap_percent columns are read from the criteria and ignored on import.
bo-import-title = Import
bo-import-file = JSON or XLSX file
bo-import-hint = A Passerelle export or a file in the same format (2 MB at most). Everything is imported or nothing: new schemes are created, the authority's existing ones get a new version.
bo-action-import = Import
bo-import-problems = Problems to fix before importing
bo-import-scheme = Scheme
bo-import-field = Field
bo-import-message = Problem
bo-import-nth = no. { $n }
bo-import-nth-slug = no. { $n } ({ $slug })
bo-import-done = Import finished:
bo-import-created = { $count ->
    [0] no scheme created
    [one] 1 scheme created
   *[other] { $count } schemes created
}
bo-import-updated = { $count ->
    [0] no scheme updated
    [one] 1 scheme updated
   *[other] { $count } schemes updated
}
bo-import-unchanged = { $count ->
    [0] no scheme unchanged
    [one] 1 scheme unchanged
   *[other] { $count } schemes unchanged
}

## Messages

flash-bo-created = The scheme's draft was created.
flash-bo-saved = The scheme was saved.
flash-bo-published = The scheme is published.
flash-bo-unpublished = The scheme is a draft again.
flash-bo-closed = Applications to the scheme are closed.
flash-bo-archived = The scheme is archived.
flash-bo-edition-created = The new edition was created as a draft.
flash-bo-criteria-saved = The criteria were saved.
flash-bo-imported = The import is finished.

## Errors

error-datetime_invalid = Invalid date and time: use the format YYYY-MM-DDTHH:MM, for example 2025-01-01T00:00.
error-tenant_mismatch = This scheme belongs to another authority than the one you are importing into.
error-slug_duplicate = This file holds the same URL name twice.
error-slug_other_tenant = This URL name is already used by another authority's scheme.
error-import_empty = The file holds no scheme.
error-json_invalid = This file is not valid JSON in the scheme exchange format.
error-xlsx_invalid = This file is not a readable Excel workbook (XLSX).
error-xlsx_columns_missing = The workbook's first row must hold the column names of an export (slug, status, kind…).
error-file_required = Choose a file to import.
error-file_unreadable = The file sent could not be read.
error-import_refused = Nothing was imported: fix the problems listed below and try again.
error-criterion_not_found = This criterion no longer exists: reload the page.
error-not_a_group = Only a group can hold other conditions.
error-criterion_root = The criteria's main group cannot be deleted.
