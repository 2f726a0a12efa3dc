-- The column has no type: PostgreSQL rejects this, so it is never guessed at by the token reader.
ALTER TABLE users ADD COLUMN age; -- mg:expect
