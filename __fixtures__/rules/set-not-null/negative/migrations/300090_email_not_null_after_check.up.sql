ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_not_null;
ALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK ("name" IS NOT NULL);
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
-- DROP NOT NULL is not reported: the running release never writes NULL, and reads it only after the new one does
ALTER TABLE users ALTER COLUMN bio DROP NOT NULL;
