CREATE TABLE profiles (id bigint PRIMARY KEY, headline varchar(50), bio text);
