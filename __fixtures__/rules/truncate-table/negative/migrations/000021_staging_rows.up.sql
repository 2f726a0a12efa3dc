-- TRUNCATE sessions;
CREATE TABLE staging_rows (id bigint, body text);
TRUNCATE staging_rows;
