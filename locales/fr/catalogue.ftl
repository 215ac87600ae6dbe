### Moteur d’éligibilité, description des critères et vocabulaires des dispositifs.
###
### Les arguments arrivent déjà mis en forme, sous forme de texte : montants avec leur devise
### (« 15 000 € »), taux avec « % », instants avec leur fuseau (« 31 décembre 2023 à 23:59
### (heure de Paris) »), listes de codes sous forme de libellés séparés par des virgules,
### formes juridiques et territoires par leur nom, champs par leur libellé (field-…).
### Les entiers sont aussi transmis comme nombres, sous le même nom, pour choisir le pluriel.
###
### `forms` (elig-beneficiary-…, crit-beneficiary) arrive soit vide, soit commençant par `; `
### (point-virgule, espace) suivi des formes juridiques acceptées en plus des catégories : le message l’accole
### directement à `categories`.

## Éligibilité : informations manquantes

elig-missing = Information nécessaire pour se prononcer : { $field }.
elig-missing-vat = Vos dépenses éligibles sont indiquées { $given_vat } ({ $expenses }), alors que le seuil de { $limit } s’entend { $vat } : indiquez leur montant { $vat } pour que l’on puisse se prononcer.
elig-currency = Les montants doivent être indiqués dans la devise du dispositif pour pouvoir être comparés : { $currency }.

## Éligibilité : groupes de conditions

elig-all-met = { $total ->
    [0] Ce groupe ne comporte aucune condition.
    [one] La condition de ce groupe est remplie.
   *[other] Les { $total } conditions de ce groupe sont toutes remplies.
}
elig-all-not-met = { $total ->
    [one] La condition de ce groupe n’est pas remplie.
   *[other] Les { $total } conditions de ce groupe doivent toutes être remplies ; { $met ->
        [0] aucune ne l’est.
        [one] une seule l’est.
       *[other] seules { $met } le sont.
    }
}
elig-all-unknown = { $unknown ->
    [one] Une condition de ce groupe reste à vérifier faute d’information
   *[other] { $unknown } conditions de ce groupe restent à vérifier faute d’information
}{ $met ->
    [0] .
    [one] ; l’autre est remplie.
   *[other] ; les { $met } autres sont remplies.
}
elig-at-least-met = { $need ->
    [one] Au moins une condition de ce groupe doit être remplie
   *[other] Au moins { $need } conditions de ce groupe doivent être remplies
} : { $met ->
    [one] c’est le cas d’une condition sur { $total }.
   *[other] c’est le cas de { $met } conditions sur { $total }.
}
elig-at-least-not-met = { $need ->
    [one] Au moins une condition de ce groupe doit être remplie
   *[other] Au moins { $need } conditions de ce groupe doivent être remplies
} : { $met ->
    [0] aucune ne l’est.
    [one] une seule sur { $total } l’est.
   *[other] seules { $met } sur { $total } le sont.
}
elig-at-least-unknown = { $need ->
    [one] Au moins une condition de ce groupe doit être remplie
   *[other] Au moins { $need } conditions de ce groupe doivent être remplies
} : { $met ->
    [0] aucune ne l’est encore
    [one] une sur { $total } l’est
   *[other] { $met } sur { $total } le sont
}, et { $unknown ->
    [one] une reste à vérifier faute d’information.
   *[other] { $unknown } restent à vérifier faute d’information.
}

## Éligibilité : calendrier et territoire

elig-open-permanent = Le dispositif est ouvert en permanence : les candidatures peuvent être déposées à tout moment.
elig-open-met = Au { $at }, les candidatures sont ouvertes ; elles seront closes le { $closes }.
elig-open-upcoming = Au { $at }, les candidatures ne sont pas encore ouvertes : elles pourront être déposées à partir du { $opens }.
elig-open-closed = Au { $at }, les candidatures sont closes depuis le { $closed } : il n’est plus possible de déposer un dossier.
elig-perimeter-met = Votre lieu d’implantation ({ $place }) se trouve dans le territoire couvert par le dispositif : { $perimeter }.
elig-perimeter-not-met = Votre lieu d’implantation ({ $place }) se trouve hors du territoire couvert par le dispositif, réservé aux structures implantées dans : { $perimeter }.

## Éligibilité : organisation

elig-country-met = Votre organisation est immatriculée en { $country }, pays accepté par le dispositif (pays acceptés : { $allowed }).
elig-country-not-met = Votre organisation est immatriculée en { $country }, or le dispositif est réservé aux organisations immatriculées dans les pays suivants : { $allowed }.
elig-beneficiary-met = Votre forme juridique ({ $form }, catégorie « { $category } ») fait partie des bénéficiaires éligibles : { $categories }{ $forms }.
elig-beneficiary-not-met = Votre forme juridique ({ $form }, catégorie « { $category } ») ne fait pas partie des bénéficiaires éligibles, qui sont : { $categories }{ $forms }.
elig-beneficiary-category-met = Votre organisation relève de la catégorie « { $category } », qui fait partie des bénéficiaires éligibles : { $categories }{ $forms }.
elig-beneficiary-category-not-met = Votre organisation relève de la catégorie « { $category } », qui ne fait pas partie des bénéficiaires éligibles, qui sont : { $categories }{ $forms }.
elig-sse-status = Votre organisation relève de l’économie sociale et solidaire du fait de son statut ({ $form }).
elig-sse-declared = Vous avez déclaré que votre organisation relève de l’économie sociale et solidaire.
elig-sse-not-met = Le dispositif est réservé aux structures de l’économie sociale et solidaire ; d’après votre déclaration, votre organisation n’en relève pas.
elig-sse-public = Le dispositif est réservé aux structures de l’économie sociale et solidaire, dont les collectivités et organismes publics ne font pas partie.
elig-label-met = Votre organisation dispose de l’agrément ou du statut requis : { $label }.
elig-label-not-met = Le dispositif est réservé aux structures disposant de l’agrément ou du statut suivant : { $label } ; d’après vos réponses, ce n’est pas le cas de votre organisation.

## Éligibilité : projet

elig-themes-met = Votre projet s’inscrit dans { $count ->
    [one] une thématique du dispositif
   *[other] { $count } thématiques du dispositif
} ({ $matched }), pour un minimum de { $min }.
elig-themes-not-met = Le projet doit s’inscrire dans au moins { $min ->
    [one] une des thématiques suivantes
   *[other] { $min } des thématiques suivantes
} : { $allowed } ; { $count ->
    [0] votre projet n’en couvre aucune.
    [one] votre projet n’en couvre qu’une ({ $matched }).
   *[other] votre projet n’en couvre que { $count } ({ $matched }).
}
elig-requested-max-met = Le montant sollicité ({ $requested }) ne dépasse pas le plafond de { $limit }.
elig-requested-max-not-met = Le montant sollicité ({ $requested }) dépasse le plafond de { $limit } : il doit être ramené à { $limit } au plus.
elig-requested-min-met = Le montant sollicité ({ $requested }) atteint le montant minimal de { $limit }.
elig-requested-min-not-met = Le montant sollicité ({ $requested }) est inférieur au montant minimal de { $limit } : la demande doit porter sur { $limit } au moins.
elig-rate-met = L’aide sollicitée ({ $requested }) représente { $rate } des dépenses éligibles ({ $expenses }), dans la limite du taux maximal de { $limit }.
elig-rate-not-met = L’aide sollicitée ({ $requested }) représente { $rate } des dépenses éligibles ({ $expenses }), au-delà du taux maximal de { $limit } : il faut réduire le montant sollicité ou présenter davantage de dépenses éligibles.
elig-expenses-met = Vos dépenses éligibles ({ $expenses } { $given_vat }) atteignent le seuil minimal de { $limit } { $vat }.
elig-expenses-not-met = Vos dépenses éligibles ({ $expenses } { $given_vat }) n’atteignent pas le seuil minimal de { $limit } { $vat } fixé par le dispositif.
elig-services-met = Votre projet propose { $count ->
    [one] un des services attendus
   *[other] { $count } des services attendus
} ({ $matched }), pour un minimum de { $min }.
elig-services-not-met = Le projet doit proposer au moins { $min ->
    [one] un des services suivants
   *[other] { $min } des services suivants
} : { $allowed } ; { $count ->
    [0] votre projet n’en propose aucun.
    [one] votre projet n’en propose qu’un ({ $matched }).
   *[other] votre projet n’en propose que { $count } ({ $matched }).
}
elig-commitment-met = Vous prenez l’engagement demandé : { $commitment }.
elig-commitment-not-met = Le dispositif exige l’engagement suivant, que vous n’avez pas pris : { $commitment }.
elig-cofunders-met = Votre projet compte { $count ->
    [one] un cofinanceur
   *[other] { $count } cofinanceurs
} parmi les types attendus ({ $matched }), pour un minimum de { $min }.
elig-cofunders-not-met = Le projet doit compter au moins { $min ->
    [one] un cofinanceur
   *[other] { $min } cofinanceurs
} parmi les types suivants : { $allowed } ; { $count ->
    [0] votre projet n’en compte aucun.
    [one] votre projet n’en compte qu’un ({ $matched }).
   *[other] votre projet n’en compte que { $count } ({ $matched }).
}
elig-consortium-single = Le projet est porté par une seule structure : les règles applicables aux consortiums ne s’appliquent pas.
elig-consortium-no-lead = Le projet est porté par { $members } structures sans chef de file : le dispositif exige qu’un chef de file soit désigné.
elig-consortium-too-few = Le consortium compte { $members } membres, alors que le dispositif en exige au moins { $min }.
elig-consortium-too-many = Le consortium compte { $members } membres, alors que le dispositif en autorise au plus { $max }.
elig-consortium-met = Le projet est porté par un consortium de { $members } structures, conforme aux règles du dispositif.

## Description des critères (page du dispositif)

crit-all = Toutes les conditions suivantes :
crit-any = Au moins une des conditions suivantes :
crit-at-least = { $min ->
    [one] Au moins une
   *[other] Au moins { $min }
} des { $total } conditions suivantes :
crit-country = Pays d’immatriculation de l’organisation : { $allowed }.
crit-beneficiary = Bénéficiaires éligibles : { $categories }{ $forms }.
crit-sse = L’organisation doit relever de l’économie sociale et solidaire (ESS).
crit-label = L’organisation doit disposer de l’agrément ou du statut suivant : { $label }.
crit-themes = Le projet doit s’inscrire dans au moins { $min ->
    [one] une
   *[other] { $min }
} des thématiques suivantes : { $allowed }.
crit-requested-max = L’aide sollicitée ne peut pas dépasser { $limit }.
crit-requested-min = L’aide sollicitée doit être d’au moins { $limit }.
crit-rate-max = L’aide ne peut pas dépasser { $limit } des dépenses éligibles.
crit-expenses-min = Les dépenses éligibles doivent atteindre au moins { $limit } { $vat }.
crit-services = Le projet doit proposer au moins { $min ->
    [one] un
   *[other] { $min }
} des services suivants : { $allowed }.
crit-commitment = Le porteur de projet doit prendre l’engagement suivant : { $commitment }.
crit-cofunders = Le projet doit compter au moins { $min ->
    [one] un cofinanceur
   *[other] { $min } cofinanceurs
} parmi les types suivants : { $allowed }.
crit-consortium = Projets portés par plusieurs structures (consortium) : { $lead ->
    [yes] un chef de file doit être désigné
   *[no] la désignation d’un chef de file n’est pas exigée
}{ $min ->
    [0] {""}
   *[other] , au moins { $min } membres
}{ $max ->
    [0] {""}
   *[other] , au plus { $max } membres
}.
crit-open-one-off = Ouverture des candidatures le { $opens }, clôture le { $closes }.
crit-open-annual = Chaque année, ouverture des candidatures le { $opens } et clôture le { $closes }.
crit-open-permanent = Dispositif permanent : les candidatures peuvent être déposées à tout moment.
crit-perimeter = L’organisation doit être implantée sur le territoire couvert : { $perimeter }.

## Champs du questionnaire (« information nécessaire »)

field-applicant-country = le pays où votre organisation est immatriculée
field-applicant-legal-form = la forme juridique de votre organisation
field-applicant-location = le lieu d’implantation de votre organisation
field-applicant-ess = si votre organisation relève de l’économie sociale et solidaire (ESS)
field-applicant-labels = les agréments et statuts dont dispose votre organisation (ESUS, SIAE…)
field-project-themes = les thématiques de votre projet
field-project-requested = le montant de l’aide que vous sollicitez
field-project-eligible-expenses = le montant de vos dépenses éligibles, hors taxes (HT) ou toutes taxes comprises (TTC)
field-project-services = les services que proposera votre projet
field-project-cofunders = les cofinanceurs de votre projet
field-project-commitments = les engagements que vous prenez
field-project-consortium = si le projet est porté par plusieurs structures (consortium) et, le cas échéant, laquelle est chef de file

## Vocabulaires : titres

vocab-title-scheme_kinds = Types d’aide
vocab-title-statuses = Statuts de publication
vocab-title-recurrences = Calendrier des candidatures
vocab-title-themes = Thèmes
vocab-title-services = Services proposés
vocab-title-commitments = Engagements
vocab-title-labels = Agréments et statuts
vocab-title-cofunder_kinds = Cofinanceurs
vocab-title-vat = TVA
vocab-title-beneficiary_categories = Catégories de bénéficiaires
vocab-title-countries = Pays
vocab-title-currencies = Devises

## Vocabulaires : types d’aide

vocab-scheme_kinds-grant = Subvention
vocab-scheme_kinds-loan = Prêt (dont prêt à taux zéro et prêt d’honneur)
vocab-scheme_kinds-guarantee = Garantie d’emprunt
vocab-scheme_kinds-coaching = Accompagnement
vocab-scheme_kinds-incubation = Incubation ou accélération
vocab-scheme_kinds-call-for-projects = Appel à projets
vocab-scheme_kinds-prize = Prix ou trophée

## Vocabulaires : statuts de publication

vocab-statuses-draft = Brouillon
vocab-statuses-published = Publié
vocab-statuses-closed = Clos
vocab-statuses-archived = Archivé

## Vocabulaires : calendrier des candidatures

vocab-recurrences-one-off = Ponctuel
vocab-recurrences-annual = Annuel
vocab-recurrences-permanent = Permanent

## Vocabulaires : thèmes

vocab-themes-sustainable-development = Développement durable
vocab-themes-solidarity-finance = Finance solidaire
vocab-themes-tiers-lieux = Tiers-lieux
vocab-themes-coworking = Coworking
vocab-themes-digital-inclusion = Inclusion numérique
vocab-themes-social-innovation = Innovation sociale
vocab-themes-employment-inclusion = Emploi et insertion par l’activité économique
vocab-themes-circular-economy = Économie circulaire
vocab-themes-short-food-circuits = Circuits courts alimentaires
vocab-themes-responsible-procurement = Commande publique responsable
vocab-themes-culture = Culture et activités créatives
vocab-themes-mobility = Mobilité
vocab-themes-housing = Logement
vocab-themes-care-services = Santé, soin et services à la personne
vocab-themes-energy-transition = Transition énergétique et communautés d’énergie renouvelable
vocab-themes-local-development = Développement local et revitalisation rurale

## Vocabulaires : services des tiers-lieux

vocab-services-telework-centre = Centre de télétravail
vocab-services-coworking = Espace de travail partagé (coworking)
vocab-services-fab-lab = Fab Lab
vocab-services-living-lab = Living Lab
vocab-services-support-space = Espace d’accompagnement
vocab-services-digital-mediation = Espace de médiation numérique
vocab-services-social-life-space = Espace de vie sociale

## Vocabulaires : engagements

vocab-commitments-animation-staff = Animation du lieu par une programmation et du personnel dédié
vocab-commitments-public-opening = Ouverture au public sur des horaires réguliers
vocab-commitments-network-membership = Adhésion au réseau régional et partage des données d’activité
vocab-commitments-impact-reporting = Suivi annuel d’indicateurs d’impact social

## Vocabulaires : agréments et statuts

vocab-labels-esus = Agrément ESUS (entreprise solidaire d’utilité sociale)
vocab-labels-siae = Structure d’insertion par l’activité économique (SIAE)
vocab-labels-entreprise-adaptee = Entreprise adaptée
vocab-labels-pl-social-enterprise = Statut d’entreprise sociale (Pologne)
vocab-labels-pl-cis = Centre d’intégration sociale – CIS (Pologne)
vocab-labels-pl-kis = Club d’intégration sociale – KIS (Pologne)
vocab-labels-pl-zaz = Établissement d’activité professionnelle – ZAZ (Pologne)
vocab-labels-pl-wtz = Atelier de thérapie occupationnelle – WTZ (Pologne)

## Vocabulaires : cofinanceurs

vocab-cofunder_kinds-eu = Union européenne
vocab-cofunder_kinds-state = État
vocab-cofunder_kinds-region = Région
vocab-cofunder_kinds-departement = Département
vocab-cofunder_kinds-intercommunality = Intercommunalité
vocab-cofunder_kinds-commune = Commune
vocab-cofunder_kinds-private = Financeur privé

## Vocabulaires : TVA

vocab-vat-excl = HT
vocab-vat-incl = TTC

## Vocabulaires : catégories de bénéficiaires

vocab-beneficiary_categories-association = Associations
vocab-beneficiary_categories-foundation = Fondations
vocab-beneficiary_categories-cooperative = Coopératives
vocab-beneficiary_categories-mutual = Mutuelles
vocab-beneficiary_categories-commercial_company = Sociétés commerciales
vocab-beneficiary_categories-sole_trader = Entrepreneurs individuels
vocab-beneficiary_categories-public_authority = Collectivités et organismes publics
vocab-beneficiary_categories-public_law_group = Groupements de droit public
vocab-beneficiary_categories-other = Autres structures

## Vocabulaires : pays et devises

vocab-countries-fr = France
vocab-countries-pl = Pologne
vocab-currencies-eur = Euro (EUR)
vocab-currencies-pln = Złoty (PLN)

# A clause after a semicolon, spaced as the language writes it.
list-then = { "\u202F" }; { $rest }
# Between the items of a list whose items may contain commas.
list-sep = { "\u202F; " }
