## Review and selection: errors of grids, reviews, the reviewer pool and conflicts.
error-grid_empty = The grid needs at least one criterion.
error-grid_id_invalid = Empty criterion identifier, or already used.
error-grid_weight_invalid = The weight must be between 1 and 100.
error-grid_scale_invalid = The scale must go from a minimum to a larger maximum (1,000 at most).
error-grid_threshold_invalid = The comment threshold must lie within the criterion’s scale.
error-grid_spread_invalid = Disagreement is measured on 0 to 100.
error-criterion_unknown = This criterion is not in the grid.
error-score_required = Score this criterion.
error-score_outside = This score is outside the criterion’s scale.
error-comment_required = A score this low needs a comment.
error-capacity_invalid = The capacity must be between 1 and 500 applications.
error-account_unknown = No account has this address: ask the person to sign up first.
error-conflict_target_required = Name either an organisation or an application.
error-organisation_unknown = Unknown organisation.
error-committee_closed = The committee has closed its decisions: nothing can change any more.
error-number_outside = This number is outside the allowed range.
