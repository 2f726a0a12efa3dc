ALTER TABLE invoices ALTER COLUMN number SET DEFAULT 0;
DROP SEQUENCE invoice_number_seq; -- mg:expect
