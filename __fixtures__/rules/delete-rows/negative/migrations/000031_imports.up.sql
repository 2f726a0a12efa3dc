-- DELETE FROM users;
CREATE TABLE import_rows (id bigint, ok boolean);
DELETE FROM import_rows WHERE NOT ok;
COMMENT ON TABLE users IS 'rows are never DELETEd, see deleted_at';
