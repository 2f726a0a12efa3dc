-- A SELECT that calls a function runs that function: these are not read-only.
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'shop'; -- mg:expect
SELECT setval('orders_id_seq', 1, false); -- mg:expect
SELECT count(*) FROM orders;
SELECT archive_old_orders(); -- mg:expect
