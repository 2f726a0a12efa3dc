-- DROP SCHEMA staging CASCADE;
CREATE SCHEMA staging;
COMMENT ON SCHEMA staging IS 'DROP SCHEMA staging once the import is done';
