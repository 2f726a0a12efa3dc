-- ALTER TABLE posts ALTER COLUMN title TYPE varchar(20);
ALTER TABLE posts ALTER COLUMN body TYPE text;
ALTER TABLE posts ADD COLUMN slug text;
ALTER TABLE posts ALTER COLUMN slug TYPE varchar(80);
