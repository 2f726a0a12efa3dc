ALTER TABLE events ALTER COLUMN user_id TYPE bigint; -- mg:expect
ALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb; -- mg:expect
