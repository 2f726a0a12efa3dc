ALTER TABLE users RENAME TO accounts; -- mg:expect
