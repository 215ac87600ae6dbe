-- Review and selection (issue 5): each authority's pool of reviewers (staff and external
-- experts) with their expertise, languages, known territories and capacity; conflicts of
-- interest declared by reviewers; per-call review settings (the scoring grid, how many reviewers
-- per application, loads); assignments with officers' forced and forbidden pairs and alternates;
-- reviews; the committee of a call (envelope, cap, quotas) and its decisions; notification
-- letter templates. Same text on both engines.
CREATE TABLE reviewer (
    tenant_id TEXT NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    external BOOLEAN NOT NULL,
    -- JSON lists: theme codes, locale codes, territory ids.
    expertise TEXT NOT NULL,
    languages TEXT NOT NULL,
    territories TEXT NOT NULL,
    -- Most applications per call unless a call says otherwise.
    capacity BIGINT NOT NULL,
    active BOOLEAN NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX reviewer_user ON reviewer (user_id);

-- A reviewer's declared conflict with an organisation or one application.
CREATE TABLE review_conflict (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id TEXT REFERENCES organisation (id) ON DELETE CASCADE,
    application_id TEXT REFERENCES application (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    declared_at BIGINT NOT NULL
);
CREATE INDEX review_conflict_user ON review_conflict (tenant_id, user_id);

CREATE TABLE review_settings (
    scheme_id TEXT PRIMARY KEY NOT NULL REFERENCES scheme (id) ON DELETE CASCADE,
    -- The scoring grid as JSON (domain `review::Grid`).
    grid TEXT NOT NULL,
    reviewers_per_application BIGINT NOT NULL,
    min_per_reviewer BIGINT NOT NULL,
    max_per_reviewer BIGINT NOT NULL,
    alternates BIGINT NOT NULL,
    -- Whether the committee may grant less than requested (down to a minimum viable amount).
    partial_funding BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    updated_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);

-- Who reads which application: 'assigned', 'alternate' (ranked), 'declined'; officers' pins
-- ('forced', 'forbidden') survive re-runs of the solver.
CREATE TABLE review_assignment (
    application_id TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    rank BIGINT NOT NULL,
    pin TEXT,
    affinity BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, user_id)
);
CREATE INDEX review_assignment_user ON review_assignment (user_id, status);

CREATE TABLE review (
    application_id TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    -- Marks by criterion as JSON (domain `review::Marks`).
    marks TEXT NOT NULL,
    -- Weighted score in hundredths of a point on 0-100, once submitted.
    score BIGINT,
    submitted_at BIGINT,
    version BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, user_id)
);

CREATE TABLE committee (
    scheme_id TEXT PRIMARY KEY NOT NULL REFERENCES scheme (id) ON DELETE CASCADE,
    envelope_minor BIGINT NOT NULL,
    cap_minor BIGINT,
    -- Quotas as JSON (domain allocation rules).
    quotas TEXT NOT NULL,
    objective TEXT NOT NULL,
    closed_at BIGINT,
    closed_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    version BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- The committee's decision on one application: the amount granted (0 = not funded).
CREATE TABLE decision (
    application_id TEXT PRIMARY KEY NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    scheme_id TEXT NOT NULL REFERENCES scheme (id) ON DELETE CASCADE,
    amount_minor BIGINT NOT NULL,
    minimum_minor BIGINT,
    note TEXT NOT NULL,
    decided_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    decided_at BIGINT NOT NULL
);
CREATE INDEX decision_scheme ON decision (scheme_id);

-- Notification letters an officer edits, per call, outcome and language.
CREATE TABLE letter_template (
    scheme_id TEXT NOT NULL REFERENCES scheme (id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    locale TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (scheme_id, outcome, locale)
);
