CREATE TABLE accounts (id bigint PRIMARY KEY, name varchar(50));
DROP TABLE IF EXISTS old_accounts; -- mg:expect
