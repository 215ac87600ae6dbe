## A call's application form builder, its preview and its settings (officers).

calls-builder-title = Application form – { $title }
calls-builder-link = Application form
calls-settings-link = Reminders and drafts
calls-nav = The call's form and settings
calls-saved-version = Saved version: { $version }
calls-no-form-yet = No form saved yet
calls-count-sections = { $count ->
    [one] { $count } part
   *[other] { $count } parts
}
calls-count-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
calls-builder-lead = Your changes stay on this page until "Save as a new version". Applications already started keep the version they were opened with.
calls-preview-saved-link = Preview of the saved version
calls-unsaved = Unsaved changes: they will be lost if you leave the page without saving.
calls-empty = This form has no part yet. Start by creating the first one, then add questions to it.
calls-create-first-section = Create the first part
calls-code = Code
calls-required = Required
calls-untitled = Untitled question
calls-feeds = Feeds: { $fact }
calls-edit-section = Edit part
calls-edit-question = Edit
calls-move-up = Move up
calls-move-down = Move down
calls-delete-section = Delete part
calls-delete-question = Delete
calls-section-empty = No question in this part.
calls-new-type = Type of the new question in "{ $section }"
calls-add-question = Add a question
calls-add-section = Add a part
calls-form-settings = Form settings
calls-balanced-budget = The budget must balance
calls-balanced-budget-hint = Expenses must equal the amount requested plus the co-funding plan (own funds are a private co-funding line), as the French CERFA 12156 form requires.
calls-save = Save as a new version
calls-save-over = Save my version over version { $version }
calls-save-hint = Every save makes a new version; applicants who start an application afterwards get it.
calls-preview-changes = Preview with my changes
calls-discard = Discard my changes
calls-conflict = Someone else saved version { $version } of this form while you were editing it. Nothing was saved; your changes are still on this page.
calls-conflict-open-current = See the current version (new tab)
calls-problem = "{ $item }": { $problem }
calls-delete-blocked = Cannot delete: the display condition of { $items } depends on it. Change that condition first.
calls-notice-moved = Moved (not saved yet).
calls-notice-deleted = Deleted (not saved yet).
calls-notice-question-applied = Question updated in the form (not saved yet).
calls-notice-section-applied = Part updated in the form (not saved yet).
calls-flash-saved = Form saved as a new version. Applications already started keep theirs.
calls-flash-settings-saved = Call settings saved.

## Question and section editors

calls-new-question-title = New question: { $type }
calls-edit-question-title = Edit question: { $type }
calls-new-section-title = New part
calls-edit-section-title = Edit part
calls-field-id = Code
calls-hint-id = Identifies the answer in exports: lowercase letters without accents, digits and "_", unique in the form.
calls-hint-section-id = Lowercase letters without accents, digits and "_", unique among parts.
calls-texts-in = Texts in { $language }
calls-field-label = Question
calls-field-title = Title of the part
calls-hint-label = At least one language; a language left empty shows the French text.
calls-field-help = Help under the question (optional)
calls-field-intro = Introduction of the part (optional)
calls-field-required = An answer is required to submit
calls-type-settings = Settings of the type "{ $type }"
calls-hint-optional = Optional.
calls-field-max-len = Largest number of characters
calls-field-options = Options, one per line
calls-hint-choices = On each line: code | French label | Polish label | English label. For example: product | Produit | Produkt | Product
calls-field-min-number = Smallest value
calls-field-max-number = Largest value
calls-field-min-multiple_choice = Fewest boxes to tick
calls-field-max-multiple_choice = Most boxes to tick
calls-field-min-partners = Fewest members (applicant included)
calls-field-max-partners = Most members
calls-field-accept = Accepted file types (recognised by their content)
calls-field-max-mb = Largest file, in MB
calls-hint-max-mb = A whole number from 1 to 100.
calls-field-multiple = Several files allowed
calls-field-phases = Phases, one per line (optional)
calls-hint-phases = On each line: code | French label | Polish label | English label. For example: study | Étude | Studium | Study
calls-field-categories = Expense categories, one per line (optional)
calls-hint-categories = On each line: code | French label | Polish label | English label. Without categories, applicants describe each expense freely.
calls-field-year-from = First year
calls-field-year-to = Last year
calls-field-vat = Amounts stated
calls-field-condition = Show this question
calls-hint-condition = Choose an answer to an earlier question to show this one only in that case.
calls-field-section-condition = Show this part
calls-hint-section-condition = Choose an answer to a question of an earlier part to show this one only in that case.
calls-condition-always = Always
calls-condition-is = only when the answer is "{ $value }"
calls-condition-includes = only when "{ $value }" is ticked
calls-condition-ticked = only when it is ticked
calls-condition-text = Shown when "{ $question }": "{ $value }"
calls-cond-ticked = ticked
calls-field-feeds = Information given to the eligibility check
calls-hint-feeds = The answer is used to check the scheme's criteria at submission.
calls-feeds-nothing = None
calls-feeds-themes = The project's themes
calls-feeds-requested = Amount requested
calls-feeds-eligible_expenses = Eligible expenses
calls-feeds-services = Services offered
calls-feeds-cofunders = Co-funders
calls-feeds-consortium = The consortium's members
calls-feeds-commitment = Commitment: { $commitment }
calls-apply = Apply to the form
calls-cancel = Cancel
calls-apply-hint = The change goes into your working copy; it is saved only with "Save as a new version".
calls-change-type = Change the question's type
calls-hint-change-type = The texts are kept; the settings start again from the new type's.
calls-field-type = New type
calls-retype = Show this type's settings
calls-type-short_text = Short text
calls-type-long_text = Long text
calls-type-number = Whole number
calls-type-money = Amount
calls-type-date = Date
calls-type-single_choice = Single choice
calls-type-multiple_choice = Multiple choice
calls-type-declaration = Declaration to tick
calls-type-file = File
calls-type-budget = Budget table
calls-type-cofunding = Co-funding plan
calls-type-partners = Partner list
calls-type-plan = Multi-year plan
calls-file-pdf = PDF
calls-file-png = PNG image
calls-file-jpeg = JPEG image
calls-file-text = Text (ODT, DOCX)
calls-file-sheet = Spreadsheet (XLSX, ODS)

## Preview

calls-preview-title = Form preview – { $title }
calls-preview-saved-lead = The form as an applicant sees it, in your language; change the language at the top of the page. The fields are disabled.
calls-preview-changes-title = Preview with your changes
calls-preview-lead = The form as an applicant will see it, in your language. Your changes are not saved yet.
calls-back-to-outline = Back to the form's outline
calls-back-to-builder = Back to the application form
calls-pv-note = For officers: { $note }
calls-preview-empty = This form has no question yet.
calls-rule-max-len = At most { $max } characters.
calls-rule-number-between = Between { $min } and { $max }.
calls-rule-number-min = At least { $min }.
calls-rule-number-max = At most { $max }.
calls-rule-choices-between = Tick { $min } to { $max } answers.
calls-rule-choices-min = { $min ->
    [one] Tick at least { $min } answer.
   *[other] Tick at least { $min } answers.
}
calls-rule-choices-max = { $max ->
    [one] Tick at most { $max } answer.
   *[other] Tick at most { $max } answers.
}
calls-rule-file = { $kinds } – one file of at most { $size } MB.
calls-rule-files = { $kinds } – several files allowed, at most { $size } MB each.
calls-rule-partners-between = { $min } to { $max } members, one of them lead partner.
calls-rule-partners-min = { $min ->
    [one] At least { $min } member, the lead partner.
   *[other] At least { $min } members, one of them lead partner.
}
calls-rule-partners-max = { $max ->
    [one] A single member, the lead partner.
   *[other] At most { $max } members, one of them lead partner.
}

## Call settings

calls-settings-title = Reminders and drafts – { $title }
calls-window-title = Application window
calls-window-open = Open now; closes { $closes }.
calls-window-permanent = Always open: without a closing date, no reminder is sent.
calls-window-upcoming = Not open yet; opens { $opens }.
calls-window-closed = Closed since { $closed }.
calls-reminders = Reminders before closing
calls-reminders-hint = Holders of an unsubmitted draft get an e-mail at each of these delays before the closing instant. Up to 5 reminders, 60 days at most; leave empty for none.
calls-reminder-n = Reminder { $n }
calls-reminder-unit-n = Unit of reminder { $n }
calls-unit-days = days before
calls-unit-hours = hours before
calls-drafts = At closing, unsubmitted drafts are
calls-drafts-read-only = kept, read-only
calls-drafts-delete = deleted after a retention period
calls-retention-days = Retention period, in days
calls-retention-hint = Used only when drafts are deleted: 0 to 3650 days after closing.

## Errors of the builder and the settings

error-form_id_format = Invalid code: lowercase letters without accents, digits and "_" only.
error-form_label_missing = Write the text in at least one language.
error-form_bounds_invalid = The maximum must be at least the minimum (and no more than the number of options).
error-form_options_missing = Give at least one option.
error-form_option_invalid = Malformed line: write code | French label | Polish label | English label, the code in lowercase without accents.
error-form_option_twice = Two lines have the same code.
error-form_accept_missing = Tick at least one file type.
error-form_size_invalid = Give a whole size from 1 to 100 MB.
error-form_years_invalid = Give the first and the last year (1900 to 2200), in that order.
