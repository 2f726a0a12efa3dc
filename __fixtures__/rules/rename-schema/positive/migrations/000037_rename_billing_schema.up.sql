ALTER SCHEMA billing RENAME TO invoicing; -- mg:expect
