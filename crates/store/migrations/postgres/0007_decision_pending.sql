-- A committee may set an application's minimum viable amount (or a note) before deciding its
-- amount: such a row is not yet a decision, and the allocation still chooses the amount.
ALTER TABLE decision ADD COLUMN decided BOOLEAN NOT NULL DEFAULT TRUE;
