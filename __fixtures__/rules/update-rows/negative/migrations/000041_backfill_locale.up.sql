-- UPDATE users SET locale = 'en';
UPDATE users SET locale = 'en' WHERE locale IS NULL;
