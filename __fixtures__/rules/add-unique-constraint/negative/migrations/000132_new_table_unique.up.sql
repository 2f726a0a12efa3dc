CREATE TABLE slugs (id bigint, value text);
ALTER TABLE slugs ADD CONSTRAINT slugs_value_key UNIQUE (value);
