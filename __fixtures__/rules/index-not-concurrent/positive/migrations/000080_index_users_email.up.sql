CREATE INDEX users_email_idx ON users (email); -- mg:expect
CREATE UNIQUE INDEX users_handle_key ON users (handle); -- mg:expect
