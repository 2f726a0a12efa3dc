-- Orders lose their coupon code.
ALTER TABLE orders DROP COLUMN coupon_code;
