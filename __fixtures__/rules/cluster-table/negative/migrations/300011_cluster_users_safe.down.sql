CLUSTER users USING users_pkey;
