BEGIN;
-- The nickname column has been unused since v3.
ALTER TABLE users DROP COLUMN nickname;
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
COMMIT;
