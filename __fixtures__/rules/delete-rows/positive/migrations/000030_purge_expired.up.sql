DELETE FROM sessions WHERE expires_at < now(); -- mg:expect
DELETE FROM carts; -- mg:expect
