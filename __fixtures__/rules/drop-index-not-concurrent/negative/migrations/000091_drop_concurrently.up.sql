-- DROP INDEX users_email_idx;
DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;
