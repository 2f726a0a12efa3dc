DROP INDEX users_email_idx;
ALTER TABLE users ADD COLUMN nickname text;
