ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email); -- mg:expect
ALTER TABLE tags ADD PRIMARY KEY (id); -- mg:expect
