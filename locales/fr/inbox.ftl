## Officers' inbox of a call and dossier pages (pages/inbox), and the words the app layer
## uses when it shows, exports or mails a dossier.

inbox-title = Dossiers déposés — { $scheme }
inbox-back-scheme = Retour à la fiche du dispositif
inbox-back-list = Retour aux dossiers de « { $scheme } »
inbox-counts-title = Dossiers par état
inbox-none-submitted = Aucun dossier n’a encore été déposé.
inbox-drafts = { $count ->
    [0] Aucun brouillon en cours.
    [one] 1 brouillon en cours (son contenu reste privé jusqu’au dépôt).
   *[other] { $count } brouillons en cours (leur contenu reste privé jusqu’au dépôt).
}
inbox-filters-title = Filtrer et trier
inbox-filter-q = Rechercher dans les dossiers
inbox-filter-q-hint = Mots du titre, de l’organisation, de la référence ou des réponses.
inbox-filter-state = État
inbox-any = Indifférent
inbox-filter-territory = Territoire du porteur
inbox-filter-territory-hint = Nom ou identifiant, par exemple Nanterre ou fr:departement:92.
inbox-filter-theme = Thématique
inbox-filter-verdict = Éligibilité au dépôt
inbox-filter-amount = Montant demandé
inbox-filter-min = Au moins
inbox-filter-max = Au plus
inbox-sort = Trier par
inbox-sort-newest = Dépôt le plus récent
inbox-sort-oldest = Dépôt le plus ancien
inbox-sort-amount = Montant demandé (décroissant)
inbox-sort-title = Titre du projet
inbox-sort-organisation = Organisation
inbox-filter-apply = Filtrer
inbox-filter-reset = Effacer les filtres
inbox-found = { $count ->
    [0] Aucun dossier ne correspond
    [one] 1 dossier correspond
   *[other] { $count } dossiers correspondent
}
inbox-export-csv = Exporter ces dossiers en CSV
inbox-export-xlsx = Exporter ces dossiers en XLSX
inbox-empty = Aucun dossier ne correspond à ces filtres.
inbox-caption = Dossiers déposés ; cochez-en pour changer leur état ensemble.
inbox-col-select = Sélection
inbox-col-title = Projet
inbox-col-amount = Montant demandé
inbox-col-submitted = Déposé le ({ $zone })
inbox-col-verdict = Éligibilité au dépôt
inbox-select-one = Sélectionner le dossier { $reference }
inbox-bulk-title = Changer l’état des dossiers cochés
inbox-bulk-event = Action
inbox-bulk-choose = Choisir une action
inbox-bulk-apply = Appliquer aux dossiers cochés
inbox-bulk-changed = { $count ->
    [0] Aucun dossier n’a changé d’état.
    [one] 1 dossier a changé d’état.
   *[other] { $count } dossiers ont changé d’état.
}
inbox-bulk-refused = Refusés :
inbox-pages = Pages de résultats
inbox-prev = Page précédente
inbox-next = Page suivante
inbox-page-of = Page { $page } sur { $pages }
inbox-page-beyond = Cette page est au-delà des résultats.
inbox-first-page = Revenir à la première page
inbox-reference = Référence
inbox-state = État
inbox-organisation = Organisation
inbox-submitted-at = Déposé le
inbox-sha256 = Empreinte SHA-256 du dépôt
inbox-verdict-at-submission = Éligibilité au dépôt
inbox-form-version = Version du formulaire
inbox-untitled = Dossier sans titre
inbox-summary = En bref
inbox-pdf = Télécharger le dossier complet (PDF)
inbox-transitions = Faire avancer le dossier
inbox-no-transition = Aucune action n’est possible dans l’état actuel du dossier.
inbox-note-hint = La note est facultative ; elle est envoyée aux porteurs avec le nouvel état et conservée dans l’historique.
inbox-note-for = Note pour « { $action } »
inbox-answers = Réponses
inbox-record-completed = Ce sont les réponses complétées le { $when } à la suite d’une demande de compléments ; le récépissé reste celui du dépôt initial.
inbox-not-answered = Sans réponse
inbox-messages = Messages
inbox-no-message = Aucun message pour l’instant.
inbox-message-label = Écrire aux porteurs du projet
inbox-message-hint = Ils en sont avertis par courriel.
inbox-message-send = Envoyer le message
inbox-side-applicant = Porteur
inbox-side-officer = Service instructeur
inbox-history = Historique
inbox-history-when = Quand
inbox-history-who = Qui
inbox-history-what = Quoi
inbox-history-from = État avant
inbox-history-note = Note
inbox-history-to = État après
flash-inbox-state-changed = L’état du dossier a été modifié.
flash-inbox-message-sent = Votre message a été envoyé.
bo-applications-link = { $count ->
    [0] Dossiers déposés (aucun)
    [one] Dossiers déposés (1)
   *[other] Dossiers déposés ({ $count })
}
error-none_selected = Cochez au moins un dossier.
## Audit trail
## Verdicts of the eligibility engine at submission
## Answers as read (pages, PDFs, exports)
## Exports of a call's applications
## The dossier as PDF
## Mails about a dossier