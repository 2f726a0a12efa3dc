ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users ALTER COLUMN email SET NOT NULL; -- mg:expect (the check was never validated)
ALTER TABLE users ADD CONSTRAINT users_phone_check CHECK (phone IS NOT NULL OR email IS NOT NULL);
ALTER TABLE users ALTER COLUMN phone SET NOT NULL; -- mg:expect (not the IS NOT NULL shape)
ALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL);
ALTER TABLE users DROP CONSTRAINT users_name_not_null;
ALTER TABLE users ALTER COLUMN name SET NOT NULL; -- mg:expect (the check was dropped first)
ALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null CHECK (email IS NOT NULL);
ALTER TABLE users ALTER COLUMN nickname SET NOT NULL; -- mg:expect (another table's check)
