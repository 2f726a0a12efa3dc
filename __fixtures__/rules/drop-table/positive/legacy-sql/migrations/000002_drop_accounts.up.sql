DROP TABLE IF EXISTS accounts; -- mg:expect
