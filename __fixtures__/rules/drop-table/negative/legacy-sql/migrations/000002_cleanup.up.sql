-- A leftover some environments may have: nothing in this history created it.
-- DROP TABLE IF EXISTS accounts;
DROP TABLE IF EXISTS tmp_import;
