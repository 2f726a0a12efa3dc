-- BEGIN; CREATE INDEX CONCURRENTLY users_email_idx ON users (email); COMMIT;
BEGIN;
CREATE INDEX users_name_idx ON users (name);
COMMIT;
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
START TRANSACTION;
SELECT 1;
ROLLBACK;
REINDEX INDEX CONCURRENTLY orders_status_idx;
