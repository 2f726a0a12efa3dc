-- ALTER TABLE profiles ALTER COLUMN id TYPE integer;  (a comment, not a statement)
ALTER TABLE profiles ALTER COLUMN headline TYPE text;
ALTER TABLE profiles ALTER COLUMN bio TYPE citext;
