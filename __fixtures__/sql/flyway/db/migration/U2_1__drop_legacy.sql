ALTER TABLE accounts ADD COLUMN legacy_id bigint;
DROP TABLE accounts_archive;
