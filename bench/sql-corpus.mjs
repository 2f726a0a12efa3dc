// A PostgreSQL corpus in one folder, as a monorepo's golang-migrate tree looks: `migrations/NNNNNN_name.up.sql`,
// ~28 lines each of everyday DDL and DML. Ours, deterministic; squawk reads the same files in the bench.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const TABLES = ["users", "orders", "invoices", "carts", "products", "payments", "sessions", "events"];
const COLUMNS = ["email", "status", "amount_cents", "legacy_id", "notes", "region", "deleted_at", "token"];

const TEMPLATES = [
  (n, t, c) => `-- ${n}: ${t} gets a ${c} history table
BEGIN;

CREATE TABLE ${t}_${c}_history_${n} (
    id bigserial PRIMARY KEY,
    ${t}_id bigint NOT NULL REFERENCES ${t} (id),
    ${c} text,
    changed_by text NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX ${t}_${c}_history_${n}_idx ON ${t}_${c}_history_${n} (${t}_id, changed_at);

ALTER TABLE ${t} ADD COLUMN ${c}_checked_${n} boolean;
ALTER TABLE ${t} ALTER COLUMN ${c}_checked_${n} SET DEFAULT false;

INSERT INTO ${t}_${c}_history_${n} (${t}_id, ${c})
SELECT id, ${c}::text
FROM ${t}
WHERE ${c} IS NOT NULL
  AND created_at > now() - interval '30 days';

COMMENT ON TABLE ${t}_${c}_history_${n} IS 'history of ${t}.${c}';

UPDATE ${t}
SET ${c}_checked_${n} = true
WHERE id IN (SELECT ${t}_id FROM ${t}_${c}_history_${n});

COMMIT;
`,
  (n, t, c) => `-- ${n}: tidy ${t}.${c}
ALTER TABLE ${t} ADD COLUMN ${c}_v${n} varchar(255);

ALTER TABLE ${t} ALTER COLUMN status SET NOT NULL;

ALTER TABLE ${t} DROP COLUMN IF EXISTS old_${c};

CREATE INDEX CONCURRENTLY IF NOT EXISTS ${t}_${c}_v${n}_idx
    ON ${t} (${c}_v${n})
    WHERE deleted_at IS NULL;

ALTER TABLE ${t}
    ADD CONSTRAINT ${t}_${c}_v${n}_check CHECK (char_length(${c}_v${n}) < 200) NOT VALID;

ALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_${c}_v${n}_check;

UPDATE ${t}
SET ${c}_v${n} = lower(trim(${c}::text)),
    updated_at = now()
WHERE ${c}_v${n} IS NULL;

DELETE FROM ${t}
WHERE deleted_at < now() - interval '2 years';

CREATE OR REPLACE VIEW active_${t}_${n} AS
    SELECT id, ${c}_v${n}, created_at
    FROM ${t}
    WHERE deleted_at IS NULL;

ANALYZE ${t};
`,
  (n, t, c) => `-- ${n}: ${t} audit trail
CREATE TYPE ${t}_state_${n} AS ENUM ('new', 'active', 'archived');

CREATE TABLE IF NOT EXISTS ${t}_audit_${n} (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${t}_id bigint NOT NULL,
    state ${t}_state_${n} NOT NULL DEFAULT 'new',
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ${t}_audit_${n}_fk FOREIGN KEY (${t}_id) REFERENCES ${t} (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ${t}_audit_${n}_uniq ON ${t}_audit_${n} (${t}_id, created_at);

ALTER TABLE ${t} RENAME COLUMN ${c} TO ${c}_${n};

ALTER TABLE ${t} ALTER COLUMN amount_cents TYPE bigint;

ALTER TABLE ${t} ADD COLUMN region_${n} text NOT NULL DEFAULT 'eu';

DROP INDEX IF EXISTS ${t}_legacy_${n}_idx;

GRANT SELECT, INSERT ON ${t}_audit_${n} TO app_writer;

INSERT INTO ${t}_audit_${n} (${t}_id, payload)
VALUES (1, '{"seed": true}'), (2, '{"seed": true}');

TRUNCATE ${t}_staging;

DROP TABLE IF EXISTS ${t}_tmp_${n};
`,
];

/** `count` files named `migrations/NNNNNN_name.up.sql` under `dir`; returns the folder. */
export function writeSqlCorpus(dir, count) {
  const folder = join(dir, "migrations");
  mkdirSync(folder, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const t = TABLES[(i * 7) % TABLES.length];
    const c = COLUMNS[(i * 3) % COLUMNS.length];
    const name = `${String(i).padStart(6, "0")}_change_${t}_${c}.up.sql`;
    writeFileSync(join(folder, name), TEMPLATES[i % TEMPLATES.length](i, t, c));
  }
  return folder;
}
