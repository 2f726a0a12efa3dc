-- Not this: CLUSTER users USING users_pkey;
SELECT 'CLUSTER users USING users_pkey' AS note;
ANALYZE users;
CREATE TABLE archive (id bigint PRIMARY KEY);
CLUSTER archive USING archive_pkey;
