## Applications: states (public = what the applicant reads, internal = what officers read),
## events and the errors of the application rules.

app-state-public-draft = Brouillon
app-state-public-submitted = Déposé
app-state-public-in-review = En cours d’examen
app-state-public-info-requested = Compléments demandés
app-state-public-accepted = Retenu
app-state-public-rejected = Non retenu
app-state-public-withdrawn = Retiré
app-state-public-closed-without-follow-up = Classé sans suite
app-state-internal-draft = Brouillon (non déposé)
app-state-internal-submitted = À examiner
app-state-internal-in-review = En instruction
app-state-internal-info-requested = En attente de compléments
app-state-internal-accepted = Accepté
app-state-internal-rejected = Refusé
app-state-internal-withdrawn = Retiré par le porteur
app-state-internal-closed-without-follow-up = Classé sans suite
app-event-submit = Déposer le dossier
app-event-start-review = Commencer l’instruction
app-event-request-info = Demander des compléments
app-event-complete = Envoyer les compléments
app-event-accept = Accepter
app-event-reject = Refuser
app-event-withdraw = Retirer le dossier
app-event-close = Classer sans suite
app-event-reopen = Rouvrir l’instruction
error-transition_not_allowed = Cette action n’est pas possible dans l’état actuel du dossier.
error-submission_not_open = Les candidatures ne sont pas encore ouvertes.
error-submission_closed = Les candidatures sont closes : le dossier ne peut plus être déposé.
error-budget_negative = Un montant ne peut pas être négatif.
error-budget_phase_unknown = Phase inconnue pour ce formulaire.
error-budget_category_unknown = Catégorie de dépense inconnue pour ce formulaire.
error-budget_year_outside = Année hors de la période du programme.
error-budget_overflow = Le total est trop élevé.
