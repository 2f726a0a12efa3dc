-- DROP TABLE users;
/* DROP TABLE accounts; was the old plan */
COMMENT ON TABLE users IS 'never DROP TABLE users';
DROP INDEX CONCURRENTLY IF EXISTS index_users_on_legacy_id;
ALTER TABLE users ALTER COLUMN status DROP DEFAULT;
ALTER TABLE users ALTER COLUMN nickname DROP NOT NULL;
