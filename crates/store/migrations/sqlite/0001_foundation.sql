-- Foundation schema (SQLite). Keep in parity with migrations/postgres/0001_foundation.sql:
-- same tables, columns, nullability; see docs/DB.md. Instants are epoch milliseconds (BIGINT).

CREATE TABLE reference_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE territory (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    population BIGINT
);
CREATE INDEX territory_kind ON territory (kind);

CREATE TABLE territory_parent (
    child_id TEXT NOT NULL REFERENCES territory (id) ON DELETE CASCADE,
    parent_id TEXT NOT NULL REFERENCES territory (id) ON DELETE CASCADE,
    PRIMARY KEY (child_id, parent_id)
);
CREATE INDEX territory_parent_parent ON territory_parent (parent_id);

CREATE TABLE app_user (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    locale TEXT NOT NULL,
    platform_admin BOOLEAN NOT NULL,
    email_confirmed_at BIGINT,
    created_at BIGINT NOT NULL,
    CONSTRAINT app_user_email_key UNIQUE (email)
);

CREATE TABLE user_token (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX user_token_user ON user_token (user_id);

CREATE TABLE tenant (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    territory_id TEXT NOT NULL REFERENCES territory (id),
    legal_form TEXT NOT NULL,
    website TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT tenant_slug_key UNIQUE (slug)
);

CREATE TABLE tenant_member (
    tenant_id TEXT NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, role)
);
CREATE INDEX tenant_member_user ON tenant_member (user_id);

CREATE TABLE programme (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    opens_on TEXT,
    closes_at TEXT,
    time_zone TEXT NOT NULL,
    envelope_minor BIGINT NOT NULL,
    max_award_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    themes TEXT NOT NULL,
    source TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT programme_tenant_slug_key UNIQUE (tenant_id, slug)
);

CREATE TABLE programme_text (
    programme_id TEXT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (programme_id, locale)
);

CREATE TABLE organisation (
    id TEXT PRIMARY KEY NOT NULL,
    legal_name TEXT NOT NULL,
    country TEXT NOT NULL,
    legal_form TEXT,
    legal_category TEXT NOT NULL,
    sse_basis TEXT NOT NULL,
    sse_member BOOLEAN NOT NULL,
    commune_id TEXT REFERENCES territory (id),
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    website TEXT NOT NULL,
    description TEXT NOT NULL,
    created_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE organisation_identifier (
    organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (organisation_id, kind),
    CONSTRAINT organisation_identifier_value_key UNIQUE (kind, value)
);

CREATE TABLE organisation_member (
    organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_member_user ON organisation_member (user_id);

CREATE TABLE organisation_invitation (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    invited_by TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    CONSTRAINT organisation_invitation_token_key UNIQUE (token_hash)
);
CREATE INDEX organisation_invitation_org ON organisation_invitation (organisation_id);

CREATE TABLE web_session (
    id TEXT PRIMARY KEY NOT NULL,
    data TEXT NOT NULL,
    expiry_unix BIGINT NOT NULL
);
CREATE INDEX web_session_expiry ON web_session (expiry_unix);
