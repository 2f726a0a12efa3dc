ALTER TABLE users ALTER COLUMN email SET NOT NULL; -- mg:expect
