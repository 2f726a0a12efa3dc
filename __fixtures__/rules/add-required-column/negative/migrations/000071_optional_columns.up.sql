ALTER TABLE users ADD COLUMN score integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN note text;
CREATE TABLE teams (id bigint PRIMARY KEY, name text NOT NULL);
ALTER TABLE teams ADD COLUMN slug text NOT NULL;
