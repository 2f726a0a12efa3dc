-- DROP SEQUENCE invoice_number_seq;
CREATE SEQUENCE invoice_number_seq;
COMMENT ON SEQUENCE invoice_number_seq IS 'do not DROP SEQUENCE this one';
