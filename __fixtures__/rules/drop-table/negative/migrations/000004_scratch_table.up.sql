CREATE TABLE scratch_totals (user_id bigint, total numeric);
INSERT INTO scratch_totals SELECT user_id, sum(amount) FROM payments GROUP BY user_id;
DROP TABLE scratch_totals;
