-- reindex users email
REINDEX INDEX users_email_idx; -- mg:expect
REINDEX TABLE orders; -- mg:expect
REINDEX (VERBOSE) SCHEMA app; -- mg:expect
