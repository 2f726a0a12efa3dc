CREATE OR REPLACE VIEW active_accounts AS SELECT * FROM accounts WHERE active;
TRUNCATE report_cache;
