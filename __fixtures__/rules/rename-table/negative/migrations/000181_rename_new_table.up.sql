-- ALTER TABLE users RENAME TO accounts;
CREATE TABLE accounts_new (id bigint);
ALTER TABLE accounts_new RENAME TO ledgers;
ALTER INDEX users_email_idx RENAME TO users_email_index;
