-- Flyway runs this once, in version order.
ALTER TABLE accounts DROP COLUMN legacy_id;
UPDATE accounts SET tier = 'basic' WHERE tier IS NULL;
