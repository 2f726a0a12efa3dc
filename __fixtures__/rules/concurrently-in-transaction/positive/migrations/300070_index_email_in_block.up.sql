BEGIN;
CREATE INDEX CONCURRENTLY users_email_idx ON users (email); -- mg:expect
DROP INDEX CONCURRENTLY users_old_email_idx; -- mg:expect
REINDEX INDEX CONCURRENTLY orders_status_idx; -- mg:expect
ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY; -- mg:expect
COMMIT;
