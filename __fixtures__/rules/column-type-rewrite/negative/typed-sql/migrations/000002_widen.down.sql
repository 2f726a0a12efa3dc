ALTER TABLE profiles ALTER COLUMN headline TYPE varchar(50);
