### Eligibility engine, plain-words criteria and scheme vocabularies.
###
### Arguments arrive already formatted, as text: amounts with their currency ("€15,000"),
### rates with "%", instants with their zone ("31 December 2023 at 23:59 (Paris time)"),
### lists of codes as comma-separated labels, legal forms and territories by name, fields by
### their label (field-…). Integers are also passed as numbers, under the same name, for plurals.
###
### `forms` (elig-beneficiary-…, crit-beneficiary) arrives either empty or starting with "; "
### followed by the legal forms accepted beyond the categories: messages put it straight after
### `categories`.

## Eligibility: missing information

elig-missing = Information needed to decide: { $field }.
elig-missing-vat = Your eligible expenses are given { $given_vat } ({ $expenses }), but the { $limit } threshold is counted { $vat }: give the amount { $vat } so that we can decide.
elig-currency = Amounts must be given in the scheme’s currency to be compared: { $currency }.

## Eligibility: groups of conditions

elig-all-met = { $total ->
    [0] This group has no conditions.
    [one] The condition in this group is met.
   *[other] All { $total } conditions in this group are met.
}
elig-all-not-met = { $total ->
    [one] The condition in this group is not met.
   *[other] All { $total } conditions in this group must be met; { $met ->
        [0] none of them is.
        [one] only one is.
       *[other] only { $met } are.
    }
}
elig-all-unknown = { $unknown ->
    [one] One condition in this group cannot be checked yet for lack of information
   *[other] { $unknown } conditions in this group cannot be checked yet for lack of information
}{ $met ->
    [0] .
    [one] ; the other one is met.
   *[other] ; the other { $met } are met.
}
elig-at-least-met = { $need ->
    [one] At least one condition in this group must be met
   *[other] At least { $need } conditions in this group must be met
}: { $met ->
    [one] 1 of { $total } is.
   *[other] { $met } of { $total } are.
}
elig-at-least-not-met = { $need ->
    [one] At least one condition in this group must be met
   *[other] At least { $need } conditions in this group must be met
}: { $met ->
    [0] none is.
    [one] only 1 of { $total } is.
   *[other] only { $met } of { $total } are.
}
elig-at-least-unknown = { $need ->
    [one] At least one condition in this group must be met
   *[other] At least { $need } conditions in this group must be met
}: { $met ->
    [0] none is so far
    [one] 1 of { $total } is
   *[other] { $met } of { $total } are
}, and { $unknown ->
    [one] one cannot be checked yet for lack of information.
   *[other] { $unknown } cannot be checked yet for lack of information.
}

## Eligibility: dates and area

elig-open-permanent = This scheme is open all year round: you can apply at any time.
elig-open-met = As of { $at }, applications are open; they close on { $closes }.
elig-open-upcoming = As of { $at }, applications are not open yet: you can apply from { $opens }.
elig-open-closed = As of { $at }, applications are closed: they closed on { $closed }.
elig-perimeter-met = Your organisation is based in { $place }, within the area covered by the scheme: { $perimeter }.
elig-perimeter-not-met = Your organisation is based in { $place }, outside the area covered by the scheme, which is only open to organisations based in: { $perimeter }.

## Eligibility: organisation

elig-country-met = Your organisation is registered in { $country }, which the scheme accepts (accepted countries: { $allowed }).
elig-country-not-met = Your organisation is registered in { $country }, but the scheme is only open to organisations registered in: { $allowed }.
elig-beneficiary-met = Your legal form ({ $form }, category “{ $category }”) is among the eligible applicants: { $categories }{ $forms }.
elig-beneficiary-not-met = Your legal form ({ $form }, category “{ $category }”) is not among the eligible applicants, who are: { $categories }{ $forms }.
elig-beneficiary-category-met = Your organisation falls in the category “{ $category }”, which is among the eligible applicants: { $categories }{ $forms }.
elig-beneficiary-category-not-met = Your organisation falls in the category “{ $category }”, which is not among the eligible applicants, who are: { $categories }{ $forms }.
elig-sse-status = Your organisation belongs to the social and solidarity economy by virtue of its legal status ({ $form }).
elig-sse-declared = You have stated that your organisation belongs to the social and solidarity economy.
elig-sse-not-met = The scheme is only open to social and solidarity economy organisations, and you have stated that your organisation is not one.
elig-sse-public = The scheme is only open to social and solidarity economy organisations, which public authorities and public bodies are not.
elig-label-met = Your organisation holds the required approval or status: { $label }.
elig-label-not-met = The scheme is only open to organisations holding this approval or status: { $label }; according to your answers, your organisation does not hold it.

## Eligibility: project

elig-themes-met = Your project addresses { $count ->
    [one] one of the scheme’s themes
   *[other] { $count } of the scheme’s themes
} ({ $matched }), against a minimum of { $min }.
elig-themes-not-met = The project must address at least { $min ->
    [one] one of these themes
   *[other] { $min } of these themes
}: { $allowed }; { $count ->
    [0] your project addresses none of them.
    [one] your project addresses only one ({ $matched }).
   *[other] your project addresses only { $count } ({ $matched }).
}
elig-requested-max-met = The amount requested ({ $requested }) is within the ceiling of { $limit }.
elig-requested-max-not-met = The amount requested ({ $requested }) exceeds the ceiling of { $limit }: you may request { $limit } at most.
elig-requested-min-met = The amount requested ({ $requested }) reaches the minimum of { $limit }.
elig-requested-min-not-met = The amount requested ({ $requested }) is below the minimum of { $limit }: the request must be for at least { $limit }.
elig-rate-met = The amount requested ({ $requested }) is { $rate } of the eligible expenses ({ $expenses }), within the maximum rate of { $limit }.
elig-rate-not-met = The amount requested ({ $requested }) is { $rate } of the eligible expenses ({ $expenses }), above the maximum rate of { $limit }: lower the amount requested or present more eligible expenses.
elig-expenses-met = Your eligible expenses ({ $expenses } { $given_vat }) reach the minimum of { $limit } { $vat }.
elig-expenses-not-met = Your eligible expenses ({ $expenses } { $given_vat }) are below the minimum of { $limit } { $vat } set by the scheme.
elig-services-met = Your project offers { $count ->
    [one] one of the expected services
   *[other] { $count } of the expected services
} ({ $matched }), against a minimum of { $min }.
elig-services-not-met = The project must offer at least { $min ->
    [one] one of these services
   *[other] { $min } of these services
}: { $allowed }; { $count ->
    [0] your project offers none of them.
    [one] your project offers only one ({ $matched }).
   *[other] your project offers only { $count } ({ $matched }).
}
elig-commitment-met = You make the required commitment: { $commitment }.
elig-commitment-not-met = The scheme requires this commitment, which you have not made: { $commitment }.
elig-cofunders-met = Your project has { $count ->
    [one] one co-funder
   *[other] { $count } co-funders
} of the expected kinds ({ $matched }), against a minimum of { $min }.
elig-cofunders-not-met = The project must have at least { $min ->
    [one] one co-funder
   *[other] { $min } co-funders
} of these kinds: { $allowed }; { $count ->
    [0] your project has none.
    [one] your project has only one ({ $matched }).
   *[other] your project has only { $count } ({ $matched }).
}
elig-consortium-single = The project is carried by a single organisation, so the consortium rules do not apply.
elig-consortium-no-lead = The project is carried by { $members } organisations with no lead partner: the scheme requires a lead partner to be designated.
elig-consortium-too-few = The consortium has { $members } members, but the scheme requires at least { $min }.
elig-consortium-too-many = The consortium has { $members } members, but the scheme allows at most { $max }.
elig-consortium-met = The project is carried by a consortium of { $members } organisations that meets the scheme’s rules.

## Criteria in plain words (scheme page)

crit-all = All of the following:
crit-any = At least one of the following:
crit-at-least = At least { $min ->
    [one] one
   *[other] { $min }
} of the following { $total }:
crit-country = The organisation must be registered in: { $allowed }.
crit-beneficiary = Eligible applicants: { $categories }{ $forms }.
crit-sse = The organisation must belong to the social and solidarity economy (SSE).
crit-label = The organisation must hold this approval or status: { $label }.
crit-themes = The project must address at least { $min ->
    [one] one
   *[other] { $min }
} of these themes: { $allowed }.
crit-requested-max = The amount requested may not exceed { $limit }.
crit-requested-min = The amount requested must be at least { $limit }.
crit-rate-max = The amount requested may not exceed { $limit } of the eligible expenses.
crit-expenses-min = Eligible expenses must be at least { $limit } { $vat }.
crit-services = The project must offer at least { $min ->
    [one] one
   *[other] { $min }
} of these services: { $allowed }.
crit-commitment = The applicant must make this commitment: { $commitment }.
crit-cofunders = The project must have at least { $min ->
    [one] one co-funder
   *[other] { $min } co-funders
} of these kinds: { $allowed }.
crit-consortium = Projects carried by several organisations (consortium): { $lead ->
    [yes] a lead partner must be designated
   *[no] no lead partner is required
}{ $min ->
    [0] {""}
   *[other] , at least { $min } members
}{ $max ->
    [0] {""}
   *[other] , at most { $max } members
}.
crit-open-one-off = Applications open on { $opens } and close on { $closes }.
crit-open-annual = Every year, applications open on { $opens } and close on { $closes }.
crit-open-permanent = Open all year round: you can apply at any time.
crit-perimeter = The organisation must be based in the area covered: { $perimeter }.

## Questionnaire fields ("information needed")

field-applicant-country = the country where your organisation is registered
field-applicant-legal-form = your legal form
field-applicant-location = where your organisation is based
field-applicant-ess = whether your organisation belongs to the social and solidarity economy
field-applicant-labels = the approvals and statuses your organisation holds
field-project-themes = the themes of your project
field-project-requested = the amount you request
field-project-eligible-expenses = your eligible expenses, excluding or including VAT
field-project-services = the services your project will offer
field-project-cofunders = your project’s co-funders
field-project-commitments = the commitments you make
field-project-consortium = whether the project is carried by a consortium, and its lead partner

## Vocabularies: titles

vocab-title-scheme_kinds = Kinds of support
vocab-title-statuses = Publication statuses
vocab-title-recurrences = Application calendar
vocab-title-themes = Themes
vocab-title-services = Services offered
vocab-title-commitments = Commitments
vocab-title-labels = Approvals and statuses
vocab-title-cofunder_kinds = Co-funders
vocab-title-vat = VAT
vocab-title-beneficiary_categories = Beneficiary categories
vocab-title-countries = Countries
vocab-title-currencies = Currencies

## Vocabularies: kinds of support

vocab-scheme_kinds-grant = Grant
vocab-scheme_kinds-loan = Loan (including zero-rate and honour loans)
vocab-scheme_kinds-guarantee = Loan guarantee
vocab-scheme_kinds-coaching = Coaching and technical support
vocab-scheme_kinds-incubation = Incubation or acceleration
vocab-scheme_kinds-call-for-projects = Call for projects
vocab-scheme_kinds-prize = Prize or award

## Vocabularies: publication statuses

vocab-statuses-draft = Draft
vocab-statuses-published = Published
vocab-statuses-closed = Closed
vocab-statuses-archived = Archived

## Vocabularies: application calendar

vocab-recurrences-one-off = One-off
vocab-recurrences-annual = Annual
vocab-recurrences-permanent = Permanent

## Vocabularies: themes

vocab-themes-sustainable-development = Sustainable development
vocab-themes-solidarity-finance = Solidarity finance
vocab-themes-tiers-lieux = Third places (tiers-lieux)
vocab-themes-coworking = Coworking
vocab-themes-digital-inclusion = Digital inclusion
vocab-themes-social-innovation = Social innovation
vocab-themes-employment-inclusion = Employment and work integration
vocab-themes-circular-economy = Circular economy
vocab-themes-short-food-circuits = Short food supply chains
vocab-themes-responsible-procurement = Socially responsible public procurement
vocab-themes-culture = Culture and creative activities
vocab-themes-mobility = Mobility
vocab-themes-housing = Housing
vocab-themes-care-services = Care, health and personal services
vocab-themes-energy-transition = Energy transition and renewable energy communities
vocab-themes-local-development = Local development and rural revitalisation

## Vocabularies: services of third places

vocab-services-telework-centre = Telework centre
vocab-services-coworking = Shared workspace (coworking)
vocab-services-fab-lab = Fab lab
vocab-services-living-lab = Living lab
vocab-services-support-space = Support space for professionals
vocab-services-digital-mediation = Digital mediation space open to the public
vocab-services-social-life-space = Social-life space (local shops and services)

## Vocabularies: commitments

vocab-commitments-animation-staff = Running the space with a programme and dedicated staff
vocab-commitments-public-opening = Opening to the public on regular hours
vocab-commitments-network-membership = Joining the regional network and sharing activity data
vocab-commitments-impact-reporting = Reporting social-impact indicators every year

## Vocabularies: approvals and statuses

vocab-labels-esus = ESUS approval (France: solidarity enterprise of social utility)
vocab-labels-siae = Work-integration organisation – SIAE (France)
vocab-labels-entreprise-adaptee = Entreprise adaptée – enterprise employing mainly disabled workers (France)
vocab-labels-pl-social-enterprise = Social enterprise status (Poland)
vocab-labels-pl-cis = Social integration centre – CIS (Poland)
vocab-labels-pl-kis = Social integration club – KIS (Poland)
vocab-labels-pl-zaz = Vocational activity establishment – ZAZ (Poland)
vocab-labels-pl-wtz = Occupational therapy workshop – WTZ (Poland)

## Vocabularies: co-funders

vocab-cofunder_kinds-eu = European Union
vocab-cofunder_kinds-state = State
vocab-cofunder_kinds-region = Region or voivodeship
vocab-cofunder_kinds-departement = Département or powiat
vocab-cofunder_kinds-intercommunality = Inter-municipal body
vocab-cofunder_kinds-commune = Municipality
vocab-cofunder_kinds-private = Private funder

## Vocabularies: VAT

vocab-vat-excl = excl. VAT
vocab-vat-incl = incl. VAT

## Vocabularies: beneficiary categories

vocab-beneficiary_categories-association = Associations
vocab-beneficiary_categories-foundation = Foundations
vocab-beneficiary_categories-cooperative = Cooperatives
vocab-beneficiary_categories-mutual = Mutuals
vocab-beneficiary_categories-commercial_company = Commercial companies
vocab-beneficiary_categories-sole_trader = Sole traders
vocab-beneficiary_categories-public_authority = Public authorities and public bodies
vocab-beneficiary_categories-public_law_group = Public-law groupings
vocab-beneficiary_categories-other = Other organisations

## Vocabularies: countries and currencies

vocab-countries-fr = France
vocab-countries-pl = Poland
vocab-currencies-eur = Euro (EUR)
vocab-currencies-pln = Polish złoty (PLN)

# A clause after a semicolon, spaced as the language writes it.
list-then = ; { $rest }
# Between the items of a list whose items may contain commas.
list-sep = { "; " }
