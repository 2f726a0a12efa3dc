-- A statement PostgreSQL would reject: the parser's message, never the tokenizer's guess (it read DROP here).
CREATE TABLE audit (id bigint);
ALTER TABLE users DROPP COLUMN email; -- mg:expect
