-- ALTER SCHEMA billing RENAME TO invoicing;
CREATE SCHEMA invoicing;
COMMENT ON SCHEMA invoicing IS 'ALTER SCHEMA billing RENAME TO invoicing later';
ALTER TABLE billing.invoices RENAME TO invoices_old;
