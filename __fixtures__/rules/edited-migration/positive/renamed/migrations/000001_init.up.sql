-- mg:expect: renamed after it ran
CREATE TABLE orders (id bigint PRIMARY KEY);
