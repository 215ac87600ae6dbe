-- Applications (issue 4): versioned call forms and per-call settings, applications with their
-- per-section answers (the unit of optimistic concurrency), co-editors and their invitations,
-- attachments (bytes in the object store), the append-only audit trail, threaded messages,
-- deadline reminders already sent, the per-scheme counter that numbers receipts, and the
-- transactional mail queue (a mail enqueued in the transaction of the change that causes it is
-- never lost). Same text on both engines.
CREATE TABLE call_form (
    scheme_id TEXT NOT NULL REFERENCES scheme (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    -- The form as JSON (domain `application::form::Form`).
    body TEXT NOT NULL,
    created_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (scheme_id, version)
);

CREATE TABLE call_settings (
    scheme_id TEXT PRIMARY KEY NOT NULL REFERENCES scheme (id) ON DELETE CASCADE,
    -- Hours before the closing instant at which draft holders are reminded (JSON list).
    reminder_hours TEXT NOT NULL,
    -- What becomes of drafts at the deadline: 'read_only' or 'delete'.
    drafts_at_deadline TEXT NOT NULL,
    -- Days after the deadline before drafts are deleted (with 'delete').
    retention_days BIGINT NOT NULL,
    updated_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE application (
    id TEXT PRIMARY KEY NOT NULL,
    scheme_id TEXT NOT NULL REFERENCES scheme (id) ON DELETE CASCADE,
    -- The form version the application started with; it keeps it.
    form_version BIGINT NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    -- Project title as last saved (lists and mails).
    title TEXT NOT NULL,
    created_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    submitted_at BIGINT,
    -- Receipt: reference number, frozen answers (canonical JSON) and their SHA-256.
    reference TEXT,
    frozen TEXT,
    frozen_sha256 TEXT,
    -- The eligibility engine's verdict at submission and its findings (JSON).
    eligibility TEXT,
    eligibility_detail TEXT,
    CONSTRAINT application_reference_key UNIQUE (reference),
    CONSTRAINT application_form_fkey FOREIGN KEY (scheme_id, form_version)
        REFERENCES call_form (scheme_id, version)
);
CREATE INDEX application_scheme ON application (scheme_id, state);
CREATE INDEX application_organisation ON application (organisation_id);

CREATE TABLE application_section (
    application_id TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    section_id TEXT NOT NULL,
    -- Bumped by every save; a save names the version it was made from.
    version BIGINT NOT NULL,
    answers TEXT NOT NULL,
    updated_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, section_id)
);

-- People who may edit an application beyond the applying organisation's members.
CREATE TABLE application_editor (
    application_id TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    -- The partner organisation they edit for, when they named one.
    organisation_id TEXT REFERENCES organisation (id) ON DELETE SET NULL,
    added_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, user_id)
);
CREATE INDEX application_editor_user ON application_editor (user_id);

CREATE TABLE application_invitation (
    -- SHA-256 of the token mailed to the invitee.
    token_hash TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    invited_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    accepted_at BIGINT
);
CREATE INDEX application_invitation_app ON application_invitation (application_id);

CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    field_id TEXT NOT NULL,
    filename TEXT NOT NULL,
    -- Type recognised from the content (magic bytes).
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    -- Key in the object store; never derived from anything a client sends.
    storage_key TEXT NOT NULL,
    uploaded_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX attachment_application ON attachment (application_id);

-- Every transition and every officer view of a dossier: who, when, what, from which state.
CREATE TABLE application_event (
    application_id TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    actor_id TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT,
    detail TEXT NOT NULL,
    PRIMARY KEY (application_id, seq)
);

CREATE TABLE application_message (
    id TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    author_id TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    -- 'applicant' or 'officer'.
    side TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX application_message_app ON application_message (application_id, created_at);

-- A reminder is claimed here before its mail is queued: at most one per draft, closing
-- instant and delay, even when two runs overlap.
CREATE TABLE application_reminder (
    application_id TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    closes_at BIGINT NOT NULL,
    hours BIGINT NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, closes_at, hours)
);

CREATE TABLE submission_counter (
    scheme_id TEXT PRIMARY KEY NOT NULL REFERENCES scheme (id) ON DELETE CASCADE,
    last BIGINT NOT NULL
);

CREATE TABLE mail_queue (
    id TEXT PRIMARY KEY NOT NULL,
    created_at BIGINT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    -- Extra header fields as a JSON object.
    headers TEXT NOT NULL,
    -- A document rendered when the mail goes ('receipt:<application id>'), if any.
    attach TEXT,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX mail_queue_due ON mail_queue (sent_at, next_attempt_at);
