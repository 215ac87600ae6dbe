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
