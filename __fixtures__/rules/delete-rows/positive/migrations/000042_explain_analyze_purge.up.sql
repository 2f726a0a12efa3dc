-- EXPLAIN ANALYZE runs the DELETE it explains: the rows are gone afterwards.
EXPLAIN ANALYZE DELETE FROM sessions WHERE expires_at < now(); -- mg:expect
