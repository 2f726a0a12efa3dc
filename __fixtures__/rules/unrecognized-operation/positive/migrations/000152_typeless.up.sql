-- The column has no type: PostgreSQL rejects this, so the reader cannot say what it would do.
ALTER TABLE users ADD COLUMN age; -- mg:expect
