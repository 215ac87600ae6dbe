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
error-answer_invalid = Cette réponse n’a pas la forme attendue.
error-field_unknown = Cette question n’existe pas dans le formulaire.
error-number_too_small = Ce nombre est inférieur au minimum autorisé.
error-number_too_large = Ce nombre dépasse le maximum autorisé.
error-date_invalid = Cette date n’existe pas ; écrivez-la AAAA-MM-JJ.
error-too_few_choices = Cochez davantage de réponses.
error-too_many_choices = Vous avez coché trop de réponses.
error-too_many_files = Un seul fichier est attendu ici.
error-partners_one_lead = Désignez un et un seul chef de file.
error-partners_too_few = Le consortium compte trop peu de membres.
error-partners_too_many = Le consortium compte trop de membres.
error-form_id_invalid = Identifiant vide ou déjà utilisé dans le formulaire.
error-form_condition_invalid = La condition d’affichage doit porter sur une question précédente.
error-form_field_invalid = Les réglages de cette question sont incohérents (options, bornes ou types de fichiers).

## Candidater : pages du porteur de projet.
app-apply-title = Déposer une candidature
app-apply-intro = Vous allez candidater à « { $scheme } ». La candidature est un brouillon tant que vous ne l’avez pas déposée ; vous pouvez y revenir et inviter vos partenaires à la compléter.
app-apply-no-organisation = Une candidature est déposée au nom d’une structure. Créez d’abord la fiche de votre structure.
app-apply-which-organisation = Au nom de quelle structure candidatez-vous ?
app-apply-sections = Le formulaire comporte ces parties :
app-apply-start = Commencer la candidature
app-mine-title = Mes candidatures
app-mine-none = Vous n’avez encore aucune candidature.
app-mine-find = Trouver un dispositif
app-col-project = Projet
app-col-call = Appel
app-col-state = État
app-col-reference = Référence
app-col-question = Question
app-col-answer = Réponse
app-untitled = Candidature sans titre
app-closes = Dépôt possible jusqu’au { $when }.
app-submitted-on = Déposée le { $when }.
app-see-receipt = Voir l’accusé de réception
app-sections = Les parties du formulaire
app-section-not-needed = (sans objet au vu de vos réponses)
app-check-and-submit = Vérifier et déposer
app-dossier-pdf = Télécharger le dossier complet (PDF)
app-actions = Actions possibles
app-team = Équipe de rédaction
app-team-member = membre de la structure
app-team-co_editor = partenaire invité
app-team-pending = invitation envoyée, en attente
app-invite-email = Adresse électronique de la personne à inviter
app-invite-hint = Par exemple une personne d’une structure partenaire : elle pourra compléter la candidature avec vous.
app-invite = Inviter
app-messages = Échanges avec le service instructeur
app-messages-none = Aucun message pour l’instant.
app-side-applicant = porteur de projet
app-side-officer = service instructeur
app-message-label = Votre message
app-message-send = Envoyer le message
app-required = (obligatoire)
app-read-only = Cette candidature ne peut plus être modifiée.
app-field-condition = À remplir seulement selon votre réponse à « { $field } ».
app-max-chars = { $n } caractères au plus.
app-declaration-tick = Je coche pour confirmer
app-autosave-saved = Enregistré automatiquement à %time%.
app-autosave-conflict = Quelqu’un (%name%) a enregistré cette partie entre-temps : l’enregistrement automatique est suspendu. Enregistrez pour comparer les deux versions.
app-autosave-invalid = Enregistrement automatique impossible : certaines réponses sont à corriger. Enregistrez pour voir lesquelles.
app-autosave-offline = Enregistrement automatique impossible pour l’instant (connexion ?). Vos réponses restent dans la page.
app-add-row = Ajouter une ligne
app-chars-left = Encore %n% caractères possibles.
app-save = Enregistrer
app-save-next = Enregistrer et passer à la suite
app-back-to-application = Retour à la candidature
app-budget-totals = Total : { $total }, dont dépenses éligibles : { $eligible }
app-no-files = Aucun fichier joint.
app-file-choose = Choisir un fichier
app-file-upload = Joindre le fichier
app-file-remove = Retirer { $name }
app-file-limit = Formats acceptés ci-dessus ; { $mb } Mo au plus par fichier. Enregistrez vos réponses avant de joindre un fichier.
app-conflict-title = Quelqu’un a enregistré cette partie en même temps que vous
app-conflict-intro = { $name } a enregistré cette partie après que vous l’avez ouverte. Rien n’a été écrasé : votre saisie est toujours dans le formulaire ci-dessous, et voici la version enregistrée.
app-conflict-theirs = La version enregistrée
app-conflict-choose = Enregistrez le formulaire pour garder votre version (elle remplacera l’autre), ou reprenez la version enregistrée.
app-conflict-take-theirs = Reprendre la version enregistrée (votre saisie sera abandonnée)
app-submit-title = Vérifier et déposer la candidature
app-submit-checks = Vérification du formulaire
app-submit-complete = Toutes les questions obligatoires sont remplies et les montants sont cohérents.
app-submit-problems = Avant de déposer, corrigez :
app-submit-eligibility = Éligibilité
app-verdict-eligible = D’après vos réponses et le profil de votre structure, votre projet est éligible.
app-verdict-not-eligible = D’après vos réponses et le profil de votre structure, votre projet n’est pas éligible : la candidature ne peut pas être déposée.
app-verdict-unknown = Certaines conditions seront vérifiées par le service instructeur.
app-criterion-met = condition remplie
app-criterion-not-met = condition non remplie
app-criterion-unknown = à vérifier
app-submit-send = Dépôt
app-submit-final = Une fois déposée, la candidature ne peut plus être modifiée. Vous recevrez un accusé de réception.
app-receipt-intro = Votre candidature à « { $scheme } » a bien été déposée.
app-receipt-pdf = Télécharger l’accusé de réception (PDF)
app-invitation-title = Invitation à rédiger une candidature
app-invitation-intro = Vous êtes invité·e à compléter une candidature à « { $scheme } ».
app-invitation-for = Invitation adressée à
app-invitation-as = Vous êtes connecté·e avec l’adresse { $email }.
app-invitation-accept = Accepter et ouvrir la candidature
app-invitation-sign-in = Connectez-vous (ou créez un compte) avec l’adresse invitée pour accepter.
flash-app-started = Votre candidature est créée. Elle est enregistrée comme brouillon.
flash-app-saved = Vos réponses sont enregistrées.
flash-app-submitted = Votre candidature est déposée. L’accusé de réception vous est envoyé par courriel.
flash-app-invited = L’invitation est envoyée.
flash-app-joined = Vous pouvez maintenant compléter cette candidature.
flash-app-message-sent = Votre message est envoyé.
flash-app-file-added = Le fichier est joint.
flash-app-file-removed = Le fichier est retiré.
flash-app-no-file = Choisissez d’abord un fichier.
flash-app-complete = Vos compléments sont transmis au service instructeur.
flash-app-withdraw = Votre candidature est retirée.

## Réponses telles qu’on les lit (pages, PDF, exports).
answer-yes = Oui
answer-no = Non
answer-ticked = Coché
answer-not-ticked = Non coché
budget-phase = Phase
budget-year = Année
budget-category = Catégorie de dépense
budget-label = Libellé
budget-amount = Montant
budget-eligible = Éligible
budget-total = Total
budget-eligible-part = dont éligible : { $amount }
cofunding-funder = Financeur
cofunding-kind = Type de financeur
cofunding-kind-public = public
cofunding-kind-private = privé
cofunding-status = Statut
cofunding-requested = sollicité
cofunding-obtained = obtenu
partner-name = Structure
partner-lead = chef de file
plan-year = Année
plan-milestone = Étape
plan-deliverable = Livrable
size-kb = { $n } ko
size-mb = { $n } Mo
time-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
time-hours = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
verdict-eligible = Éligible
verdict-not-eligible = Non éligible
verdict-unknown = À vérifier

## Accusé de réception et dossier (PDF).
receipt-title = Accusé de réception
receipt-reference = Référence
receipt-organisation = Structure
receipt-project = Projet
receipt-submitted-at = Déposée le
receipt-form-version = Version du formulaire
receipt-sha256 = Empreinte SHA-256
receipt-attachments = Pièces jointes
receipt-footer = L’empreinte SHA-256 est celle du contenu déposé (réponses et empreintes des pièces jointes, au format JSON canonique). Elle permet de prouver que ce contenu n’a pas changé depuis le dépôt.
pdf-page = Page
dossier-state = État
dossier-eligibility = Éligibilité au dépôt
dossier-history = Historique
dossier-untitled = Candidature sans titre
dossier-exported = Exporté le { $when } par { $who }
event-create = Candidature créée
event-join = A rejoint la rédaction
event-submit = Candidature déposée
event-view = Dossier consulté
event-view-attachment = Pièce jointe consultée
event-export-pdf = Dossier exporté en PDF
event-start-review = Instruction commencée
event-request-info = Compléments demandés
event-complete = Compléments transmis
event-accept = Candidature retenue
event-reject = Candidature non retenue
event-withdraw = Candidature retirée
event-close = Classée sans suite
event-reopen = Instruction rouverte

## Exports.
export-reference = Référence
export-state = État
export-submitted-at = Déposée le ({ $zone })
export-organisation = Structure
export-title = Projet
export-eligibility = Éligibilité
export-col-total = { $label } – total
export-col-eligible = { $label } – éligible
export-col-public = { $label } – public
export-col-private = { $label } – privé

## Courriels.
mail-app-invite-subject = Invitation à compléter une candidature – { $scheme }
mail-app-invite-body = Bonjour,

    { $inviter } vous invite à compléter avec lui ou elle la candidature « { $project } » à l’appel « { $scheme } ».

    Pour accepter, ouvrez ce lien (valable 14 jours) et connectez-vous avec cette adresse :
    { $link }

    Si vous ne connaissez pas cette personne, ignorez ce message.
mail-receipt-subject = Accusé de réception de votre candidature { $reference }
mail-receipt-body = Bonjour,

    Votre candidature « { $project } » à l’appel « { $scheme } » a bien été déposée.

    Référence : { $reference }
    Déposée le : { $when }
    Empreinte SHA-256 du contenu déposé : { $sha256 }

    L’accusé de réception est joint au format PDF. Vous pouvez suivre votre candidature ici :
    { $link }
mail-app-state-subject = Votre candidature { $reference } a évolué
mail-app-state-body = Bonjour,

    La candidature « { $project } » ({ $reference }) est désormais : { $state }.
    { $note }

    Pour la consulter : { $link }
mail-app-message-subject = Nouveau message sur la candidature { $reference }
mail-app-message-body = Bonjour,

    { $author } a écrit au sujet de la candidature « { $project } » :

    { $body }

    Pour répondre : { $link }
mail-reminder-subject = Plus que { $left } pour déposer votre candidature – { $scheme }
mail-reminder-body = Bonjour,

    Votre candidature « { $project } » à l’appel « { $scheme } » est toujours un brouillon : elle n’est pas déposée.

    Le dépôt ferme le { $when } (dans { $left }). Après cette date, la candidature ne pourra plus être déposée.

    Pour la terminer et la déposer : { $link }

## Erreurs des candidatures.
error-already_editor = Cette personne rédige déjà la candidature.
error-already_submitted = Cette candidature est déjà déposée.
error-answers_invalid = Les réponses n’ont pas la forme attendue.
error-attachment_unknown = Ce fichier n’appartient pas à cette candidature.
error-budget_row_invalid = Une ligne du budget est incomplète : indiquez l’année et le montant.
error-budget_unbalanced = Le budget doit être équilibré : montant demandé + cofinancements (fonds propres compris) = total des dépenses.
error-call_closed = L’appel est clos : la candidature ne peut plus être modifiée.
error-call_has_no_form = Cet appel n’a pas encore de formulaire de candidature.
error-cofunding_row_invalid = Une ligne du plan de financement est incomplète : indiquez le type de financeur et le montant.
error-cofunding_kind_mismatch = Le caractère public ou privé ne correspond pas au type de financeur.
error-expenses_under_min = Les dépenses éligibles sont inférieures au minimum de l’appel.
error-export_too_long = Trop de lignes pour un export.
error-export_too_wide = Trop de colonnes pour un export.
error-file_empty = Le fichier est vide.
error-file_too_large = Le fichier dépasse la taille autorisée.
error-file_type_refused = Ce type de fichier n’est pas accepté ici (le type est reconnu d’après le contenu du fichier).
error-form_empty = Le formulaire doit comporter au moins une partie.
error-form_feeds_invalid = Ce type de question ne peut pas renseigner ce critère d’éligibilité.
error-form_feeds_twice = Une autre question renseigne déjà ce critère d’éligibilité.
error-invitation_expired = Cette invitation n’est plus valable.
error-invitation_other_address = Cette invitation est adressée à une autre adresse électronique que celle de votre compte.
error-not_a_file_field = Cette question n’attend pas de fichier.
error-not_editable = Cette candidature ne peut plus être modifiée.
error-not_eligible = D’après l’examen d’éligibilité, la candidature ne peut pas être déposée.
error-not_submitted = La candidature n’est pas encore déposée.
error-organisation_not_yours = Vous ne pouvez candidater qu’au nom d’une structure dont vous êtes membre.
error-range_invalid = Le minimum dépasse le maximum.
error-rate_over_cap = Le montant demandé dépasse le taux de financement maximal de l’appel.
error-reminders_invalid = Indiquez au plus 5 rappels, chacun entre 1 heure et 60 jours avant la clôture.
error-requested_over_cap = Le montant demandé dépasse le plafond de l’appel.
error-requested_over_expenses = Le montant demandé dépasse les dépenses éligibles.
error-requested_under_min = Le montant demandé est inférieur au minimum de l’appel.
error-retention_invalid = La durée de conservation doit être comprise entre 0 et 3 650 jours.
error-year_invalid = Indiquez une année sur quatre chiffres.

## Links from the catalogue and the header.
scheme-apply = Candidater
nav-my-applications = Mes candidatures

## Dossier page details.
app-section-progress = { $required ->
    [one] { $done } sur 1 question obligatoire remplie
   *[other] { $done } sur { $required } questions obligatoires remplies
}
app-history-line = { $who } : { $what }
app-info-requested = Le service instructeur vous demande des compléments :
app-info-requested-how = Complétez les parties concernées, puis cliquez sur « Envoyer les compléments ». Vous pouvez aussi répondre par message.
app-withdraw-confirm = Je confirme vouloir retirer cette candidature (ce retrait est définitif).
error-withdraw_unconfirmed = Cochez la case pour confirmer le retrait.
