CREATE TABLE profiles (id bigint PRIMARY KEY, headline text, seen_at timestamp(6));
ALTER TABLE legacy ALTER COLUMN code TYPE varchar(10); -- mg:expect
