ALTER TABLE users ADD COLUMN status text DEFAULT 'active';
ALTER TABLE users ADD COLUMN joined_at timestamptz DEFAULT now();
CREATE TABLE api_keys (id bigint, secret uuid DEFAULT gen_random_uuid());
