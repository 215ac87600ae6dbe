## Layout
skip-to-content = Aller au contenu
nav-main-label = Navigation principale
nav-language-label = Langue
nav-home = Accueil
nav-territories = Territoires
nav-my-organisations = Mes organisations
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
nav-sign-out = Se déconnecter ({ $name })
nav-outbox = Courriels envoyés (démo)
footer-text = Passerelle — plateforme libre des programmes de soutien à l’économie sociale et solidaire.
banner-unconfirmed = Confirmez votre adresse électronique : nous vous avons envoyé un lien.
form-has-errors = Le formulaire contient des erreurs
option-none = — Aucune —

## Formats
money-eur = { $amount } €
money-pln = { $amount } zł
# The first day of a month is written "1er" in French.
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-day-month = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Actions
action-back-home = Retour à l’accueil
action-sign-up = Créer mon compte
action-sign-in = Se connecter
action-send-reset = Envoyer le lien
action-set-password = Enregistrer le mot de passe
action-resend-confirmation = Renvoyer le lien de confirmation
action-new-organisation = Ajouter une organisation
action-create-organisation = Créer l’organisation
action-save = Enregistrer
action-edit = Modifier
action-invite = Inviter
action-accept-invitation = Accepter l’invitation
action-search = Rechercher

## Flash messages
flash-signed-up = Votre compte est créé. Un lien de confirmation vous a été envoyé par courriel.
flash-check-mail = Consultez votre messagerie : un courriel vous a été envoyé.
flash-email-confirmed = Votre adresse électronique est confirmée.
flash-reset-sent = Si un compte existe pour cette adresse, un lien de réinitialisation vient d’être envoyé.
flash-password-changed = Votre mot de passe a été modifié.
flash-organisation-created = L’organisation a été créée.
flash-organisation-saved = Les modifications ont été enregistrées.
flash-invitation-sent = L’invitation a été envoyée.
flash-invitation-accepted = Vous avez rejoint l’organisation.

## Home and programmes
home-title = Programmes de soutien à l’économie sociale et solidaire
home-lead = Trouvez les appels à projets et dispositifs des collectivités, vérifiez votre éligibilité et déposez votre dossier.
home-authorities = Collectivités
tenant-programmes = Programmes
programme-opens = Ouverture
programme-closes = Date limite
programme-deadline-at = { $date } à { $time } ({ $zone })
programme-envelope = Enveloppe
programme-cap = Montant maximal par projet
programme-themes = Thématiques
programme-read-more = Lire la description complète
programme-status-open = Ouvert
programme-status-closed = Clos
programme-status-ongoing = En cours
programme-kind-call_for_projects = Appel à projets
programme-kind-grant_scheme = Dispositif d’aide
programme-kind-interreg_project = Projet Interreg
theme-sustainable_development = Développement durable
theme-solidarity_finance = Finance solidaire
theme-social_economy = Économie sociale
theme-tiers_lieux = Tiers-lieux
theme-social_impact = Impact social
theme-public_procurement = Commande publique responsable
theme-digital_inclusion = Inclusion numérique
theme-innovation = Innovation
theme-networks = Réseaux et coopération
theme-social_enterprise = Entreprise sociale

## Accounts
signup-title = Créer un compte
signup-have-account = Déjà inscrit ?
login-title = Connexion
login-forgot = Mot de passe oublié ?
login-no-account = Pas encore de compte ?
forgot-title = Mot de passe oublié
forgot-lead = Indiquez votre adresse électronique : nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-title = Nouveau mot de passe
field-name = Nom
field-full-name = Nom
field-email = Adresse électronique
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-password-confirm = Confirmation du mot de passe
hint-password = Au moins 10 caractères mêlant minuscules, majuscules, chiffres ou symboles (ou une phrase de 16 caractères et plus).

## Organisations
orgs-mine-title = Mes organisations
orgs-mine-empty = Vous n’êtes membre d’aucune organisation.
org-new-title = Nouvelle organisation
org-edit-title = Modifier l’organisation
org-identifiers = Identifiants officiels
org-sse = Économie sociale et solidaire
org-sse-yes = Membre de l’ESS
org-sse-no = Non membre de l’ESS
org-members = Membres
org-member-since = Depuis le
org-pending-invitations = Invitations en attente
org-invite = Inviter un membre
org-role-owner = Responsable
org-role-manager = Gestionnaire
org-role-member = Membre
field-legal-name = Raison sociale
field-country = Pays
field-legal-form = Forme juridique
field-legal-category = Catégorie
field-commune = Commune
field-address = Adresse
field-postcode = Code postal
field-website = Site web
field-description = Présentation
field-role = Rôle
hint-legal-form = Catégorie juridique INSEE (France) ou forme juridique REGON (Pologne).
hint-identifiers = Renseignez ceux de votre pays : SIRET, SIREN ou RNA en France ; NIP, REGON ou KRS en Pologne. Les clés de contrôle sont vérifiées.
hint-sse = L’appartenance à l’ESS des associations, fondations, coopératives et mutuelles découle de leur statut.
hint-commune = Nom ou code INSEE / TERYT de la commune, par exemple « Nanterre » ou « 92050 ».
country-FR = France
country-PL = Pologne
identifier-siren = SIREN
identifier-siret = SIRET
identifier-rna = RNA
identifier-nip = NIP
identifier-regon = REGON
identifier-krs = KRS
legal-category-association = Association
legal-category-foundation = Fondation
legal-category-cooperative = Coopérative
legal-category-mutual = Mutuelle
legal-category-commercial_company = Société commerciale
legal-category-sole_trader = Entrepreneur individuel
legal-category-public_authority = Collectivité ou organisme public
legal-category-public_law_group = Groupement de droit public
legal-category-other = Autre
sse-by_status = par son statut
sse-declared_commercial_company = Société commerciale de l’ESS (article 1er de la loi du 31 juillet 2014)
sse-esus_approved = Agrément ESUS (entreprise solidaire d’utilité sociale)
sse-pl_social_enterprise = Statut d’entreprise sociale (Pologne)
sse-pl_social_cooperative = Coopérative sociale (Pologne)
invitation-title = Invitation
invitation-lead = Vous êtes invité·e à rejoindre { $organisation }.
invitation-for = Invitation adressée à { $email }.
invitation-sign-in-first = Connectez-vous ou créez un compte avec cette adresse pour accepter.

## Territories
territories-title = Territoires
territories-query = Nom ou code
territories-hint = Par exemple « Île-de-France », « wroclaw » ou « 92050 ».
territories-kind = Type
territories-all-kinds = Tous les types
territories-results = { $count ->
    [0] Aucun résultat
    [one] 1 résultat
   *[other] { $count } résultats
}
territories-code = Code
territories-in = Rattachement
territories-id = Identifiant
territories-population = Population
territories-children = Subdivisions directes
territories-ancestors = Appartient à
territory-kind-fr-region = Région
territory-kind-fr-departement = Département
territory-kind-fr-epci = Intercommunalité (EPCI)
territory-kind-fr-commune = Commune
territory-kind-pl-wojewodztwo = Voïvodie
territory-kind-pl-powiat = Powiat
territory-kind-pl-gmina = Gmina
territory-kind-eu-nuts0 = NUTS 0 (pays)
territory-kind-eu-nuts1 = NUTS 1
territory-kind-eu-nuts2 = NUTS 2
territory-kind-eu-nuts3 = NUTS 3

## Demo outbox
outbox-title = Courriels envoyés (démonstration)
outbox-lead = En mode démonstration, les courriels ne partent pas : ils sont écrits ici.
outbox-empty = Aucun courriel pour l’instant.
outbox-to = Destinataire
outbox-to-line = Destinataire : { $to }
outbox-subject = Objet
outbox-links = Liens du message
outbox-back = Retour à la liste

## Mails
mail-confirm-subject = Confirmez votre adresse sur Passerelle
mail-confirm-body = Bonjour { $name },

    Pour confirmer votre adresse électronique, ouvrez ce lien (valable 7 jours) :
    { $link }

    Si vous n’avez pas créé de compte sur Passerelle, ignorez ce message.
mail-exists-subject = Votre compte Passerelle
mail-exists-body = Bonjour { $name },

    Quelqu’un (peut-être vous) a essayé de créer un compte avec cette adresse, qui en a déjà un.
    Si vous avez oublié votre mot de passe, choisissez-en un nouveau ici :
    { $link }
mail-reset-subject = Nouveau mot de passe Passerelle
mail-reset-body = Bonjour { $name },

    Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure) :
    { $link }

    Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.
mail-invite-subject = Invitation à rejoindre { $organisation } sur Passerelle
mail-invite-body = Bonjour,

    { $inviter } vous invite à rejoindre { $organisation } sur Passerelle.
    Pour accepter, ouvrez ce lien (valable 14 jours) :
    { $link }

## HTTP statuses
status-400 = Requête invalide
status-401 = Connexion requise
status-403 = Accès refusé
status-404 = Page introuvable
status-405 = Méthode non autorisée
status-408 = Délai dépassé
status-409 = Action impossible
status-413 = Contenu trop volumineux
status-415 = Format non pris en charge
status-422 = Données invalides
status-429 = Trop de tentatives
status-500 = Erreur interne
status-503 = Service indisponible
status-error = Erreur

## Errors (error-<code>)
error-not_found = Ce que vous cherchez n’existe pas ou n’est plus disponible.
error-unauthenticated = Veuillez vous connecter pour continuer.
error-forbidden = Vous n’avez pas les droits nécessaires pour cette action.
error-invalid_input = Certaines données sont invalides ; rien n’a été modifié.
error-internal = Une erreur inattendue s’est produite. Réessayez plus tard.
error-rate_limited = Trop de tentatives. Patientez une minute avant de réessayer.
error-csrf_failed = Le formulaire a expiré ou ne provient pas de ce site. Rechargez la page et recommencez.
error-token_invalid = Ce lien est invalide, a expiré ou a déjà été utilisé.
error-email_not_confirmed = Confirmez d’abord votre adresse électronique.
error-invitation_other_email = Cette invitation est adressée à une autre adresse électronique.
error-malformed_json = Le corps de la requête n’est pas un JSON valide.
error-payload_too_large = Le contenu envoyé est trop volumineux.
error-unsupported_media_type = Envoyez le corps de la requête au format application/json.
error-bad_request = Requête invalide.
error-method_not_allowed = Cette méthode n’est pas autorisée pour cette adresse.
error-timeout = Le serveur a mis trop de temps à répondre.
error-invalid_value = Valeur invalide.
error-email_invalid = Saisissez une adresse électronique valide, par exemple nom@exemple.fr.
error-name_required = Indiquez votre nom.
error-too_long = Ce texte est trop long.
error-password_mismatch = Les deux mots de passe ne sont pas identiques.
error-password_too_short = Le mot de passe doit contenir au moins 10 caractères.
error-password_too_long = Le mot de passe doit contenir au plus 128 caractères.
error-password_common = Ce mot de passe est trop courant. Choisissez-en un autre.
error-password_sequence = Ce mot de passe est une suite trop simple.
error-password_contains_personal = Le mot de passe ne doit pas contenir votre nom ou votre adresse.
error-password_weak = Mêlez au moins trois types de caractères (minuscules, majuscules, chiffres, symboles) ou utilisez une phrase de 16 caractères ou plus.
error-login_failed = Adresse électronique ou mot de passe incorrect.
error-legal_name_required = Indiquez la raison sociale.
error-country_invalid = Choisissez la France ou la Pologne.
error-legal_form_unknown = Cette forme juridique n’existe pas pour ce pays.
error-identifier_kind_invalid = Type d’identifiant inconnu.
error-identifier_wrong_country = Cet identifiant ne correspond pas au pays de l’organisation.
error-identifier_duplicate = Cet identifiant est saisi deux fois.
error-identifier_taken = Une organisation est déjà enregistrée avec cet identifiant.
error-id_empty = L’identifiant est vide.
error-id_bad_length = L’identifiant n’a pas le bon nombre de chiffres.
error-id_not_digits = L’identifiant ne doit contenir que des chiffres.
error-id_bad_checksum = La clé de contrôle de cet identifiant est fausse : vérifiez la saisie.
error-id_bad_format = Le format de l’identifiant est invalide.
error-sse_basis_invalid = Motif d’appartenance à l’ESS inconnu.
error-commune_invalid = Choisissez une commune du pays de l’organisation.
error-commune_not_found = Commune introuvable : saisissez son nom exact ou son code INSEE / TERYT.
error-commune_ambiguous = Plusieurs communes portent ce nom : saisissez son code INSEE / TERYT.
error-postcode_invalid = Code postal invalide (5 chiffres en France, 00-000 en Pologne).
error-website_invalid = Saisissez une adresse web complète commençant par https://.
error-role_invalid = Rôle inconnu.
error-role_not_allowed = Seul un responsable peut désigner un autre responsable.
error-already_member = Cette personne est déjà membre.
error-limit_invalid = Le nombre de résultats demandé doit être compris entre 1 et 100.
error-territory_kind_invalid = Type de territoire inconnu.
error-territory_id_invalid = Identifiant de territoire invalide.

## Staff
staff-title = Équipe – { $authority }
staff-link = Gérer l’équipe et les rôles
staff-back = Retour aux programmes
staff-actions = Actions
staff-add = Donner un rôle
staff-add-hint = La personne doit déjà avoir un compte sur Passerelle.
staff-remove-label = Retirer le rôle de { $name }
tenant-role-admin = Administrateur ou administratrice
tenant-role-officer = Chargé·e de programme
tenant-role-reviewer = Évaluateur ou évaluatrice
action-remove = Retirer
action-add-role = Donner le rôle
flash-staff-added = Le rôle a été attribué.
flash-staff-removed = Le rôle a été retiré.
error-account_not_found = Aucun compte n’existe avec cette adresse : la personne doit d’abord s’inscrire.
error-last_admin = Impossible de retirer le dernier administrateur de la collectivité.

## Catalogue: errors and formats
error-code_unknown = Code inconnu : consultez la liste des codes admis.
error-territory_unknown = Territoire inconnu : indiquez un identifiant comme fr:commune:92050.
error-scheme_unknown = Aucun dispositif publié ne porte ce nom.
error-instant_invalid = Date et heure invalides : utilisez le format RFC 3339, par exemple 2023-12-31T23:59:00+01:00.
error-amount_negative = Le montant ne peut pas être négatif.
error-number_invalid = Nombre invalide.
error-slug_invalid = Identifiant d’adresse invalide : de 3 à 80 lettres minuscules, chiffres et tirets.
error-slug_taken = Un dispositif porte déjà cet identifiant d’adresse.
error-slug_immutable = L’identifiant d’adresse d’un dispositif ne change pas ; créez une nouvelle édition.
error-window_zone_unknown = Fuseau horaire inconnu.
error-window_dates_missing = Indiquez les dates d’ouverture et de clôture.
error-window_closes_before_opening = La clôture doit suivre l’ouverture.
error-criterion_id_invalid = Identifiant de critère invalide : lettres, chiffres, - et _ seulement.
error-criterion_id_duplicate = Deux critères ont le même identifiant.
error-criterion_id_reserved = Les identifiants « open » et « perimeter » sont réservés.
error-min_out_of_range = Le nombre minimum ne peut pas être atteint avec cette liste.
error-list_empty = Choisissez au moins un élément.
error-rate_out_of_range = Le taux doit être compris entre 0,01 % et 100 %.
error-currency_mismatch = Tous les montants d’un dispositif sont dans sa devise.
error-amount_invalid = Montant invalide.
error-min_above_max = Le montant minimum dépasse le montant maximum.
error-version_conflict = Quelqu’un a modifié ce dispositif pendant que vous l’éditiez : rechargez la page pour voir sa version et reportez vos changements.
error-status_change_not_allowed = Ce changement d’état n’est pas permis.
error-required = Ce champ est obligatoire.
error-value_unknown = Valeur inconnue.
list-none = aucun
percent = { $value } %
datetime-at = { $date } à { $time }
datetime-zone = { $datetime } ({ $zone })
perimeter-everywhere = Aucune restriction territoriale.
