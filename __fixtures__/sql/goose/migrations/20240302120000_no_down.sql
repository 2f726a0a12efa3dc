-- +goose NO TRANSACTION
-- +goose Up
DROP INDEX CONCURRENTLY orders_status_idx;
