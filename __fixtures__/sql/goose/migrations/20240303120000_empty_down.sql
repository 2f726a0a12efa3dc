-- +goose Up
DROP TABLE audit_2019;

-- +goose Down
-- nothing to do: the data is gone
