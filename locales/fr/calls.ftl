## A call's application form builder, its preview and its settings (officers).

calls-builder-title = Formulaire de candidature – { $title }
calls-builder-link = Formulaire de candidature
calls-settings-link = Rappels et brouillons
calls-nav = Formulaire et réglages de l’appel
calls-saved-version = Version enregistrée : { $version }
calls-no-form-yet = Pas encore de formulaire enregistré
calls-count-sections = { $count ->
    [one] { $count } partie
   *[other] { $count } parties
}
calls-count-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
calls-builder-lead = Vos modifications restent sur cette page jusqu’à « Enregistrer comme nouvelle version ». Les dossiers déjà commencés gardent la version avec laquelle ils ont été ouverts.
calls-preview-saved-link = Aperçu de la version enregistrée
calls-unsaved = Modifications non enregistrées : elles seront perdues si vous quittez la page sans enregistrer.
calls-empty = Ce formulaire n’a encore aucune partie. Commencez par créer la première ; vous y ajouterez ensuite les questions.
calls-create-first-section = Créer la première partie
calls-code = Code
calls-required = Obligatoire
calls-untitled = Question sans intitulé
calls-feeds = Alimente : { $fact }
calls-edit-section = Modifier la partie
calls-edit-question = Modifier
calls-move-up = Monter
calls-move-down = Descendre
calls-delete-section = Supprimer la partie
calls-delete-question = Supprimer
calls-section-empty = Aucune question dans cette partie.
calls-new-type = Type de la nouvelle question dans « { $section } »
calls-add-question = Ajouter une question
calls-add-section = Ajouter une partie
calls-form-settings = Réglages du formulaire
calls-balanced-budget = Le budget doit être équilibré
calls-balanced-budget-hint = Les dépenses doivent égaler le montant demandé plus le plan de cofinancement (les fonds propres y figurent comme cofinancement privé), comme dans le formulaire CERFA 12156.
calls-save = Enregistrer comme nouvelle version
calls-save-over = Enregistrer ma version par-dessus la version { $version }
calls-save-hint = Chaque enregistrement crée une nouvelle version ; les candidats qui commencent ensuite un dossier reçoivent celle-ci.
calls-preview-changes = Aperçu avec mes modifications
calls-discard = Abandonner mes modifications
calls-conflict = Une autre personne a enregistré la version { $version } de ce formulaire pendant que vous le modifiiez. Rien n’a été enregistré ; vos modifications sont toujours sur cette page.
calls-conflict-open-current = Voir la version actuelle (nouvel onglet)
calls-problem = « { $item } » : { $problem }
calls-delete-blocked = Impossible de supprimer : la condition d’affichage de { $items } en dépend. Modifiez d’abord cette condition.
calls-notice-moved = Déplacement effectué (non enregistré).
calls-notice-deleted = Suppression effectuée (non enregistrée).
calls-notice-question-applied = Question mise à jour dans le formulaire (non enregistrée).
calls-notice-section-applied = Partie mise à jour dans le formulaire (non enregistrée).
calls-flash-saved = Formulaire enregistré comme nouvelle version. Les dossiers déjà commencés gardent la leur.
calls-flash-settings-saved = Réglages de l’appel enregistrés.

## Question and section editors

calls-new-question-title = Nouvelle question : { $type }
calls-edit-question-title = Modifier la question : { $type }
calls-new-section-title = Nouvelle partie
calls-edit-section-title = Modifier la partie
calls-field-id = Code
calls-hint-id = Identifie la réponse dans les exports : lettres minuscules sans accent, chiffres et « _ », unique dans le formulaire.
calls-hint-section-id = Lettres minuscules sans accent, chiffres et « _ », unique parmi les parties.
calls-texts-in = Textes en { $language }
calls-field-label = Intitulé de la question
calls-field-title = Titre de la partie
calls-hint-label = Une langue au moins ; une langue laissée vide affiche le texte français.
calls-field-help = Aide sous la question (facultatif)
calls-field-intro = Introduction de la partie (facultatif)
calls-field-required = Réponse obligatoire pour déposer le dossier
calls-type-settings = Réglages du type « { $type } »
calls-hint-optional = Facultatif.
calls-field-max-len = Nombre maximal de caractères
calls-field-options = Options, une par ligne
calls-hint-choices = Sur chaque ligne : code | libellé français | libellé polonais | libellé anglais. Par exemple : product | Produit | Produkt | Product
calls-field-min-number = Valeur minimale
calls-field-max-number = Valeur maximale
calls-field-min-multiple_choice = Nombre minimal de cases à cocher
calls-field-max-multiple_choice = Nombre maximal de cases à cocher
calls-field-min-partners = Nombre minimal de membres (porteur compris)
calls-field-max-partners = Nombre maximal de membres
calls-field-accept = Types de fichiers acceptés (reconnus d’après leur contenu)
calls-field-max-mb = Taille maximale d’un fichier, en Mo
calls-hint-max-mb = Un nombre entier de 1 à 100.
calls-field-multiple = Plusieurs fichiers possibles
calls-field-phases = Phases, une par ligne (facultatif)
calls-hint-phases = Sur chaque ligne : code | libellé français | libellé polonais | libellé anglais. Par exemple : study | Étude | Studium | Study
calls-field-categories = Catégories de dépenses, une par ligne (facultatif)
calls-hint-categories = Sur chaque ligne : code | libellé français | libellé polonais | libellé anglais. Sans catégorie, le candidat décrit librement chaque dépense.
calls-field-year-from = Première année
calls-field-year-to = Dernière année
calls-field-vat = Montants exprimés
calls-field-condition = Afficher cette question
calls-hint-condition = Choisissez une réponse à une question précédente pour n’afficher celle-ci que dans ce cas.
calls-field-section-condition = Afficher cette partie
calls-hint-section-condition = Choisissez une réponse à une question d’une partie précédente pour n’afficher celle-ci que dans ce cas.
calls-condition-always = Toujours
calls-condition-is = seulement si la réponse est « { $value } »
calls-condition-includes = seulement si « { $value } » est coché
calls-condition-ticked = seulement si elle est cochée
calls-condition-text = Affichée si « { $question } » : « { $value } »
calls-cond-ticked = cochée
calls-field-feeds = Information transmise au contrôle d’éligibilité
calls-hint-feeds = La réponse sert à vérifier les critères du dispositif lors du dépôt.
calls-feeds-nothing = Aucune
calls-feeds-themes = Thématiques du projet
calls-feeds-requested = Montant demandé
calls-feeds-eligible_expenses = Dépenses éligibles
calls-feeds-services = Services proposés
calls-feeds-cofunders = Cofinanceurs
calls-feeds-consortium = Composition du consortium
calls-feeds-commitment = Engagement : { $commitment }
calls-apply = Appliquer au formulaire
calls-cancel = Annuler
calls-apply-hint = La modification s’applique à votre copie de travail ; elle ne sera enregistrée qu’avec « Enregistrer comme nouvelle version ».
calls-change-type = Changer le type de la question
calls-hint-change-type = Les textes sont conservés ; les réglages repartent de ceux du nouveau type.
calls-field-type = Nouveau type
calls-retype = Afficher les réglages de ce type
calls-type-short_text = Texte court
calls-type-long_text = Texte long
calls-type-number = Nombre entier
calls-type-money = Montant
calls-type-date = Date
calls-type-single_choice = Choix unique
calls-type-multiple_choice = Choix multiple
calls-type-declaration = Déclaration à cocher
calls-type-file = Fichier
calls-type-budget = Tableau budgétaire
calls-type-cofunding = Plan de cofinancement
calls-type-partners = Liste des partenaires
calls-type-plan = Plan pluriannuel
calls-file-pdf = PDF
calls-file-png = Image PNG
calls-file-jpeg = Image JPEG
calls-file-text = Texte (ODT, DOCX)
calls-file-sheet = Tableur (XLSX, ODS)

## Preview

calls-preview-title = Aperçu du formulaire – { $title }
calls-preview-saved-lead = Le formulaire tel que le candidat le voit, dans votre langue ; changez de langue en haut de la page. Les champs sont désactivés.
calls-preview-changes-title = Aperçu avec vos modifications
calls-preview-lead = Le formulaire tel que le candidat le verra, dans votre langue. Vos modifications ne sont pas encore enregistrées.
calls-back-to-outline = Revenir au plan du formulaire
calls-back-to-builder = Revenir au formulaire de candidature
calls-pv-note = Pour les agents : { $note }
calls-preview-empty = Ce formulaire n’a encore aucune question.
calls-rule-max-len = { $max } caractères au plus.
calls-rule-number-between = Entre { $min } et { $max }.
calls-rule-number-min = Au moins { $min }.
calls-rule-number-max = Au plus { $max }.
calls-rule-choices-between = Cochez de { $min } à { $max } réponses.
calls-rule-choices-min = { $min ->
    [one] Cochez au moins { $min } réponse.
   *[other] Cochez au moins { $min } réponses.
}
calls-rule-choices-max = { $max ->
    [one] Cochez au plus { $max } réponse.
   *[other] Cochez au plus { $max } réponses.
}
calls-rule-file = { $kinds } – un fichier de { $size } Mo au plus.
calls-rule-files = { $kinds } – plusieurs fichiers possibles, { $size } Mo au plus chacun.
calls-rule-partners-between = De { $min } à { $max } membres, dont un chef de file.
calls-rule-partners-min = { $min ->
    [one] Au moins { $min } membre, chef de file.
   *[other] Au moins { $min } membres, dont un chef de file.
}
calls-rule-partners-max = { $max ->
    [one] Un seul membre, chef de file.
   *[other] Au plus { $max } membres, dont un chef de file.
}

## Call settings

calls-settings-title = Rappels et brouillons – { $title }
calls-window-title = Période de candidature
calls-window-open = Ouvert en ce moment ; clôture le { $closes }.
calls-window-permanent = Toujours ouvert : sans date de clôture, aucun rappel n’est envoyé.
calls-window-upcoming = Pas encore ouvert ; ouverture le { $opens }.
calls-window-closed = Clos depuis le { $closed }.
calls-reminders = Rappels avant la clôture
calls-reminders-hint = Les titulaires d’un brouillon non déposé reçoivent un courriel à chacun de ces délais avant l’instant de clôture. Jusqu’à 5 rappels, 60 jours au plus ; laissez vide pour n’envoyer aucun rappel.
calls-reminder-n = Rappel { $n }
calls-reminder-unit-n = Unité du rappel { $n }
calls-unit-days = jours avant
calls-unit-hours = heures avant
calls-drafts = À la clôture, les brouillons non déposés sont
calls-drafts-read-only = conservés en lecture seule
calls-drafts-delete = supprimés après un délai de conservation
calls-retention-days = Délai de conservation, en jours
calls-retention-hint = Utilisé seulement si les brouillons sont supprimés : de 0 à 3650 jours après la clôture.

## Errors of the builder and the settings

error-form_id_format = Code invalide : lettres minuscules sans accent, chiffres et « _ » seulement.
error-form_label_missing = Écrivez le texte dans une langue au moins.
error-form_bounds_invalid = Le maximum doit être supérieur ou égal au minimum (et ne pas dépasser le nombre d’options).
error-form_options_missing = Donnez au moins une option.
error-form_option_invalid = Ligne mal formée : écrivez code | libellé français | libellé polonais | libellé anglais, le code en minuscules sans accent.
error-form_option_twice = Deux lignes ont le même code.
error-form_accept_missing = Cochez au moins un type de fichier.
error-form_size_invalid = Donnez une taille entière de 1 à 100 Mo.
error-form_years_invalid = Donnez la première et la dernière année (de 1900 à 2200), dans l’ordre.
