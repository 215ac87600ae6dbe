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
