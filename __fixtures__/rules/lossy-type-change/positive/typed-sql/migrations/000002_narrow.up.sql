ALTER TABLE profiles ALTER COLUMN id TYPE integer; -- mg:expect
ALTER TABLE profiles ALTER COLUMN seen_at TYPE timestamp(0); -- mg:expect
