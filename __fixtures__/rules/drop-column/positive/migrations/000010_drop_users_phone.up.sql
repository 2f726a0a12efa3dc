ALTER TABLE users DROP COLUMN phone; -- mg:expect
