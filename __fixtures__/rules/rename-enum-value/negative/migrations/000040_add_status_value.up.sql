-- ALTER TYPE order_status RENAME VALUE 'canceled' TO 'cancelled';
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';
COMMENT ON TYPE order_status IS 'RENAME VALUE needs a release of its own';
