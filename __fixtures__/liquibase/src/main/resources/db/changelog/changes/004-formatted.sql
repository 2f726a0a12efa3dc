--liquibase formatted sql

--changeset shop:7
ALTER TABLE payments DROP COLUMN card_last4;
--rollback ALTER TABLE payments ADD COLUMN card_last4 varchar(4);

--changeset shop:8
-- DROP TABLE refunds;
CREATE INDEX payments_status_idx ON payments (status);
--rollback DROP TABLE payments;
