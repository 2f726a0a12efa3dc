-- ALTER TABLE users RENAME COLUMN name TO full_name;
ALTER TABLE users ADD COLUMN nick text;
ALTER TABLE users RENAME COLUMN nick TO handle;
ALTER TABLE users RENAME CONSTRAINT users_nick_check TO users_handle_check;
