-- vacuum full orders
VACUUM FULL orders; -- mg:expect
VACUUM (FULL, ANALYZE) orders, users; -- mg:expect
