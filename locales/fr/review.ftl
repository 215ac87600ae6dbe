## Évaluation et sélection : erreurs des grilles, des évaluations, du vivier et des conflits.
error-grid_empty = La grille doit comporter au moins un critère.
error-grid_id_invalid = Identifiant de critère vide ou déjà utilisé.
error-grid_weight_invalid = Le poids doit être compris entre 1 et 100.
error-grid_scale_invalid = L’échelle doit aller d’un minimum à un maximum plus grand (1 000 au plus).
error-grid_threshold_invalid = Le seuil de commentaire doit être dans l’échelle du critère.
error-grid_spread_invalid = L’écart de désaccord se mesure sur 0 à 100.
error-criterion_unknown = Ce critère n’est pas dans la grille.
error-score_required = Notez ce critère.
error-score_outside = Cette note est hors de l’échelle du critère.
error-comment_required = Une note aussi basse doit être justifiée par un commentaire.
error-capacity_invalid = La capacité doit être comprise entre 1 et 500 dossiers.
error-account_unknown = Aucun compte n’a cette adresse : demandez à la personne de s’inscrire d’abord.
error-conflict_target_required = Indiquez soit une structure, soit un dossier.
error-organisation_unknown = Structure inconnue.
error-committee_closed = Le comité a clos ses décisions : plus rien ne peut changer.
error-number_outside = Ce nombre est hors des limites permises.

## Pages des évaluateurs.
nav-my-reviews = Mes évaluations
review-list-title = Mes évaluations
review-list-intro = Les dossiers qui vous sont confiés. Un dossier avec lequel vous êtes en conflit d’intérêts n’apparaît jamais ici.
review-list-none = Aucun dossier ne vous est confié pour l’instant.
review-col-progress = Avancement
review-progress-to-do = À évaluer
review-progress-draft = Brouillon
review-progress-sent = Envoyée
review-title = Évaluation
review-blind = Évaluation à l’aveugle : l’identité du porteur et de ses partenaires vous est masquée.
review-answers = Le dossier
review-grid = Votre évaluation
review-sent = Votre évaluation est envoyée ; vous pouvez encore la modifier jusqu’à la clôture du comité.
review-score = Note pondérée :
review-weight = (poids { $weight })
review-comment = Commentaire
review-comment-below = Commentaire (obligatoire pour une note inférieure à { $score })
review-save-draft = Enregistrer le brouillon
review-send = Envoyer l’évaluation
review-conflict-title = Conflit d’intérêts
review-conflict-hint = Si vous connaissez le porteur ou ses partenaires, ou si vous avez un intérêt dans ce projet, déclarez-le : le dossier vous sera retiré et confié à un autre évaluateur.
review-conflict-reason = Nature du conflit
review-conflict-declare = Déclarer un conflit d’intérêts
flash-review-saved = Votre brouillon est enregistré.
flash-review-sent = Votre évaluation est envoyée. Merci.
flash-review-conflict = Votre conflit d’intérêts est enregistré ; ce dossier vous est retiré.

## Vivier d’évaluateurs et réglages de l’évaluation (agents).
reviewers-title = Évaluateurs
reviewers-back = Retour aux dispositifs
reviewers-intro = Agents et experts extérieurs qui évaluent les dossiers de vos appels, avec leurs domaines d’expertise, leurs langues, les territoires qu’ils connaissent et le nombre de dossiers qu’ils peuvent évaluer par appel. L’affectation automatique s’en sert.
reviewers-none = Aucun évaluateur pour l’instant.
reviewers-col-name = Nom
reviewers-col-kind = Statut
reviewers-col-expertise = Domaines d’expertise
reviewers-col-languages = Langues
reviewers-col-capacity = Dossiers par appel, au plus
reviewers-col-active = Disponible
reviewers-staff = agent
reviewers-external = expert extérieur
reviewers-add = Ajouter ou modifier un évaluateur
reviewers-add-hint = La personne doit avoir un compte sur la plateforme ; elle reçoit le rôle d’évaluateur de votre collectivité.
reviewers-email = Adresse électronique de son compte
reviewers-external-label = Expert extérieur (pas un agent de la collectivité)
reviewers-territories = Territoires connus
reviewers-territories-hint = Identifiants séparés par des virgules, par exemple fr:departement:92, fr:commune:92050.
reviewers-capacity-hint = Entre 1 et 500.
reviewers-active-label = Disponible pour de nouvelles évaluations
reviewers-save = Enregistrer l’évaluateur
flash-reviewer-saved = L’évaluateur est enregistré.
review-settings-title = Réglages de l’évaluation
review-settings-intro = La grille de notation de l’appel et la répartition des dossiers entre évaluateurs.
review-settings-assignment = Répartition
review-settings-k = Évaluateurs par dossier
review-settings-k-hint = Entre 1 et 10.
review-settings-min = Dossiers par évaluateur, au moins
review-settings-max = Dossiers par évaluateur, au plus
review-settings-max-hint = La capacité propre de chaque évaluateur peut être plus basse.
review-settings-alternates = Suppléants par dossier
review-settings-grid = Grille de notation
review-settings-blind = Évaluation à l’aveugle (l’identité du porteur est masquée)
review-settings-spread = Écart signalant un désaccord (sur 100)
review-settings-spread-hint = Quand les notes d’un dossier s’écartent de plus que cela, le comité en est averti.
review-settings-criterion = Critère { $n }
review-settings-col-id = Code
review-settings-col-label-fr = Intitulé (français)
review-settings-col-label-pl = Intitulé (polonais)
review-settings-col-label-en = Intitulé (anglais)
review-settings-col-help-fr = Repères de notation (français)
review-settings-col-help-pl = Repères de notation (polonais)
review-settings-col-help-en = Repères de notation (anglais)
review-settings-col-weight = Poids
review-settings-col-min = Note minimale
review-settings-col-max = Note maximale
review-settings-col-below = Commentaire obligatoire sous la note
review-settings-partial = Le comité peut accorder moins que le montant demandé
flash-review-settings-saved = Les réglages de l’évaluation sont enregistrés.

## Affectation des évaluateurs (agents) et désistement (évaluateurs).
error-review_already_sent = Votre évaluation est déjà envoyée : vous ne pouvez plus vous désister de ce dossier.
error-assignment_forced = Les agents vous ont choisi pour ce dossier : demandez-leur de vous en libérer.
error-reviewer_unknown = Cette personne n’est pas dans le vivier d’évaluateurs.
review-decline-title = Se désister de ce dossier
review-decline-hint = Si vous ne pouvez pas l’évaluer (temps, compétence), désistez-vous : il est confié à un autre évaluateur, en dérangeant le moins possible le travail des autres.
review-decline = Me désister de ce dossier
flash-review-declined = Le dossier vous est retiré et confié à un autre évaluateur.
assign-title = Affectation des évaluateurs
assign-intro = Chaque dossier à évaluer reçoit ses évaluateurs : l’affectation qui correspond le mieux à leurs domaines d’expertise, aux territoires qu’ils connaissent et à leurs langues, dans la limite de la charge de chacun et jamais en conflit d’intérêts. Les agents peuvent imposer ou exclure un binôme ; une évaluation commencée n’est jamais retirée.
assign-settings-k = { $k ->
    [one] Un évaluateur par dossier.
   *[other] { $k } évaluateurs par dossier.
}
assign-run = Calculer l’affectation
assign-run-hint = Recalculez après avoir modifié le vivier, les réglages ou les choix : les évaluations commencées, les binômes imposés et les désistements sont conservés.
assign-remind = Relancer les évaluateurs en retard
assign-applications = Dossiers
assign-no-applications = Aucun dossier n’attend d’évaluation.
assign-col-reviewers = Évaluateurs
assign-col-sent = Évaluations envoyées
assign-col-load = Dossiers
assign-none-yet = Pas encore affecté
assign-affinity = affinité { $points }
assign-status-assigned = affecté
assign-status-alternate = suppléant
assign-status-declined = désisté
assign-status-forbidden = exclu
assign-pin-forced = imposé par les agents
assign-pin-forbidden = exclu par les agents
assign-reviewers = Évaluateurs et charge
assign-pin-title = Imposer ou exclure un évaluateur
assign-pin-hint = Un évaluateur imposé évalue toujours le dossier ; un évaluateur exclu jamais. Le prochain calcul en tient compte.
assign-pin-application = Dossier
assign-pin-reviewer = Évaluateur
assign-pin-what = Choix
assign-pin-none = Laisser le calcul décider
assign-pin-save = Enregistrer le choix
assign-infeasible-title = Aucune affectation ne respecte toutes les contraintes
assign-infeasible-nothing-changed = Rien n’a été modifié. Ajustez les réglages, le vivier ou les choix, puis recalculez.
assign-infeasible-min-above-max = { $reviewers } doit évaluer au moins { $needed } dossiers mais au plus { $available }.
assign-infeasible-forced-and-forbidden = { $reviewers } est à la fois imposé et exclu sur { $applications }.
assign-infeasible-too-many-forced = { $applications } a { $needed } évaluateurs imposés mais n’en reçoit que { $available }.
assign-infeasible-forced-over-max = { $reviewers } est imposé sur { $needed } dossiers, au-delà de son maximum de { $available }.
assign-infeasible-too-few-candidates = { $applications } demande { $needed } évaluateurs mais seuls { $available } peuvent l’évaluer (conflits d’intérêts, langues, exclusions, désistements).
assign-infeasible-capacity-short = Il faut { $needed } évaluations mais les évaluateurs ne peuvent en faire que { $available } : ajoutez des évaluateurs ou augmentez leur capacité.
assign-infeasible-min-loads-too-high = Les charges minimales totalisent { $needed } évaluations alors qu’il n’y en a que { $available } à faire : baissez le minimum.
assign-infeasible-min-load-unreachable = { $reviewers } doit évaluer au moins { $needed } dossiers mais ne peut en évaluer que { $available }.
assign-infeasible-applications-short = { $applications } ont besoin de { $needed } évaluations de plus mais les évaluateurs qui peuvent les lire n’en donnent que { $available }.
assign-infeasible-min-loads-short = { $reviewers } ont besoin de { $needed } évaluations de plus pour atteindre leur minimum mais ne peuvent en recevoir que { $available }.
flash-assignment-done = L’affectation est calculée et enregistrée.
flash-assignment-pinned = Le choix est enregistré ; il s’applique au prochain calcul.
flash-assignment-reminded = Les évaluateurs qui ont des évaluations à envoyer ont été relancés par courriel.
flash-assignment-nobody-to-remind = Personne n’a d’évaluation en attente.
mail-review-reminder-subject = Évaluations à envoyer – { $scheme }
mail-review-reminder-body = Bonjour,

    Il vous reste { $left } évaluation(s) à envoyer pour l’appel « { $scheme } ».

    Vos dossiers à évaluer : { $link }

    Si vous ne pouvez pas évaluer l’un d’eux, désistez-vous depuis sa page : il sera confié à un autre évaluateur.

## Comité de sélection (agents).
committee-title = Comité de sélection
committee-intro = Le classement des dossiers avec leurs évaluations, la répartition de l’enveloppe qui maximise exactement l’objectif du comité, à côté de la répartition habituelle « on finance dans l’ordre du classement », et les décisions du comité. Les décisions sont verrouillées à la clôture du comité.
committee-closed-on = Le comité a clos ses travaux le { $when } : les décisions sont verrouillées, les courriers sont partis et les projets financés sont publics.
committee-rules = Règles de la répartition
committee-envelope = Enveloppe
committee-envelope-hint = La somme à répartir, par exemple 100000.
committee-cap = Plafond par projet
committee-cap-hint = Laisser vide pour aucun plafond. Le plafond d’éligibilité de l’appel est proposé.
committee-minimum-share = Part minimale viable d’une demande (%)
committee-minimum-share-hint = Un projet financé en dessous de sa demande reçoit au moins cette part, sauf minimum propre fixé par le comité.
committee-objective = Ce que la répartition maximise
committee-objective-value = La valeur financée pondérée par les notes (l’argent va aux meilleures notes)
committee-objective-projects = Le nombre de projets financés, puis la valeur pondérée
committee-score = Note prise en compte
committee-score-corrected = Corrigée de la sévérité des évaluateurs
committee-score-raw = Moyenne brute des évaluations
committee-quotas = Quotas
committee-quotas-hint = Par exemple au moins 30 % de l’enveloppe hors de la préfecture, ou au plus 4 projets d’une thématique. Les parts sont des parts de l’enveloppe.
committee-quota-n = Quota { $n }
committee-quota-limit = Type
committee-quota-target = Projets comptés
committee-quota-target-hint = inside:territoire, outside:territoire ou theme:code, par exemple outside:fr:commune:92050 ou theme:solidarity-finance. Des suggestions s’affichent à la saisie.
committee-quota-value = Valeur (%, montant ou nombre de projets)
committee-limit-min-share = Au moins une part de l’enveloppe
committee-limit-max-share = Au plus une part de l’enveloppe
committee-limit-min-amount = Au moins un montant
committee-limit-max-amount = Au plus un montant
committee-limit-min-projects = Au moins un nombre de projets
committee-limit-max-projects = Au plus un nombre de projets
committee-target-outside = hors de { $place }
committee-target-inside = à { $place }
committee-preview = Recalculer sans enregistrer
committee-save-rules = Enregistrer les règles
committee-allocation = Répartition de l’enveloppe
committee-previewing = Ces résultats suivent les règles saisies ci-dessus, qui ne sont pas encore enregistrées.
committee-compare = Répartition exacte et « dans l’ordre du classement »
committee-optimal = Répartition exacte
committee-greedy = Ordre du classement
committee-funded = Projets financés
committee-spent = Attribué
committee-unspent = Non dépensé
committee-difference = Par rapport au financement dans l’ordre du classement, la répartition exacte finance { $funded } projet(s) de plus et dépense { $unspent } de plus de l’enveloppe.
committee-greedy-unmet = Le financement dans l’ordre du classement ne respecte pas le ou les quotas { $quotas }.
committee-decided = { $n ->
    [one] Un dossier décidé
   *[other] { $n } dossiers décidés
}
committee-none = Aucun dossier n’est soumis au comité.
committee-ranking = Classement, meilleure note corrigée en tête
committee-col-requested = Demandé
committee-col-eligibility = Éligibilité
committee-col-reviews = Évaluations
committee-col-raw = Note brute
committee-col-corrected = Note corrigée
committee-col-offset = Sévérité (points)
committee-col-decision = Décision
committee-disagreement = Évaluations divergentes
committee-minimum = minimum { $amount }
committee-amount-for = Montant attribué à { $reference }
committee-minimum-label = Montant minimal viable
committee-note = Note du comité
committee-decide = Enregistrer
committee-amount-hint = 0 refuse le projet ; un montant vide le laisse à la répartition, qui respecte alors chaque décision enregistrée.
committee-finish = Décider et clore
committee-adopt-hint = Enregistre la répartition exacte comme décision de chaque dossier non encore décidé.
committee-adopt = Adopter la répartition exacte
committee-close-hint = La clôture verrouille les décisions, passe chaque dossier en accepté ou refusé, envoie à chaque porteur le courrier dans sa langue avec son PDF et publie les projets financés.
committee-close-confirm = Je confirme que les décisions sont définitives
committee-close = Clore le comité
committee-severity = Sévérité des évaluateurs
committee-severity-hint = Ce que chaque évaluateur ajoute à la note qu’un évaluateur moyen donnerait (négatif : plus sévère). La note corrigée l’enlève.
committee-problem-decision-outside = La décision sur { $application } ne respecte plus son minimum ou son plafond : modifiez-la.
committee-problem-rules-invalid = L’enveloppe ou le plafond est hors limites.
committee-problem-quota-invalid = Le quota { $quota } est hors limites.
committee-problem-fixed-exceed-envelope = Les décisions attribuent déjà { $fixed }, plus que l’enveloppe de { $envelope }.
committee-problem-quota-infeasible = Le quota { $quota } ne peut pas être respecté avec l’enveloppe, les montants permis, les décisions et les quotas qui le précèdent.
committee-problem-search-limit = La répartition exacte est trop longue à établir avec ces règles : simplifiez les quotas.
flash-committee-rules-saved = Les règles sont enregistrées.
flash-committee-decided = La décision est enregistrée.
flash-committee-adopted = La répartition exacte est enregistrée comme décisions du comité.
flash-committee-nothing-to-adopt = Tous les dossiers sont déjà décidés.
flash-committee-closed = Le comité est clos : les courriers partent et les résultats sont publics.
error-confirm_required = Cochez la case pour confirmer.
error-decisions_missing = Chaque dossier doit être décidé avant la clôture du comité.
error-envelope_exceeded = Les décisions attribuent plus que l’enveloppe.
error-allocation_infeasible = Aucune répartition ne respecte ces règles : voyez le message au-dessus du classement.
error-decision_state_invalid = Un dossier attend encore des informations de son porteur, ou a été retiré : réglez-le avant la clôture.
error-partial_not_allowed = Cet appel ne finance pas moins que le montant demandé.
error-minimum_outside = Le minimum doit être positif et au plus égal au plafond.
error-amount_outside = Le montant doit valoir 0, ou être compris entre le minimum et le plafond (le montant entier si le financement partiel n’est pas permis).
error-quota_target_invalid = Écrivez inside:territoire, outside:territoire ou theme:code.
error-placeholder_unknown = Champ de fusion inconnu : n’utilisez que ceux listés ci-dessus.
error-too_many = Trop d’entrées.

## Courriers de notification.
letters-title = Courriers de notification
letters-intro = Le courrier que chaque porteur reçoit à la clôture du comité, par courriel et en PDF, dans sa langue. Les champs de fusion sont remplacés pour chaque dossier.
letters-placeholders = Champs de fusion :
letters-heading-funded = Projet financé – { $language }
letters-heading-not-funded = Projet non financé – { $language }
letters-default = texte type
letters-subject = Objet
letters-body = Courrier
letters-reset-hint = Videz les deux champs et enregistrez pour revenir au texte type.
letters-preview = Aperçu avec un exemple
flash-letter-saved = Le courrier est enregistré.
letter-funded-subject = Votre projet « { $project } » est financé
letter-funded-body = Madame, Monsieur,

    Le comité de sélection de l’appel « { $call } » a examiné le dossier { $reference } de { $organisation }.

    Nous avons le plaisir de vous informer que votre projet « { $project } » est financé à hauteur de { $amount } (montant demandé : { $requested }).

    Les agents chargés de l’appel vous contacteront pour la convention et le versement.

    Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.
    { $authority }
letter-not-funded-subject = Votre candidature à « { $call } »
letter-not-funded-body = Madame, Monsieur,

    Le comité de sélection de l’appel « { $call } » a examiné le dossier { $reference } de { $organisation } pour le projet « { $project } ».

    Nous avons le regret de vous informer que le comité n’a pas pu le retenir cette fois : l’enveloppe ne permettait pas de financer tous les dossiers de qualité.

    Les évaluations de votre dossier peuvent vous aider à préparer une prochaine candidature ; les agents chargés de l’appel peuvent vous en dire plus.

    Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.
    { $authority }
letter-pdf-call = Appel
letter-pdf-reference = Dossier
letter-pdf-amount = Montant attribué
letter-pdf-footer = { $authority } – notification de la décision du comité de sélection
letter-mail-footer = Le courrier est joint en PDF. Votre dossier : { $link }
letter-example-project = Repair café du quartier
letter-example-organisation = Association Exemple
letter-example-authority = La collectivité

## Résultats publics.
results-title = Projets financés
results-intro = Résultats du comité de sélection du { $when }.
results-summary = { $funded } projet(s) financé(s) sur { $decided } dossier(s) examiné(s), pour { $total } au total.
results-none = Aucun projet n’a été financé.
results-col-organisation = Structure
results-col-territory = Commune
results-col-amount = Montant attribué
results-csv = Télécharger la liste (CSV)
app-decision-letter = Le courrier de décision (PDF)
