-- DROP DATABASE reporting_copy; was the first plan
COMMENT ON TABLE users IS 'never DROP DATABASE from a migration';
CREATE DATABASE reporting_copy;
