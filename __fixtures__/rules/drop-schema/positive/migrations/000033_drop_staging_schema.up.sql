DROP SCHEMA staging CASCADE; -- mg:expect
DROP SCHEMA IF EXISTS scratch; -- mg:expect
