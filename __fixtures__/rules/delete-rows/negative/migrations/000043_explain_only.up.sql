-- Plain EXPLAIN only plans the statement; nothing runs.
EXPLAIN DELETE FROM sessions WHERE expires_at < now();
EXPLAIN (ANALYZE false) DELETE FROM sessions;
-- EXPLAIN ANALYZE DELETE FROM sessions;
SELECT 'EXPLAIN ANALYZE DELETE FROM sessions';
