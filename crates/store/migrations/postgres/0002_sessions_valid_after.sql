-- Sessions signed in before this instant (epoch ms) are no longer valid: a password reset sets
-- it, signing the account out everywhere else. Same text on both engines (parity).
ALTER TABLE app_user ADD COLUMN sessions_valid_after BIGINT NOT NULL DEFAULT 0;
