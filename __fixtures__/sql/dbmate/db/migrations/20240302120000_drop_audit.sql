-- migrate:up transaction:false
DROP TABLE audit;

-- migrate:down
