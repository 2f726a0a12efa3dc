-- SELECT my_cleanup();
SELECT 'SELECT setval(''orders_id_seq'', 1)';
SELECT count(*), max(id), now(), lower(email) FROM customers;
INSERT INTO notes (id, created_at) VALUES (gen_random_uuid(), now());
