-- Not this: VACUUM FULL orders;
SELECT 'VACUUM FULL orders' AS note;
VACUUM (ANALYZE) orders;
VACUUM orders;
