ALTER TABLE posts ALTER COLUMN title TYPE varchar(20); -- mg:expect
ALTER TABLE products ALTER COLUMN stock TYPE smallint; -- mg:expect
