-- positive amount check
ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0); -- mg:expect
ALTER DOMAIN email_address SET NOT NULL; -- mg:expect
