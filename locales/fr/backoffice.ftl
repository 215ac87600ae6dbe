### Espace des agents : gestion des dispositifs (liste, formulaire, critères, historique, import et export).

## Navigation et liste

bo-list-title = Dispositifs – { $authority }
bo-list-caption = Dispositifs de la collectivité, tous statuts confondus
bo-list-empty = Aucun dispositif pour l’instant.
bo-back-authority = Retour à la page de la collectivité
bo-back-list = Retour aux dispositifs de { $authority }
bo-back-scheme = Retour au dispositif
bo-back-history = Retour à l’historique
bo-links = Liens
bo-scheme-nav = Pages du dispositif
bo-criteria-link = Critères d’éligibilité
bo-history-link = Historique
bo-export-one = Export JSON
bo-manage-link = Gérer les dispositifs
bo-action-new = Créer un dispositif
bo-version-n = Version { $version }

## Formulaire du dispositif

bo-new-title = Nouveau dispositif
bo-new-lead = Le dispositif est créé en brouillon : il ne sera visible du public qu’une fois publié.
bo-edit-title = Modifier le dispositif { $slug }
bo-action-create = Créer le brouillon
bo-language-fr = français
bo-language-pl = polonais
bo-language-en = anglais
bo-section-identity = Identification
bo-section-texts = Textes en { $language }
bo-section-funders = Financeurs
bo-section-where = Territoire couvert
bo-section-themes = Thématiques
bo-section-window = Calendrier des candidatures
bo-section-money = Devise et budget
bo-section-documents = Pièces à fournir
bo-section-review = Critères appréciés lors de l’instruction
bo-section-languages = Langues dans lesquelles les dossiers peuvent être rédigés
bo-section-contact = Contact
bo-field-slug = Identifiant d’adresse
bo-field-kind = Type d’aide
bo-field-title = Titre
bo-field-summary = Résumé
bo-field-description = Description
bo-field-funder-name = Nom
bo-field-funder-kind = Type de financeur
bo-field-funder-lead = Financeur principal
bo-funder-n = Financeur { $n }
bo-field-perimeter = Territoires couverts
bo-perimeter-names = Territoires reconnus
bo-field-recurrence = Récurrence
bo-field-opens = Ouverture (heure locale)
bo-field-closes = Clôture (heure locale)
bo-field-zone = Fuseau horaire
bo-field-currency = Devise
bo-field-envelope = Enveloppe totale
bo-field-max-grant = Montant maximal par projet
bo-field-documents = Pièces à fournir ({ $language })
bo-field-review = Critères d’instruction ({ $language })
bo-field-contact = Contact (adresse électronique, téléphone ou service)
bo-field-url = Page web du dispositif
bo-field-note = Note de version
bo-field-programme = Programme
bo-field-edition = Édition
bo-field-status = Statut
bo-field-version = Version
bo-field-updated = Dernière modification
bo-field-author = Auteur
bo-field-date = Date
bo-field-new-slug = Identifiant d’adresse de la nouvelle édition
bo-hint-slug = De 3 à 80 lettres minuscules, chiffres et tirets, par exemple « progress-2025 ». Il apparaît dans l’adresse de la page et ne change plus ensuite.
bo-slug-fixed = L’identifiant d’adresse ne change pas ; pour une nouvelle session du dispositif, créez une nouvelle édition.
bo-hint-summary = Une ou deux phrases, affichées dans les listes de résultats.
bo-hint-description = Texte brut ; séparez les paragraphes par une ligne vide.
bo-hint-funders = Une ligne par financeur ; laissez le nom vide pour ignorer une ligne. Enregistrez pour obtenir de nouvelles lignes vides.
bo-hint-perimeter = Identifiants de territoires séparés par des virgules, par exemple fr:departement:92 ou pl:wojewodztwo:14. Laissez vide si le dispositif n’a pas de restriction territoriale.
bo-hint-perimeter-link = Chercher un identifiant (nouvel onglet)
bo-hint-window = Dates et heures locales, dans le fuseau choisi. Un dispositif permanent n’a pas de dates ; un dispositif annuel rouvre chaque année aux mêmes jour et heure.
bo-hint-closes = La clôture est exclusive : pour « jusqu’au 31 décembre inclus », indiquez le 1er janvier à 00:00.
bo-hint-amount = En unités (euros ou złotys), par exemple 15000 ou 15 000,50.
bo-hint-lines = Un élément par ligne ; la ligne n de chaque langue est la traduction du même élément.
bo-hint-review = Conditions que le moteur d’éligibilité ne vérifie pas et que les évaluateurs apprécient (caractère innovant…).
bo-hint-note = Facultatif : ce qui change dans cette version, visible dans l’historique.
bo-conflict-title = Modification concurrente
bo-conflict-changed = Champs modifiés depuis que vous avez ouvert le formulaire :
bo-conflict-open-current = Voir la version actuelle (nouvel onglet)
bo-conflict-overwrite = Enregistrer ma version malgré tout
bo-conditions-title = Conditions d’éligibilité
bo-conditions-none = Aucune condition : le dispositif est ouvert à tous, dans son calendrier et son territoire.
bo-criteria-edit = Modifier les critères
bo-status-title = Publication
bo-status-current = Statut actuel : { $status }.
bo-status-final = Un dispositif archivé ne change plus de statut ; créez une nouvelle édition pour le reconduire.
bo-action-publish = Publier
bo-action-unpublish = Dépublier (repasser en brouillon)
bo-action-close = Clore les candidatures
bo-action-reopen = Rouvrir
bo-action-archive = Archiver
bo-action-change-status = Changer de statut
bo-edition-title = Nouvelle édition
bo-edition-hint = Copie le dispositif, critères compris, dans un nouveau brouillon ; les dates d’un dispositif ponctuel sont décalées d’un an.
bo-action-edition = Créer la nouvelle édition

## Éditeur de critères

bo-criteria-page-title = Critères d’éligibilité de { $slug }
bo-criteria-title = Critères d’éligibilité
bo-criteria-lead = Chaque modification est enregistrée comme une nouvelle version. Dépliez un critère pour modifier ses paramètres, ajouter une condition à un groupe ou supprimer un critère.
bo-criteria-live-warning = Ce dispositif est publié : chaque modification s’applique immédiatement aux vérifications d’éligibilité.
bo-node-edit = Modifier
bo-node-id = Identifiant du critère
bo-hint-node-id = Lettres, chiffres, - et _ ; unique dans le dispositif.
bo-param-min = Nombre minimum
bo-param-countries = Pays acceptés
bo-param-categories = Catégories de bénéficiaires acceptées
bo-param-legal-forms = Autres formes juridiques acceptées
bo-hint-legal-forms = Codes séparés par des virgules : catégorie juridique INSEE (4 chiffres, France) ou forme REGON (3 chiffres, Pologne), par exemple 9220, 155.
bo-param-label = Agrément ou statut
bo-param-themes = Thématiques
bo-param-services = Services
bo-param-cofunder-kinds = Types de cofinanceurs
bo-param-commitment = Engagement
bo-param-commitments = Engagements
bo-param-amount = Montant ({ $currency })
bo-param-vat = Base
bo-param-rate = Taux maximal (%)
bo-hint-rate = Part maximale des dépenses éligibles, par exemple 80 ou 12,5.
bo-param-lead-required = Un chef de file doit être désigné
bo-param-min-members = Nombre minimum de membres
bo-param-max-members = Nombre maximum de membres
bo-hint-optional = Facultatif.
bo-group-type = Type de groupe
bo-group-min = Nombre minimum (pour « au moins N »)
bo-hint-group-min = Utilisé seulement pour un groupe « au moins N conditions ».
bo-action-regroup = Changer le type de groupe
bo-child-type = Type de la condition à ajouter
bo-action-add-child = Ajouter au groupe
bo-action-delete-node = Supprimer ce critère
bo-type-all = Groupe : toutes les conditions
bo-type-any = Groupe : au moins une condition
bo-type-at_least = Groupe : au moins N conditions
bo-type-country = Pays d’immatriculation
bo-type-beneficiary = Bénéficiaires (formes juridiques)
bo-type-sse = Appartenance à l’ESS
bo-type-label = Agrément ou statut
bo-type-themes = Thématiques du projet
bo-type-requested_max = Montant maximal demandé
bo-type-requested_min = Montant minimal demandé
bo-type-rate_max = Taux maximal d’aide
bo-type-expenses_min = Dépenses éligibles minimales
bo-type-services = Services proposés
bo-type-commitment = Engagement du porteur
bo-type-cofunders = Cofinanceurs
bo-type-consortium = Consortium

## Aperçu

bo-preview-title = Aperçu : un demandeur fictif
bo-preview-lead = Décrivez un demandeur et son projet : le moteur donne son verdict pour ce dispositif, même en brouillon. Laissez vide ce qui n’est pas connu.
bo-sample-applicant = Le demandeur
bo-sample-project = Le projet
bo-sample-unknown = Non renseigné
bo-sample-none = Aucun
bo-sample-location = Lieu d’implantation
bo-sample-ess = Relève de l’économie sociale et solidaire
bo-sample-requested = Aide demandée ({ $currency })
bo-sample-expenses = Dépenses éligibles ({ $currency })
bo-sample-members = Nombre de structures portant le projet
bo-sample-lead = Un chef de file est désigné
bo-sample-at = Date de dépôt ({ $zone })
bo-hint-sample-legal-form = Code INSEE (4 chiffres) ou REGON (3 chiffres), par exemple 9220.
bo-hint-sample-location = Identifiant de territoire, par exemple fr:commune:92050.
bo-hint-sample-lists = Ne cochez rien pour « non renseigné », ou « Aucun » si la liste est vide.
bo-hint-sample-members = 1 si le projet est porté par une seule structure.
bo-hint-sample-at = Par défaut, maintenant.
bo-action-preview = Voir le verdict
bo-yes = Oui
bo-no = Non
bo-verdict-met = Remplie
bo-verdict-not_met = Non remplie
bo-verdict-unknown = À vérifier
bo-scheme-verdict-eligible = Éligible
bo-scheme-verdict-not_eligible = Non éligible
bo-scheme-verdict-unknown = Éligibilité à confirmer : des informations manquent

## Historique

bo-history-title = Historique de { $slug }
bo-history-caption = Versions, de la plus récente à la plus ancienne
bo-author-none = —
bo-version-title = Version { $version }
bo-changes-title = Changements depuis la version précédente
bo-changes-first = Première version.
bo-changes-none = Aucun champ du dispositif n’a changé.
bo-fields-title = Contenu de cette version
bo-value-none = —
bo-note-created = Création
bo-note-edit = Modification du texte
bo-note-demo = Données de démonstration
bo-note-import = Import
bo-note-status = Statut : { $status }
bo-note-edition-of = Nouvelle édition de { $slug }
bo-note-criteria-save = Critère { $node } modifié
bo-note-criteria-add = Critère { $node } ajouté
bo-note-criteria-delete = Critère { $node } supprimé
bo-note-criteria-regroup = Type du groupe { $node } changé

## Import et export

bo-export-title = Exporter
bo-export-json = Tous les dispositifs au format JSON
bo-export-xlsx = Tous les dispositifs au format Excel (XLSX)
bo-export-schema = Schéma JSON du format d’échange
bo-export-hint = Le fichier Excel comporte une ligne par dispositif ; les critères, les financeurs et les pièces y figurent en JSON. Les colonnes max_grant, min_grant et rate_cap_percent sont déduites des critères et ignorées à l’import.
bo-import-title = Importer
bo-import-file = Fichier JSON ou XLSX
bo-import-hint = Un export de Passerelle ou un fichier au même format (2 Mo au plus). Tout est importé ou rien : les dispositifs nouveaux sont créés, ceux de la collectivité reçoivent une nouvelle version.
bo-action-import = Importer
bo-import-problems = Problèmes à corriger avant l’import
bo-import-scheme = Dispositif
bo-import-field = Champ
bo-import-message = Problème
bo-import-nth = n° { $n }
bo-import-nth-slug = n° { $n } ({ $slug })
bo-import-done = Import terminé :
bo-import-created = { $count ->
    [0] aucun dispositif créé
    [one] 1 dispositif créé
   *[other] { $count } dispositifs créés
}
bo-import-updated = { $count ->
    [0] aucun dispositif mis à jour
    [one] 1 dispositif mis à jour
   *[other] { $count } dispositifs mis à jour
}
bo-import-unchanged = { $count ->
    [0] aucun dispositif inchangé
    [one] 1 dispositif inchangé
   *[other] { $count } dispositifs inchangés
}

## Messages

flash-bo-created = Le brouillon du dispositif a été créé.
flash-bo-saved = Le dispositif a été enregistré.
flash-bo-published = Le dispositif est publié.
flash-bo-unpublished = Le dispositif est repassé en brouillon.
flash-bo-closed = Les candidatures au dispositif sont closes.
flash-bo-archived = Le dispositif est archivé.
flash-bo-edition-created = La nouvelle édition a été créée en brouillon.
flash-bo-criteria-saved = Les critères ont été enregistrés.
flash-bo-imported = L’import est terminé.

## Erreurs

error-datetime_invalid = Date et heure invalides : utilisez le format AAAA-MM-JJTHH:MM, par exemple 2025-01-01T00:00.
error-tenant_mismatch = Ce dispositif appartient à une autre collectivité que celle dans laquelle vous importez.
error-slug_duplicate = Ce fichier contient deux fois le même identifiant d’adresse.
error-slug_other_tenant = Cet identifiant d’adresse est déjà utilisé par le dispositif d’une autre collectivité.
error-import_empty = Le fichier ne contient aucun dispositif.
error-json_invalid = Ce fichier n’est pas un JSON valide au format d’échange des dispositifs.
error-xlsx_invalid = Ce fichier n’est pas un classeur Excel (XLSX) lisible.
error-xlsx_columns_missing = La première ligne du classeur doit porter les noms des colonnes d’un export (slug, status, kind…).
error-file_required = Choisissez un fichier à importer.
error-file_unreadable = Le fichier envoyé n’a pas pu être lu.
error-import_refused = Rien n’a été importé : corrigez les problèmes listés ci-dessous puis recommencez.
error-criterion_not_found = Ce critère n’existe plus : rechargez la page.
error-not_a_group = Seul un groupe peut contenir d’autres conditions.
error-criterion_root = Le groupe principal des critères ne peut pas être supprimé.
