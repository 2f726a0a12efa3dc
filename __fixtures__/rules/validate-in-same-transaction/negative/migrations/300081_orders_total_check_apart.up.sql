-- ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check; comes after the COMMIT
BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
COMMIT;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;
ALTER TABLE orders VALIDATE CONSTRAINT orders_added_last_week;
ALTER TABLE orders ADD CONSTRAINT orders_qty_check CHECK (qty > 0) NOT VALID;
ALTER TABLE shipments VALIDATE CONSTRAINT orders_qty_check;
