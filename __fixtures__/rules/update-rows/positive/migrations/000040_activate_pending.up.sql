UPDATE users SET status = 'active' WHERE status = 'pending'; -- mg:expect
UPDATE users SET email = lower(email); -- mg:expect
