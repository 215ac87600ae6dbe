## Public catalogue pages: search, scheme page, eligibility wizard
nav-schemes = Dispositifs
nav-eligibility = Suis-je éligible ?
catalogue-title = Trouver un dispositif de soutien
catalogue-intro = Subventions, prêts, accompagnement et appels à projets pour l’économie sociale et solidaire.
catalogue-wizard-link = Vérifier mon éligibilité critère par critère
catalogue-query = Mots-clés
catalogue-query-hint = En français, polonais ou anglais, par exemple « tiers-lieu », « finance solidaire », « spółdzielnia ».
catalogue-territory = Lieu
catalogue-territory-hint = Commune, département ou région (nom ou code), par exemple « Nanterre » ou « fr:commune:92050 ».
catalogue-territory-understood = Lieu retenu : { $name }.
catalogue-sort = Trier par
catalogue-sort-relevance = Pertinence
catalogue-sort-deadline = Date limite la plus proche
catalogue-filters = Filtres
catalogue-facet-open = Candidatures
catalogue-open-any = Toutes
catalogue-open-now = Ouvertes maintenant
catalogue-closing-soon = Clôture dans moins de 30 jours
catalogue-funder = Financeur
catalogue-funder-any = Tous les financeurs
catalogue-apply-filters = Appliquer les filtres
catalogue-reset = Effacer la recherche
catalogue-results = { $count ->
    [0] Aucun dispositif
    [one] { $count } dispositif
   *[other] { $count } dispositifs
}
catalogue-no-results = Aucun dispositif ne correspond à ces critères. Retirez un filtre ou essayez d’autres mots.
catalogue-badge-open = Ouvert
catalogue-badge-closed = Fermé
catalogue-closes = Clôture :
catalogue-up-to = jusqu’à { $amount }
catalogue-pagination = Pages de résultats
catalogue-prev = Page précédente
catalogue-next = Page suivante
catalogue-page-of = Page { $page } sur { $pages }
breadcrumb-label = Fil d’Ariane
scheme-status-closed = Ce dispositif est clos ; il reste consultable.
scheme-check-eligibility = Suis-je éligible ?
scheme-facts = L’essentiel
scheme-window = Candidatures
scheme-perimeter = Territoire
scheme-funders = Financeurs
scheme-envelope = Enveloppe totale
scheme-max-grant = Aide maximale
scheme-min-grant = Aide minimale
scheme-rate-cap = Taux d’aide maximal
scheme-min-expenses = Dépenses éligibles minimales
scheme-languages = Langues du dossier
scheme-contact = Contact
scheme-url = Page officielle
scheme-conditions = Conditions d’éligibilité
scheme-conditions-hint = Ces conditions sont vérifiées automatiquement par l’outil « Suis-je éligible ? ».
scheme-no-conditions = Aucune condition particulière.
scheme-assessed = Appréciés lors de l’instruction
scheme-assessed-hint = Ces points ne conditionnent pas l’éligibilité : ils sont évalués par les instructeurs et le jury.
scheme-documents = Pièces à fournir
scheme-description = Présentation
language-name-fr = français
language-name-pl = polonais
language-name-en = anglais
wizard-title = Suis-je éligible ?
wizard-intro = Répondez à ce que vous savez : chaque réponse précise le résultat, et une question sans réponse est signalée plutôt que supposée.
wizard-for-scheme = Vérification pour : { $title }.
wizard-all-schemes = Vérifier tous les dispositifs
wizard-answers = Résultat
wizard-from-org = Profil utilisé : { $name }.
wizard-eligible = { $count ->
    [0] Aucun dispositif pour lequel vous êtes éligible
    [one] { $count } dispositif pour lequel vous êtes éligible
   *[other] { $count } dispositifs pour lesquels vous êtes éligible
}
wizard-unknown = { $count ->
    [0] Aucun dispositif à confirmer
    [one] { $count } dispositif à confirmer
   *[other] { $count } dispositifs à confirmer
}
wizard-near = { $count ->
    [0] Aucun dispositif manqué de peu
    [one] { $count } dispositif manqué de peu
   *[other] { $count } dispositifs manqués de peu
}
wizard-others = { $count ->
    [one] { $count } autre dispositif non éligible
   *[other] { $count } autres dispositifs non éligibles
}
wizard-why = Détail, critère par critère
wizard-verdict-met = Rempli :
wizard-verdict-not_met = Non rempli :
wizard-verdict-unknown = À préciser :
wizard-to-answer = Pour conclure, indiquez :
wizard-failing = Seule condition non remplie :
wizard-who = Votre structure
wizard-org = Utiliser le profil de
wizard-org-hint = Le pays, la forme juridique, la commune et l’appartenance à l’ESS sont repris de ce profil.
wizard-org-none = Aucun, je réponds moi-même
wizard-dont-know = Je ne sais pas
wizard-category = Type de structure
wizard-legal-form = Code de forme juridique (facultatif)
wizard-legal-form-hint = Catégorie juridique INSEE à 4 chiffres (9220 pour une association déclarée) ou code REGON à 3 chiffres.
wizard-location = Commune du siège
wizard-ess = Votre structure relève-t-elle de l’économie sociale et solidaire ?
wizard-yes = Oui
wizard-no = Non
wizard-project = Votre projet
wizard-requested = Montant demandé
wizard-currency = Devise
wizard-expenses = Dépenses éligibles
wizard-vat = Les dépenses sont indiquées
wizard-cofunders = Cofinanceurs obtenus ou sollicités
wizard-members = Nombre de structures portant le projet
wizard-members-hint = 1 si votre structure porte seule le projet.
wizard-lead = Un chef de file est désigné
wizard-submit = Voir les dispositifs
error-money_invalid = Montant invalide : indiquez un nombre, par exemple 12 000 ou 12 000,50.
