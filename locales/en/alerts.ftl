# Saved searches and alerts.

nav-my-alerts = My alerts
alerts-create-title = Create an alert for this search
alerts-create-hint = Get an email when a matching scheme is published and 7 days before its deadline.
alerts-email-hint = We will send you a confirmation link: nothing is sent before you open it.
alerts-to-account = Alerts will be sent to your account’s address.
alerts-field-title = Alert name
alerts-title-hint = Optional, for example “Tiers-lieux in Hauts-de-Seine”.
alerts-field-frequency = Frequency
alerts-frequency-immediate = As soon as there is news
alerts-frequency-daily = At most one summary a day
alerts-create-submit = Create the alert
alerts-see-search = See the search
alerts-kind-search = Catalogue search
alerts-kind-eligibility = Eligibility profile
alerts-default-title-search = My search for support
alerts-default-title-eligibility = Schemes I am eligible for
alerts-flash-created = The alert has been created.
alerts-flash-check-mail = Check your mailbox: open the link you received to activate the alert.
alerts-flash-deleted = The alert has been deleted.
alerts-confirmed-title = Alert activated
alerts-confirmed-text = Your alert “{ $title }” is active.
alerts-feed = Atom feed
alerts-feed-link = Subscribe to the feed
alerts-feed-title = Passerelle: { $title }
alerts-unsubscribe = Unsubscribe
alerts-unsubscribe-title = Unsubscribe
alerts-unsubscribe-question = Stop receiving the alert “{ $title }”?
alerts-unsubscribe-submit = Unsubscribe me
alerts-unsubscribed = You will no longer receive the alert “{ $title }”.
alerts-back-to-catalogue = Back to the catalogue of schemes
alerts-mine-title = My alerts
alerts-mine-empty = You have no alert yet.
alerts-mine-hint = To create an alert, run a search or answer the eligibility questions:
alerts-column-kind = Subject
alerts-column-status = Status
alerts-column-actions = Actions
alerts-status-active = Active
alerts-status-pending = Waiting for confirmation by { $email }
alerts-delete = Delete
alerts-delete-label = Delete the alert “{ $title }”
alerts-deadline = Deadline: { $deadline }
alerts-no-deadline = No deadline
alerts-confirm-subject = Confirm your alert “{ $title }”
alerts-confirm-body = Hello,

    To activate the alert “{ $title }” on Passerelle, open this link (valid for 7 days):
    { $link }

    Search followed: { $search }

    If you did not ask for this alert, ignore this message: you will receive nothing.
alerts-mail-subject = { $title }: { $count ->
    [one] one scheme
   *[other] { $count } schemes
}
alerts-mail-intro = Hello,

    News for your alert “{ $title }”:
alerts-mail-section-published = Newly published schemes:
alerts-mail-section-deadline = Deadline in less than 7 days:
alerts-mail-search = See the search: { $link }
alerts-mail-feed = Atom feed: { $link }
alerts-mail-footer = You receive this message because you created this alert on Passerelle. Unsubscribe in one click: { $link }
error-alert_source_invalid = An alert is created from the catalogue of schemes or the eligibility questions.
error-alert_query_invalid = This search has invalid criteria: correct it before creating the alert.
error-alerts_too_many = This address has reached the maximum number of alerts (20): delete one first.
