-- Not this: REINDEX INDEX users_email_idx;
SELECT 'REINDEX INDEX users_email_idx' AS note;
REINDEX INDEX CONCURRENTLY users_email_idx;
REINDEX (CONCURRENTLY) TABLE orders;
CREATE TABLE archive (id bigint PRIMARY KEY);
REINDEX TABLE archive;
