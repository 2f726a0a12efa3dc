// The shared SQL reader on PostgreSQL text: operation kinds, tables, columns and host lines.
import { sqlToOperations } from "../../src/core/frameworks/sql/index.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Database, Operation } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["postgres"]);
});

function read(sql: string, database: Database = "postgresql", line = 1) {
  return sqlToOperations({ sql, database, line }, parsers);
}

function ops(sql: string, database: Database = "postgresql"): Operation[] {
  return read(sql, database).operations;
}

function kinds(sql: string): string[] {
  return ops(sql).map((o) => o.kind);
}

describe("sqlToOperations: PostgreSQL statements", () => {
  it("reads CREATE TABLE with its columns and IF NOT EXISTS", () => {
    expect(
      ops('CREATE TABLE IF NOT EXISTS app.Users (id bigint, "Email" text, CONSTRAINT pk PRIMARY KEY (id));'),
    ).toEqual([
      {
        kind: "create-table",
        table: "app.users",
        columns: ["id", "Email"],
        columnTypes: { id: "bigint", Email: "text" },
        ifNotExists: true,
        line: 1,
        endLine: 1,
      },
    ]);
  });

  it("emits one drop-table per table of a multi-table DROP, with IF EXISTS and CASCADE", () => {
    expect(ops('DROP TABLE IF EXISTS a, "B", s.c CASCADE;')).toMatchObject([
      { kind: "drop-table", table: "a", ifExists: true, cascade: true },
      { kind: "drop-table", table: "B", ifExists: true, cascade: true },
      { kind: "drop-table", table: "s.c", ifExists: true, cascade: true },
    ]);
    expect(ops("DROP TABLE a;")[0]).not.toHaveProperty("cascade");
  });

  it("reads ADD COLUMN with type, NOT NULL and a constant default", () => {
    expect(ops("ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT false;")).toEqual([
      {
        kind: "add-column",
        table: "users",
        column: "active",
        type: "boolean",
        notNull: true,
        default: { volatile: false, text: "false" },
        line: 1,
        endLine: 1,
      },
    ]);
  });

  it.each([
    ["random()", true],
    ["gen_random_uuid()", true],
    ["uuid_generate_v4()", true],
    ["clock_timestamp()", true],
    ["timeofday()", true],
    ["nextval('users_id_seq')", true],
    ["(random() * 10)::int", true],
    ["now()", false],
    ["CURRENT_TIMESTAMP", false],
    ["'pending'", false],
    ["0", false],
  ])("calls a default of %s volatile: %s", (expr, volatile) => {
    const [op] = ops(`ALTER TABLE t ADD COLUMN c text DEFAULT ${expr};`);
    expect(op).toMatchObject({ kind: "add-column", default: { volatile } });
  });

  it("treats serial, identity and stored generated columns as filled row by row", () => {
    const result = ops(
      "ALTER TABLE t ADD COLUMN a serial, ADD COLUMN b int GENERATED ALWAYS AS IDENTITY, ADD COLUMN c int GENERATED ALWAYS AS (x + 1) STORED, ADD COLUMN d int;",
    );
    expect(result.map((o) => (o.kind === "add-column" ? [o.column, o.default?.volatile] : []))).toEqual([
      ["a", true],
      ["b", true],
      ["c", true],
      ["d", undefined],
    ]);
  });

  it("reads inline constraints of an added column as constraints on the table", () => {
    expect(ops("ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);")).toMatchObject([
      { kind: "add-column", table: "orders", column: "user_id" },
      { kind: "add-constraint", table: "orders", constraint: "foreign-key", validated: true },
    ]);
  });

  it("reads DROP COLUMN, RENAME COLUMN and RENAME TO", () => {
    expect(
      ops(
        "ALTER TABLE users DROP COLUMN IF EXISTS legacy CASCADE;\nALTER TABLE users RENAME COLUMN name TO full_name;\nALTER TABLE app.users RENAME TO people;",
      ),
    ).toEqual([
      { kind: "drop-column", table: "users", column: "legacy", line: 1, endLine: 1 },
      { kind: "rename-column", table: "users", column: "name", newName: "full_name", line: 2, endLine: 2 },
      { kind: "rename-table", table: "app.users", newName: "app.people", line: 3, endLine: 3 },
    ]);
  });

  it("tells SET NOT NULL from DROP NOT NULL and SET DEFAULT from DROP DEFAULT", () => {
    const result = ops(
      "ALTER TABLE t ALTER COLUMN a SET NOT NULL, ALTER COLUMN b DROP NOT NULL, ALTER COLUMN c SET DEFAULT gen_random_uuid(), ALTER COLUMN d DROP DEFAULT;",
    );
    expect(result).toMatchObject([
      { kind: "set-not-null", table: "t", column: "a" },
      { kind: "drop-not-null", table: "t", column: "b" },
      { kind: "change-default", table: "t", column: "c", default: { volatile: true } },
      { kind: "change-default", table: "t", column: "d" },
    ]);
    expect(result[3]).not.toHaveProperty("default");
    expect(result.some((o) => o.kind === "drop-column" || o.kind === "drop-table")).toBe(false);
  });

  it("reads every kind of ADD CONSTRAINT, NOT VALID, USING INDEX, VALIDATE and DROP CONSTRAINT", () => {
    const result = ops(`
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0);
ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE USING INDEX orders_code_idx;
ALTER TABLE orders ADD PRIMARY KEY (id);
ALTER TABLE rooms ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&);
ALTER TABLE orders DROP CONSTRAINT IF EXISTS old_check;
`);
    expect(result).toEqual([
      {
        kind: "add-constraint",
        table: "orders",
        constraint: "foreign-key",
        name: "orders_user_fk",
        validated: false,
        line: 2,
        endLine: 2,
      },
      { kind: "validate-constraint", table: "orders", name: "orders_user_fk", line: 3, endLine: 3 },
      {
        kind: "add-constraint",
        table: "orders",
        constraint: "check",
        name: "positive",
        validated: true,
        line: 4,
        endLine: 4,
      },
      {
        kind: "add-constraint",
        table: "orders",
        constraint: "unique",
        name: "orders_code_key",
        validated: true,
        usingIndex: true,
        line: 5,
        endLine: 5,
      },
      {
        kind: "add-constraint",
        table: "orders",
        constraint: "primary-key",
        validated: true,
        line: 6,
        endLine: 6,
      },
      {
        kind: "add-constraint",
        table: "rooms",
        constraint: "exclusion",
        name: "no_overlap",
        validated: true,
        line: 7,
        endLine: 7,
      },
      { kind: "drop-constraint", table: "orders", name: "old_check", line: 8, endLine: 8 },
    ]);
  });

  it("reads CREATE [UNIQUE] INDEX [CONCURRENTLY] and DROP INDEX [CONCURRENTLY] as index operations only", () => {
    const result = ops(
      "CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email, lower(name));\nCREATE INDEX ON app.t (a);\nDROP INDEX users_email_idx;\nDROP INDEX CONCURRENTLY IF EXISTS public.a_idx, app.b_idx;",
    );
    expect(result).toEqual([
      {
        kind: "add-index",
        table: "users",
        columns: ["email", "(expression)"],
        name: "users_email_idx",
        unique: true,
        concurrently: true,
        line: 1,
        endLine: 1,
      },
      { kind: "add-index", table: "app.t", columns: ["a"], line: 2, endLine: 2 },
      { kind: "drop-index", name: "users_email_idx", line: 3, endLine: 3 },
      { kind: "drop-index", name: "a_idx", concurrently: true, line: 4, endLine: 4 },
      { kind: "drop-index", name: "app.b_idx", concurrently: true, line: 4, endLine: 4 },
    ]);
  });

  it("reads TRUNCATE of several tables with CASCADE", () => {
    expect(ops("TRUNCATE TABLE ONLY audit_logs, sessions RESTART IDENTITY CASCADE;")).toMatchObject([
      { kind: "truncate", tables: ["audit_logs", "sessions"], cascade: true },
    ]);
  });

  it("reads DELETE with and without a filter", () => {
    expect(ops("DELETE FROM sessions;\nDELETE FROM sessions WHERE expires_at < now();")).toMatchObject([
      { kind: "delete-rows", table: "sessions", filtered: false, line: 1 },
      { kind: "delete-rows", table: "sessions", filtered: true, line: 2 },
    ]);
  });

  it("reads UPDATE columns, filter and whether it only fills NULLs", () => {
    const result = ops(`UPDATE users SET plan = 'free';
UPDATE users SET plan = 'free', tier = 1 WHERE plan IS NULL AND tier IS NULL AND id < 1000;
UPDATE users SET plan = 'free', tier = 1 WHERE plan IS NULL;
UPDATE users SET plan = 'free' WHERE plan IS NULL OR plan = '';
UPDATE users SET plan = 'free' WHERE users.plan IS NULL;
UPDATE users SET plan = 'free' WHERE plan IS NOT NULL;`);
    expect(
      result.map((o) => (o.kind === "update-rows" ? [o.columns, o.filtered, o.onlyNulls] : o.kind)),
    ).toEqual([
      [["plan"], false, false],
      [["plan", "tier"], true, true],
      [["plan", "tier"], true, false],
      [["plan"], true, false],
      [["plan"], true, true],
      [["plan"], true, false],
    ]);
  });

  it("follows DELETE and UPDATE inside a WITH query", () => {
    expect(
      kinds("WITH gone AS (DELETE FROM events RETURNING *) INSERT INTO archive SELECT * FROM gone;"),
    ).toEqual(["delete-rows"]);
  });

  it("produces nothing for statements without schema or data effect", () => {
    const sql = `BEGIN;
SET lock_timeout = '5s';
SET search_path TO app;
COMMENT ON TABLE users IS 'DROP TABLE users';
GRANT SELECT ON users TO reader;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
SELECT 'DROP TABLE users', count(*) FROM users;
INSERT INTO users (email) VALUES ('a@b.c');
CREATE VIEW v AS SELECT * FROM users;
CREATE SEQUENCE s;
COMMIT;`;
    expect(ops(sql)).toEqual([]);
  });

  it("ignores what CREATE FUNCTION and CREATE TRIGGER bodies would do later", () => {
    const sql = `CREATE OR REPLACE FUNCTION purge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM sessions;
  DROP TABLE scratch;
  RETURN NEW;
END
$$;
CREATE TRIGGER purge_trigger AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION purge();
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC; UPDATE counters SET n = n + 1; SELECT a + b; END;`;
    expect(ops(sql)).toEqual([]);
  });

  it("turns a DO block into an unknown operation on its lines", () => {
    expect(ops("SELECT 1;\nDO $$\nBEGIN\n  DELETE FROM sessions;\nEND $$;")).toMatchObject([
      { kind: "unknown", reason: "DO block", line: 2, endLine: 5 },
    ]);
  });

  it("turns CALL into an unknown operation, and CLUSTER and VACUUM FULL into their own, but not plain VACUUM", () => {
    expect(
      kinds("CALL cleanup();\nCLUSTER users USING users_pkey;\nVACUUM FULL users;\nVACUUM users;"),
    ).toEqual(["unknown", "cluster", "vacuum-full"]);
    expect(ops("CLUSTER;\nVACUUM (FULL, ANALYZE) a, b;")).toMatchObject([
      { kind: "cluster", line: 1 },
      { kind: "vacuum-full", tables: ["a", "b"], line: 2 },
    ]);
  });

  it("reads REINDEX, DETACH PARTITION and ALTER DOMAIN with their CONCURRENTLY and NOT VALID", () => {
    expect(
      ops(
        "REINDEX TABLE orders;\nREINDEX (CONCURRENTLY) INDEX i;\n" +
          "ALTER TABLE events DETACH PARTITION e2020;\nALTER TABLE events DETACH PARTITION e2021 CONCURRENTLY;\n" +
          "ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0);\nALTER DOMAIN d ADD CONSTRAINT c2 CHECK (VALUE > 1) NOT VALID;\n" +
          "ALTER DOMAIN d SET NOT NULL;\nALTER DOMAIN d DROP NOT NULL;",
      ),
    ).toEqual([
      { kind: "reindex", target: "table", name: "orders", line: 1, endLine: 1 },
      { kind: "reindex", target: "index", name: "i", concurrently: true, line: 2, endLine: 2 },
      { kind: "detach-partition", table: "events", partition: "e2020", line: 3, endLine: 3 },
      {
        kind: "detach-partition",
        table: "events",
        partition: "e2021",
        concurrently: true,
        line: 4,
        endLine: 4,
      },
      { kind: "add-domain-constraint", domain: "d", name: "c", validated: true, line: 5, endLine: 5 },
      { kind: "add-domain-constraint", domain: "d", name: "c2", validated: false, line: 6, endLine: 6 },
      { kind: "add-domain-constraint", domain: "d", name: "NOT NULL", validated: true, line: 7, endLine: 7 },
    ]);
  });

  it("marks CONCURRENTLY statements inside BEGIN ... COMMIT, and numbers the transactions constraints run in", () => {
    const read = ops(
      "CREATE INDEX CONCURRENTLY a ON t (x);\nBEGIN;\nCREATE INDEX CONCURRENTLY b ON t (y);\n" +
        "ALTER TABLE t ADD CONSTRAINT c CHECK (x IS NOT NULL) NOT VALID;\nCOMMIT;\n" +
        "ALTER TABLE t VALIDATE CONSTRAINT c;\nDROP INDEX CONCURRENTLY a;",
    );
    expect(read).toMatchObject([
      { kind: "add-index", name: "a", concurrently: true },
      { kind: "add-index", name: "b", concurrently: true, inTransactionBlock: true },
      { kind: "add-constraint", name: "c", validated: false, notNullColumn: "x" },
      { kind: "validate-constraint", name: "c", transaction: 1 },
      { kind: "drop-index", name: "a", concurrently: true },
    ]);
    expect(read[0]).not.toHaveProperty("inTransactionBlock");
    expect(read[2]).not.toHaveProperty("transaction");
    expect(read[4]).not.toHaveProperty("inTransactionBlock");
  });

  it("keeps notNullColumn to the exact `col IS NOT NULL` check", () => {
    const checks = ops(
      "ALTER TABLE t ADD CONSTRAINT a CHECK (x IS NOT NULL OR y IS NOT NULL);\n" +
        "ALTER TABLE t ADD CONSTRAINT b CHECK (t.x IS NOT NULL);\nALTER TABLE t ADD CONSTRAINT c CHECK (x IS NULL);",
    );
    for (const op of checks) expect(op).not.toHaveProperty("notNullColumn");
  });

  it("reads DROP SCHEMA and DROP SEQUENCE as what they drop; a view or function drop holds no rows", () => {
    expect(ops("DROP SCHEMA old CASCADE;")).toMatchObject([
      { kind: "drop-schema", name: "old", cascade: true },
    ]);
    expect(ops("DROP SCHEMA IF EXISTS a, b;")).toMatchObject([
      { kind: "drop-schema", name: "a", ifExists: true },
      { kind: "drop-schema", name: "b", ifExists: true },
    ]);
    expect(ops("DROP SEQUENCE app.order_seq;")).toMatchObject([
      { kind: "drop-sequence", name: "app.order_seq" },
    ]);
    expect(kinds("DROP VIEW v; DROP FUNCTION f(); DROP TRIGGER t ON users; DROP POLICY p ON users;")).toEqual(
      [],
    );
  });

  it("reads DROP DATABASE as drop-database, IF EXISTS or not (it used to pass with no finding)", () => {
    expect(ops("DROP DATABASE IF EXISTS shop;")).toMatchObject([
      { kind: "drop-database", name: "shop", ifExists: true, line: 1 },
    ]);
    // The words in a comment or a string are not the statement.
    expect(kinds("-- DROP DATABASE shop;\nSELECT 'DROP DATABASE shop';")).toEqual([]);
  });

  it("reads ALTER SCHEMA ... RENAME and ALTER TYPE ... RENAME VALUE; ADD VALUE changes no row", () => {
    expect(ops("ALTER SCHEMA billing RENAME TO invoicing;")).toMatchObject([
      { kind: "rename-schema", name: "billing", newName: "invoicing" },
    ]);
    expect(ops("ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';")).toMatchObject([
      { kind: "rename-enum-value", type: "mood", value: "sad", newValue: "unhappy" },
    ]);
    expect(kinds("ALTER TYPE mood ADD VALUE 'calm';")).toEqual(["add-enum-value"]);
  });

  it("reads an enum type's life for the schema history: created, a value added, renamed, dropped", () => {
    expect(ops("CREATE TYPE public.mood AS ENUM ('ok', 'sad');")).toMatchObject([
      { kind: "create-enum", type: "public.mood", values: ["ok", "sad"] },
    ]);
    expect(ops("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'calm' BEFORE 'sad';")).toMatchObject([
      { kind: "add-enum-value", type: "mood", value: "calm" },
    ]);
    expect(ops("ALTER TYPE app.mood RENAME TO feeling;")).toMatchObject([
      { kind: "rename-type", type: "app.mood", newName: "app.feeling" },
    ]);
    expect(ops("DROP TYPE IF EXISTS mood, app.feeling;")).toMatchObject([
      { kind: "drop-type", type: "mood", ifExists: true },
      { kind: "drop-type", type: "app.feeling", ifExists: true },
    ]);
    // CASCADE is still for a person to check whatever the history knows of the type.
    expect(kinds("DROP TYPE mood CASCADE;")).toEqual(["drop-type", "unknown"]);
    // The words in a comment or a string are no statement.
    expect(kinds("-- DROP TYPE mood;\nCOMMENT ON TYPE mood IS 'DROP TYPE mood CASCADE';")).toEqual([]);
  });

  it("fails closed on a statement kind it does not list as harmless (it used to read it as nothing)", () => {
    for (const sql of [
      "ALTER SYSTEM SET work_mem = '1GB';",
      "COPY users FROM '/tmp/users.csv';",
      "DROP OWNED BY app_user;",
      "CREATE RULE r AS ON INSERT TO users DO INSTEAD NOTHING;",
      "ALTER TABLE users SET UNLOGGED;",
      "ALTER TABLE users SET SCHEMA archive;",
      "DROP TABLESPACE fast;",
    ]) {
      expect([sql, kinds(sql)]).toEqual([sql, ["unknown"]]);
    }
  });

  it("reads EXPLAIN ANALYZE as the statement it runs; plain EXPLAIN plans only", () => {
    expect(ops("EXPLAIN ANALYZE DELETE FROM users;")).toMatchObject([
      { kind: "delete-rows", table: "users", filtered: false },
    ]);
    expect(ops("EXPLAIN (ANALYZE, BUFFERS) UPDATE users SET name = NULL;")).toMatchObject([
      { kind: "update-rows", table: "users", columns: ["name"] },
    ]);
    expect(
      ops("EXPLAIN (ANALYZE true) SELECT pg_terminate_backend(pid) FROM pg_stat_activity;"),
    ).toMatchObject([{ kind: "unknown" }]);
    for (const sql of [
      "EXPLAIN DELETE FROM users;",
      "EXPLAIN (ANALYZE false) DELETE FROM users;",
      "EXPLAIN (ANALYZE off, COSTS) DELETE FROM users;",
      "-- EXPLAIN ANALYZE DELETE FROM users;\nSELECT 'EXPLAIN ANALYZE DELETE FROM users';",
    ]) {
      expect([sql, kinds(sql)]).toEqual([sql, []]);
    }
  });

  it("holds a row statement that calls a function off the pure list for review", () => {
    for (const sql of [
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'shop';",
      "SELECT setval('users_id_seq', 1, false);",
      "SELECT my_cleanup();",
      "SELECT public.now();",
      "(SELECT archive_orders());",
      "WITH x AS (SELECT purge_old()) SELECT 1;",
      "INSERT INTO audit (note) VALUES (reset_counters());",
    ]) {
      expect([sql, kinds(sql)]).toEqual([sql, ["unknown"]]);
    }
    // Still what it was, with the call held beside it.
    expect(kinds("DELETE FROM users WHERE id = purge_user(1);")).toEqual(["unknown", "delete-rows"]);
    expect(kinds("CREATE TABLE t AS SELECT wipe();")).toEqual(["unknown", "create-table"]);
    expect(ops("SELECT setval('s', 1);")[0]).toMatchObject({ reason: expect.stringContaining("setval()") });
  });

  it("reads a row statement that calls only listed pure functions as nothing", () => {
    const sql = [
      "SELECT now(), count(*), max(id), coalesce(a, b), current_timestamp, lower(email) FROM users;",
      "SELECT pg_catalog.now();",
      "INSERT INTO notes (id, at) VALUES (gen_random_uuid(), now());",
      "SELECT set_config('search_path', 'public', false);",
      "SELECT pg_sleep(3);",
      "-- SELECT pg_terminate_backend(1);",
      "SELECT 'SELECT setval(1)';",
    ].join("\n");
    expect(kinds(sql)).toEqual([]);
    expect(kinds("UPDATE users SET email = lower(trim(email));")).toEqual(["update-rows"]);
  });

  it("reads the statements known to change no data as nothing", () => {
    const sql = [
      "BEGIN;",
      "SET statement_timeout = 0;",
      "COMMENT ON TABLE users IS 'drop table users';",
      "GRANT SELECT ON users TO reporting;",
      "CREATE VIEW v AS SELECT 1;",
      "CREATE FUNCTION f() RETURNS int AS $$ DELETE FROM users; SELECT 1 $$ LANGUAGE sql;",
      "CREATE EXTENSION IF NOT EXISTS citext;",
      "CREATE SCHEMA reporting;",
      "CREATE SEQUENCE s;",
      "CREATE TYPE point3 AS (x int, y int, z int);",
      "ALTER TABLE users OWNER TO app, ENABLE ROW LEVEL SECURITY;",
      "ALTER TABLE users ALTER COLUMN email SET STATISTICS 500;",
      "LOCK TABLE users IN SHARE MODE;",
      "COMMIT;",
    ].join("\n");
    expect(kinds(sql)).toEqual([]);
  });

  it("reads MERGE clauses that update or delete rows", () => {
    const sql =
      "MERGE INTO stock s USING incoming i ON s.id = i.id WHEN MATCHED AND i.qty = 0 THEN DELETE WHEN MATCHED THEN UPDATE SET qty = i.qty WHEN NOT MATCHED THEN INSERT VALUES (i.id, i.qty);";
    expect(ops(sql)).toMatchObject([
      { kind: "delete-rows", table: "stock", filtered: true },
      { kind: "update-rows", table: "stock", columns: ["qty"], filtered: true },
    ]);
  });

  it("reads SELECT ... INTO as a table creation and ignores column renames of views", () => {
    expect(
      ops("SELECT * INTO users_copy FROM users;\nALTER MATERIALIZED VIEW m RENAME COLUMN a TO b;"),
    ).toMatchObject([{ kind: "create-table", table: "users_copy", line: 1 }]);
  });

  it("reads CREATE TABLE AS as a table creation", () => {
    expect(ops("CREATE TABLE backup_users AS SELECT * FROM users;")).toMatchObject([
      { kind: "create-table", table: "backup_users" },
    ]);
  });
});

describe("sqlToOperations: names", () => {
  it("folds unquoted names to lower case, keeps quoted case and the schema", () => {
    expect(ops('ALTER TABLE Public.Users DROP COLUMN "LegacyId";\nDROP TABLE "App"."Orders";')).toMatchObject(
      [
        { kind: "drop-column", table: "public.users", column: "LegacyId" },
        { kind: "drop-table", table: "App.Orders" },
      ],
    );
  });
});

describe("sqlToOperations: lines", () => {
  it("puts each statement on the line of its first real token, after comments and blank lines", () => {
    const sql =
      "\n\n-- remove the old column\n/* a block\n   comment */\n\n  ALTER TABLE users\n    DROP COLUMN legacy;\n";
    expect(ops(sql)).toEqual([
      { kind: "drop-column", table: "users", column: "legacy", line: 7, endLine: 8 },
    ]);
  });

  it("offsets lines by the host line where the SQL starts", () => {
    const result = read("UPDATE a SET b = 1;\n\nDELETE FROM c;", "postgresql", 41);
    expect(result.operations.map((o) => [o.kind, o.line, o.endLine])).toEqual([
      ["update-rows", 41, 41],
      ["delete-rows", 43, 43],
    ]);
  });

  it("counts lines right after non-ASCII text (byte offsets are not string offsets)", () => {
    const sql =
      "-- Ünïcödé: 日本語のコメント 🚀🚀🚀\nCOMMENT ON TABLE t IS 'café ☕ naïve — “quoted”';\nINSERT INTO t (name) VALUES ('Zoë 🎉');\n\nDROP TABLE t;\nALTER TABLE \"tëst\" DROP COLUMN \"naïve\";";
    expect(ops(sql)).toEqual([
      { kind: "drop-table", table: "t", line: 5, endLine: 5 },
      { kind: "drop-column", table: "tëst", column: "naïve", line: 6, endLine: 6 },
    ]);
  });

  it("starts every ALTER TABLE clause at the statement and ends it at the clause", () => {
    const sql =
      "ALTER TABLE users\n  ADD COLUMN a int,\n  DROP COLUMN b,\n  ALTER COLUMN c\n    SET NOT NULL;";
    expect(ops(sql).map((o) => [o.kind, o.line, o.endLine])).toEqual([
      ["add-column", 1, 2],
      ["drop-column", 1, 3],
      ["set-not-null", 1, 5],
    ]);
  });

  it("spans a multi-line statement from its first to its last token", () => {
    const sql = "DELETE\nFROM sessions\nWHERE created_at < now() - interval '1 day'\n;\n";
    expect(ops(sql)).toMatchObject([{ kind: "delete-rows", line: 1, endLine: 3 }]);
  });
});

describe("sqlToOperations: comments and literals", () => {
  it("returns every -- and /* */ comment with its lines and without its markers", () => {
    const result = read(
      "-- migration-guard:allow drop-table -- archived first\nDROP TABLE old; /* trailing */\n/* two\nlines */\nSELECT 1;",
      "postgresql",
      10,
    );
    expect(result.comments).toEqual([
      { text: " migration-guard:allow drop-table -- archived first", line: 10, endLine: 10 },
      { text: " trailing ", line: 11, endLine: 11 },
      { text: " two\nlines ", line: 12, endLine: 13 },
    ]);
  });

  it("finds no operation in drops written inside comments and string literals", () => {
    const sql = `-- DROP TABLE users;
/* ALTER TABLE users DROP COLUMN email; */
SELECT 'DROP TABLE users; DELETE FROM users';
SELECT $tag$ TRUNCATE users; $tag$;
SELECT E'it\\'s; DROP TABLE users';
SELECT "DROP TABLE x" FROM (SELECT 1 AS "DROP TABLE x") s;`;
    expect(ops(sql)).toEqual([]);
  });

  it("returns no problems for valid SQL and an empty result for empty text", () => {
    expect(read("SELECT 1;").problems).toEqual([]);
    expect(read("")).toEqual({ operations: [], comments: [], problems: [] });
    expect(read("  -- only a comment\n")).toMatchObject({ operations: [], problems: [] });
  });
});

describe("sqlToOperations: column type changes", () => {
  function change(sql: string) {
    const op = ops(sql)
      .filter((o) => o.kind === "change-column-type")
      .pop();
    if (op?.kind !== "change-column-type") throw new Error(`no type change in ${sql}`);
    return { type: op.type, widening: op.widening ?? false, lossy: op.lossy ?? false };
  }

  it.each([
    ["varchar(50)", "varchar(100)", true, false],
    ["varchar(50)", "text", true, false],
    ["varchar(100)", "varchar(50)", false, true],
    ["text", "varchar(255)", false, true],
    ["numeric(10,2)", "numeric(12,2)", true, false],
    ["numeric(12,2)", "numeric(10,2)", false, true],
    ["bigint", "integer", false, true],
    ["integer", "smallint", false, true],
    ["double precision", "integer", false, true],
    ["numeric", "bigint", false, true],
    ["timestamp", "date", false, true],
    ["integer", "boolean", false, true],
    // int → bigint keeps every value, but PostgreSQL rewrites the table: not "widening".
    ["integer", "bigint", false, false],
  ])(
    "knows %s → %s (widening %s, lossy %s) when the old type is in the same SQL",
    (from, to, widening, lossy) => {
      expect(change(`CREATE TABLE t (c ${from});\nALTER TABLE t ALTER COLUMN c TYPE ${to};`)).toMatchObject({
        widening,
        lossy,
      });
    },
  );

  it("is conservative without the old type: narrow targets are lossy, nothing is widening", () => {
    expect(change("ALTER TABLE t ALTER COLUMN c TYPE varchar(20);")).toEqual({
      type: "varchar(20)",
      widening: false,
      lossy: true,
    });
    expect(change("ALTER TABLE t ALTER COLUMN c TYPE smallint;")).toMatchObject({ lossy: true });
    expect(change("ALTER TABLE t ALTER COLUMN c TYPE boolean USING c <> 0;")).toMatchObject({ lossy: true });
    expect(change("ALTER TABLE t ALTER COLUMN c TYPE text;")).toEqual({
      type: "text",
      widening: false,
      lossy: false,
    });
    expect(change("ALTER TABLE t ALTER COLUMN c TYPE bigint;")).toEqual({
      type: "bigint",
      widening: false,
      lossy: false,
    });
  });

  it("remembers a type added earlier in the same text", () => {
    expect(
      change(
        "ALTER TABLE t ADD COLUMN c varchar(10);\nALTER TABLE t ALTER COLUMN c SET DATA TYPE varchar(40);",
      ),
    ).toMatchObject({ widening: true, lossy: false });
  });
});
