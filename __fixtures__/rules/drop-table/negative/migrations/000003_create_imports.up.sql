CREATE TABLE imports (
  id bigserial PRIMARY KEY,
  payload jsonb NOT NULL
);
