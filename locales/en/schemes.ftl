## Public catalogue pages: search, scheme page, eligibility wizard
nav-schemes = Schemes
nav-eligibility = Am I eligible?
catalogue-title = Find a support scheme
catalogue-intro = Grants, loans, coaching and calls for projects for the social and solidarity economy.
catalogue-wizard-link = Check my eligibility criterion by criterion
catalogue-query = Keywords
catalogue-query-hint = In French, Polish or English, for example “tiers-lieu”, “solidarity finance”, “spółdzielnia”.
catalogue-territory = Place
catalogue-territory-hint = Municipality, département, region or voivodeship (name or code), for example “Nanterre” or “fr:commune:92050”.
catalogue-territory-understood = Place used: { $name }.
catalogue-sort = Sort by
catalogue-sort-relevance = Relevance
catalogue-sort-deadline = Nearest deadline
catalogue-filters = Filters
catalogue-facet-open = Applications
catalogue-open-any = All
catalogue-open-now = Open now
catalogue-closing-soon = Closing within 30 days
catalogue-funder = Funder
catalogue-funder-any = All funders
catalogue-apply-filters = Apply filters
catalogue-reset = Clear the search
catalogue-results = { $count ->
    [0] No scheme
    [one] { $count } scheme
   *[other] { $count } schemes
}
catalogue-no-results = No scheme matches. Remove a filter or try other words.
catalogue-badge-open = Open
catalogue-badge-closed = Closed
catalogue-closes = Closes:
catalogue-up-to = up to { $amount }
catalogue-pagination = Result pages
catalogue-prev = Previous page
catalogue-next = Next page
catalogue-page-of = Page { $page } of { $pages }
breadcrumb-label = Breadcrumb
scheme-status-closed = This scheme is closed; it stays here for reference.
scheme-check-eligibility = Am I eligible?
scheme-facts = Key facts
scheme-window = Applications
scheme-perimeter = Territory
scheme-funders = Funders
scheme-envelope = Total envelope
scheme-max-grant = Maximum grant
scheme-min-grant = Minimum grant
scheme-rate-cap = Maximum funding rate
scheme-min-expenses = Minimum eligible expenses
scheme-languages = Application languages
scheme-contact = Contact
scheme-url = Official page
scheme-conditions = Eligibility conditions
scheme-conditions-hint = These conditions are checked automatically by the “Am I eligible?” tool.
scheme-no-conditions = No particular condition.
scheme-assessed = Assessed during review
scheme-assessed-hint = These points do not decide eligibility: reviewers and the committee assess them.
scheme-documents = Documents to provide
scheme-description = About the scheme
language-name-fr = French
language-name-pl = Polish
language-name-en = English
wizard-title = Am I eligible?
wizard-intro = Answer what you know: each answer sharpens the result, and a question left blank is pointed out rather than guessed.
wizard-for-scheme = Checking: { $title }.
wizard-all-schemes = Check every scheme
wizard-answers = Result
wizard-from-org = Profile used: { $name }.
wizard-eligible = { $count ->
    [0] No scheme you are eligible for
    [one] { $count } scheme you are eligible for
   *[other] { $count } schemes you are eligible for
}
wizard-unknown = { $count ->
    [0] No scheme to confirm
    [one] { $count } scheme to confirm
   *[other] { $count } schemes to confirm
}
wizard-near = { $count ->
    [0] No near miss
    [one] { $count } near miss
   *[other] { $count } near misses
}
wizard-others = { $count ->
    [one] { $count } other scheme you are not eligible for
   *[other] { $count } other schemes you are not eligible for
}
wizard-why = Details, criterion by criterion
wizard-verdict-met = Met:
wizard-verdict-not_met = Not met:
wizard-verdict-unknown = To confirm:
wizard-to-answer = To conclude, tell us:
wizard-failing = The only condition not met:
wizard-who = Your organisation
wizard-org = Use the profile of
wizard-org-hint = Country, legal form, municipality and SSE membership are taken from this profile.
wizard-org-none = None, I will answer myself
wizard-dont-know = I don’t know
wizard-category = Type of organisation
wizard-legal-form = Legal form code (optional)
wizard-legal-form-hint = French INSEE legal category (4 digits, 9220 for a declared association) or Polish REGON code (3 digits).
wizard-location = Municipality of the head office
wizard-ess = Does your organisation belong to the social and solidarity economy?
wizard-yes = Yes
wizard-no = No
wizard-project = Your project
wizard-requested = Amount requested
wizard-currency = Currency
wizard-expenses = Eligible expenses
wizard-vat = Expenses are given
wizard-cofunders = Co-funders obtained or asked
wizard-members = Number of organisations carrying the project
wizard-members-hint = 1 if your organisation carries the project alone.
wizard-lead = A lead partner is designated
wizard-submit = Show the schemes
error-money_invalid = Invalid amount: enter a number, for example 12,000 or 12000.50.
