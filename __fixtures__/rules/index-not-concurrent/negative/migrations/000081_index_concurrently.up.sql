-- CREATE INDEX users_email_idx ON users (email);
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
