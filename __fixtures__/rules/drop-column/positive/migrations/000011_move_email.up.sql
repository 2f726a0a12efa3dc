-- The copy below cannot be proven complete, so the drop is still reported.
ALTER TABLE users ADD COLUMN contact_email text;
UPDATE users SET contact_email = email;
ALTER TABLE users DROP COLUMN email; -- mg:expect
