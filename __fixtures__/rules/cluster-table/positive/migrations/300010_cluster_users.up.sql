-- cluster users
CLUSTER users USING users_pkey; -- mg:expect
CLUSTER; -- mg:expect
