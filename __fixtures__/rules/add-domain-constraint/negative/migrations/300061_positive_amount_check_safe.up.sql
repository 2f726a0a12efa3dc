-- Not this: ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0);
SELECT 'ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0)' AS note;
ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0) NOT VALID;
ALTER DOMAIN positive_amount VALIDATE CONSTRAINT positive_amount_check;
CREATE DOMAIN percent AS integer CHECK (VALUE BETWEEN 0 AND 100);
