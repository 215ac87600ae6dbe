-- Support schemes. `body` is the scheme as written by officers (the domain `Scheme`, JSON),
-- the unit of versioning and of import/export; the other columns are what lists, access
-- checks and optimistic concurrency need without parsing it. Same text on both engines.
CREATE TABLE scheme (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    status TEXT NOT NULL,
    version BIGINT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    published_at BIGINT,
    CONSTRAINT scheme_slug_key UNIQUE (slug)
);
CREATE INDEX scheme_tenant ON scheme (tenant_id);
CREATE INDEX scheme_status ON scheme (status);

-- Every saved state of a scheme, never updated: the history officers read and the text a
-- past eligibility answer was computed from.
CREATE TABLE scheme_version (
    scheme_id TEXT NOT NULL REFERENCES scheme (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    author_id TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    note TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (scheme_id, version)
);
