## Layout
skip-to-content = Skip to content
nav-main-label = Main navigation
nav-language-label = Language
nav-home = Home
nav-territories = Territories
nav-my-organisations = My organisations
nav-sign-in = Sign in
nav-sign-up = Create an account
nav-sign-out = Sign out ({ $name })
nav-outbox = Sent emails (demo)
footer-text = Passerelle — an open-source platform for programmes supporting the social and solidarity economy.
banner-unconfirmed = Please confirm your email address: we have sent you a link.
form-has-errors = The form contains errors
option-none = — None —

## Formats
money-eur = €{ $amount }
money-pln = PLN { $amount }
date-long = { $day } { $month } { $year }
date-day-month = { $day } { $month }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Actions
action-back-home = Back to home page
action-sign-up = Create my account
action-sign-in = Sign in
action-send-reset = Send the link
action-set-password = Save password
action-resend-confirmation = Resend the confirmation link
action-new-organisation = Add an organisation
action-create-organisation = Create the organisation
action-save = Save
action-edit = Edit
action-invite = Invite
action-accept-invitation = Accept the invitation
action-search = Search

## Flash messages
flash-signed-up = Your account has been created. A confirmation link has been sent to you by email.
flash-check-mail = Check your inbox: an email has been sent to you.
flash-email-confirmed = Your email address has been confirmed.
flash-reset-sent = If an account exists for this address, a reset link has just been sent.
flash-password-changed = Your password has been changed.
flash-organisation-created = The organisation has been created.
flash-organisation-saved = Your changes have been saved.
flash-invitation-sent = The invitation has been sent.
flash-invitation-accepted = You have joined the organisation.

## Home and programmes
home-title = Programmes supporting the social and solidarity economy
home-lead = Find calls for projects and support schemes run by public authorities, check your eligibility and submit your application.
home-authorities = Public authorities
tenant-programmes = Programmes
programme-opens = Opens
programme-closes = Deadline
programme-deadline-at = { $date } at { $time } ({ $zone })
programme-envelope = Total budget
programme-cap = Maximum amount per project
programme-themes = Themes
programme-read-more = Read the full description
programme-status-open = Open
programme-status-closed = Closed
programme-status-ongoing = Ongoing
programme-kind-call_for_projects = Call for projects
programme-kind-grant_scheme = Grant scheme
programme-kind-interreg_project = Interreg project
theme-sustainable_development = Sustainable development
theme-solidarity_finance = Solidarity finance
theme-social_economy = Social economy
theme-tiers_lieux = Third places (tiers-lieux)
theme-social_impact = Social impact
theme-public_procurement = Responsible public procurement
theme-digital_inclusion = Digital inclusion
theme-innovation = Innovation
theme-networks = Networks and cooperation
theme-social_enterprise = Social enterprise

## Accounts
signup-title = Create an account
signup-have-account = Already registered?
login-title = Sign in
login-forgot = Forgotten your password?
login-no-account = No account yet?
forgot-title = Forgotten password
forgot-lead = Enter your email address and we will send you a link to choose a new password.
reset-title = New password
field-name = Name
field-full-name = Full name
field-email = Email address
field-password = Password
field-new-password = New password
field-password-confirm = Confirm password
hint-password = At least 10 characters mixing lower-case and upper-case letters, digits or symbols (or a passphrase of 16 characters or more).

## Organisations
orgs-mine-title = My organisations
orgs-mine-empty = You are not a member of any organisation.
org-new-title = New organisation
org-edit-title = Edit the organisation
org-identifiers = Official identifiers
org-sse = Social and solidarity economy
org-sse-yes = Part of the social and solidarity economy (SSE)
org-sse-no = Not part of the social and solidarity economy (SSE)
org-members = Members
org-member-since = Member since
org-pending-invitations = Pending invitations
org-invite = Invite a member
org-role-owner = Owner
org-role-manager = Manager
org-role-member = Member
field-legal-name = Registered name
field-country = Country
field-legal-form = Legal form
field-legal-category = Category
field-commune = Municipality
field-address = Address
field-postcode = Postcode
field-website = Website
field-description = Description
field-role = Role
hint-legal-form = INSEE legal category (French national statistics institute) in France, or REGON legal form in Poland.
hint-identifiers = Enter those of your country: SIRET or SIREN (French business register numbers) or RNA (French register of associations) in France; NIP, REGON or KRS in Poland. Check digits are verified.
hint-sse = Associations, foundations, cooperatives and mutuals belong to the social and solidarity economy (SSE) by virtue of their legal status.
hint-commune = Name or INSEE / TERYT code of the municipality, for example “Nanterre” or “92050”.
country-FR = France
country-PL = Poland
identifier-siren = SIREN
identifier-siret = SIRET
identifier-rna = RNA
identifier-nip = NIP
identifier-regon = REGON
identifier-krs = KRS
legal-category-association = Association
legal-category-foundation = Foundation
legal-category-cooperative = Cooperative
legal-category-mutual = Mutual
legal-category-commercial_company = Commercial company
legal-category-sole_trader = Sole trader
legal-category-public_authority = Public authority or public body
legal-category-public_law_group = Public-law consortium
legal-category-other = Other
sse-by_status = by its legal status
sse-declared_commercial_company = SSE commercial company (Article 1 of the French loi du 31 juillet 2014 on the social and solidarity economy)
sse-esus_approved = ESUS accreditation (French “solidarity enterprise of social utility”)
sse-pl_social_enterprise = Social enterprise status (Poland)
sse-pl_social_cooperative = Social cooperative (Poland)
invitation-title = Invitation
invitation-lead = You have been invited to join { $organisation }.
invitation-for = Invitation sent to { $email }.
invitation-sign-in-first = Sign in or create an account with this address to accept.

## Territories
territories-title = Territories
territories-query = Name or code
territories-hint = For example “Île-de-France”, “wroclaw” or “92050”.
territories-kind = Type
territories-all-kinds = All types
territories-results = { $count ->
    [0] No results
    [one] 1 result
   *[other] { $count } results
}
territories-code = Code
territories-in = Part of
territories-id = Identifier
territories-population = Population
territories-children = Direct subdivisions
territories-ancestors = Belongs to
territory-kind-fr-region = Region
territory-kind-fr-departement = Department (département)
territory-kind-fr-epci = Intercommunality (EPCI)
territory-kind-fr-commune = Commune
territory-kind-pl-wojewodztwo = Voivodeship
territory-kind-pl-powiat = Powiat (county)
territory-kind-pl-gmina = Gmina (municipality)
territory-kind-eu-nuts0 = NUTS 0 (country)
territory-kind-eu-nuts1 = NUTS 1
territory-kind-eu-nuts2 = NUTS 2
territory-kind-eu-nuts3 = NUTS 3

## Demo outbox
outbox-title = Sent emails (demonstration)
outbox-lead = In demonstration mode, emails are not sent: they are written here instead.
outbox-empty = No emails yet.
outbox-to = Recipient
outbox-to-line = Recipient: { $to }
outbox-subject = Subject
outbox-links = Links in the message
outbox-back = Back to the list

## Mails
mail-confirm-subject = Confirm your address on Passerelle
mail-confirm-body = Hello { $name },

    To confirm your email address, open this link (valid for 7 days):
    { $link }

    If you did not create an account on Passerelle, please ignore this message.
mail-exists-subject = Your Passerelle account
mail-exists-body = Hello { $name },

    Someone (perhaps you) tried to create an account with this address, which already has one.
    If you have forgotten your password, choose a new one here:
    { $link }
mail-reset-subject = New Passerelle password
mail-reset-body = Hello { $name },

    To choose a new password, open this link (valid for 1 hour):
    { $link }

    If you did not request this, please ignore this message: your password remains unchanged.
mail-invite-subject = Invitation to join { $organisation } on Passerelle
mail-invite-body = Hello,

    { $inviter } has invited you to join { $organisation } on Passerelle.
    To accept, open this link (valid for 14 days):
    { $link }

## HTTP statuses
status-400 = Bad request
status-401 = Sign-in required
status-403 = Access denied
status-404 = Page not found
status-405 = Method not allowed
status-408 = Request timed out
status-409 = Action not possible
status-413 = Content too large
status-415 = Unsupported format
status-422 = Invalid data
status-429 = Too many attempts
status-500 = Internal error
status-503 = Service unavailable
status-error = Error

## Errors (error-<code>)
error-not_found = What you are looking for does not exist or is no longer available.
error-unauthenticated = Please sign in to continue.
error-forbidden = You do not have the necessary rights for this action.
error-invalid_input = Some data are invalid; nothing has been changed.
error-internal = An unexpected error occurred. Please try again later.
error-rate_limited = Too many attempts. Please wait a minute before trying again.
error-csrf_failed = The form has expired or did not come from this site. Reload the page and try again.
error-token_invalid = This link is invalid, has expired or has already been used.
error-email_not_confirmed = Please confirm your email address first.
error-invitation_other_email = This invitation is addressed to a different email address.
error-malformed_json = The request body is not valid JSON.
error-payload_too_large = The content sent is too large.
error-unsupported_media_type = Send the request body in application/json format.
error-bad_request = Bad request.
error-method_not_allowed = This method is not allowed for this address.
error-timeout = The server took too long to respond.
error-invalid_value = Invalid value.
error-email_invalid = Enter a valid email address, for example name@example.org.
error-name_required = Enter your name.
error-too_long = This text is too long.
error-password_mismatch = The two passwords do not match.
error-password_too_short = The password must contain at least 10 characters.
error-password_too_long = The password must contain at most 128 characters.
error-password_common = This password is too common. Choose another one.
error-password_sequence = This password is too simple a sequence.
error-password_contains_personal = The password must not contain your name or your email address.
error-password_weak = Mix at least three types of characters (lower-case, upper-case, digits, symbols) or use a passphrase of 16 characters or more.
error-login_failed = Incorrect email address or password.
error-legal_name_required = Enter the registered name.
error-country_invalid = Choose France or Poland.
error-legal_form_unknown = This legal form does not exist for this country.
error-identifier_kind_invalid = Unknown identifier type.
error-identifier_wrong_country = This identifier does not match the organisation’s country.
error-identifier_duplicate = This identifier has been entered twice.
error-identifier_taken = An organisation is already registered with this identifier.
error-id_empty = The identifier is empty.
error-id_bad_length = The identifier does not have the right number of digits.
error-id_not_digits = The identifier must contain digits only.
error-id_bad_checksum = The check digit of this identifier is wrong: please check what you entered.
error-id_bad_format = The identifier format is invalid.
error-sse_basis_invalid = Unknown basis for membership of the social and solidarity economy (SSE).
error-commune_invalid = Choose a municipality in the organisation’s country.
error-commune_not_found = Municipality not found: enter its exact name or its INSEE / TERYT code.
error-commune_ambiguous = Several municipalities have this name: enter its INSEE / TERYT code.
error-postcode_invalid = Invalid postcode (5 digits in France, 00-000 in Poland).
error-website_invalid = Enter a full web address starting with https://.
error-role_invalid = Unknown role.
error-role_not_allowed = Only an owner can appoint another owner.
error-already_member = This person is already a member.
error-limit_invalid = The number of results must be between 1 and 100.
error-territory_kind_invalid = Unknown territory type.
error-territory_id_invalid = Invalid territory identifier.

## Staff
staff-title = Staff – { $authority }
staff-link = Manage staff and roles
staff-back = Back to the programmes
staff-actions = Actions
staff-add = Give a role
staff-add-hint = The person must already have a Passerelle account.
staff-remove-label = Remove the role of { $name }
tenant-role-admin = Administrator
tenant-role-officer = Programme officer
tenant-role-reviewer = Reviewer
action-remove = Remove
action-add-role = Give the role
flash-staff-added = The role was given.
flash-staff-removed = The role was removed.
error-account_not_found = No account has this address: the person must sign up first.
error-last_admin = The authority's last administrator cannot be removed.

## Catalogue: errors and formats
error-code_unknown = Unknown code: see the list of accepted codes.
error-territory_unknown = Unknown territory: give an identifier such as fr:commune:92050.
error-scheme_unknown = No published scheme has this name.
error-instant_invalid = Invalid date and time: use RFC 3339, for example 2023-12-31T23:59:00+01:00.
error-amount_negative = The amount cannot be negative.
error-number_invalid = Invalid number.
error-slug_invalid = Invalid address name: 3 to 80 lower-case letters, digits and hyphens.
error-slug_taken = A scheme already has this address name.
error-slug_immutable = A scheme’s address name does not change; create a new edition instead.
error-window_zone_unknown = Unknown time zone.
error-window_dates_missing = Give the opening and closing dates.
error-window_closes_before_opening = The closing must come after the opening.
error-criterion_id_invalid = Invalid criterion identifier: letters, digits, - and _ only.
error-criterion_id_duplicate = Two criteria have the same identifier.
error-criterion_id_reserved = The identifiers “open” and “perimeter” are reserved.
error-min_out_of_range = The minimum number cannot be reached with this list.
error-list_empty = Choose at least one item.
error-rate_out_of_range = The rate must be between 0.01% and 100%.
error-currency_mismatch = Every amount of a scheme is in its currency.
error-amount_invalid = Invalid amount.
error-min_above_max = The minimum amount is above the maximum amount.
error-version_conflict = Someone changed this scheme while you were editing it: reload the page to see their version and apply your changes again.
error-status_change_not_allowed = This change of status is not allowed.
error-required = This field is required.
error-value_unknown = Unknown value.
list-none = none
percent = { $value }%
datetime-at = { $date } at { $time }
datetime-zone = { $datetime } ({ $zone })
perimeter-everywhere = No territorial restriction.
