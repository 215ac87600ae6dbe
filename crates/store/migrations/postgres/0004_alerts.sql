-- Saved searches and alerts. A saved search is a catalogue query string (`kind` = 'search')
-- or the eligibility wizard's (`kind` = 'eligibility'), owned by an account or only by an
-- e-mail address (anonymous, confirmed by double opt-in). Same text on both engines.
CREATE TABLE saved_search (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT REFERENCES app_user (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    kind TEXT NOT NULL,
    query TEXT NOT NULL,
    title TEXT NOT NULL,
    locale TEXT NOT NULL,
    frequency TEXT NOT NULL,
    confirmed_at BIGINT,
    -- Single-use confirmation token (hash), cleared once used.
    confirm_token_hash TEXT,
    -- Unsubscribe and feed token (hash); the token itself is only in mailed links.
    token_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_digest_at BIGINT,
    CONSTRAINT saved_search_token_hash_key UNIQUE (token_hash),
    CONSTRAINT saved_search_confirm_token_hash_key UNIQUE (confirm_token_hash)
);
CREATE INDEX saved_search_user ON saved_search (user_id);
CREATE INDEX saved_search_email ON saved_search (email);

-- Every alert ever decided, so that nothing is sent twice: reason 'published' (occurrence 0)
-- or 'deadline' (occurrence = the closing instant, so a recurring window is reminded once per
-- edition). Recorded when the mail is sent or queued for the digest.
CREATE TABLE alert_sent (
    saved_search_id TEXT NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    scheme_slug TEXT NOT NULL,
    reason TEXT NOT NULL,
    occurrence BIGINT NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (saved_search_id, scheme_slug, reason, occurrence)
);

-- Alerts waiting for their daily digest.
CREATE TABLE alert_pending (
    saved_search_id TEXT NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    scheme_slug TEXT NOT NULL,
    reason TEXT NOT NULL,
    occurrence BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (saved_search_id, scheme_slug, reason, occurrence)
);
