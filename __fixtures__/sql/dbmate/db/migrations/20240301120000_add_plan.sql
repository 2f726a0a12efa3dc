-- migrate:up
ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';
ALTER TABLE users ALTER COLUMN email TYPE varchar(100);

-- migrate:down
ALTER TABLE users DROP COLUMN plan;
