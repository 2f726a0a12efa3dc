-- ALTER TABLE events ALTER COLUMN user_id TYPE bigint;
CREATE TABLE metrics (id bigint, value integer);
ALTER TABLE metrics ALTER COLUMN value TYPE bigint;
ALTER TABLE events ADD COLUMN score integer;
ALTER TABLE events ALTER COLUMN score TYPE numeric;
