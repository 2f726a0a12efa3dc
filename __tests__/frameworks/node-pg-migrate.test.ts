import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectFramework } from "../../src/core/frameworks/index.js";
import { nodePgMigrate } from "../../src/core/frameworks/node-pg-migrate.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const DIR = join("__fixtures__", "node-pg-migrate", "migrations");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["javascript", "typescript", "postgres"]);
});

function read(source: string, path = "migrations/1735689600000_x.js"): ParsedMigration {
  return nodePgMigrate.parse({ path, source, database: "postgresql" }, parsers);
}

function fixture(name: string): ParsedMigration {
  return read(readFileSync(join(DIR, name), "utf8"), `migrations/${name}`);
}

/** An up around `body` (first body line is line 2) with a real down. */
function up(body: string): ParsedMigration {
  return read(`exports.up = (pgm) => {\n${body}\n};\nexports.down = (pgm) => {\n  pgm.dropTable("x");\n};\n`);
}

function brief(list: readonly Operation[]): [string, number, string?][] {
  return list.map((o) => [o.kind, o.line, "table" in o ? o.table : undefined]);
}

describe("nodePgMigrate.matches", () => {
  const js = "exports.up = (pgm) => {\n  pgm.dropTable('a');\n};\n";
  const ts =
    'import type { MigrationBuilder } from "node-pg-migrate";\nexport async function up(pgm: MigrationBuilder): Promise<void> {}\n';
  it.each([
    ["migrations/1735689600000_a.js", js, true],
    ["migrations/1735689600000_a.ts", ts, true],
    [
      "migrations/1735689600000_a.js",
      "exports.up = function (knex) { return knex.schema.dropTable('a'); };\n",
      false,
    ],
    ["migrations/1735689600000_a.sql", js, false],
  ])("%s → %s", (path, source, expected) => {
    expect(nodePgMigrate.matches(path, source)).toBe(expected);
  });

  it("is the registry's reader for a node-pg-migrate file", () => {
    expect(detectFramework("migrations/1735689600000_a.js", js)?.id).toBe("node-pg-migrate");
  });
});

describe("node-pg-migrate: schema changes", () => {
  const r = (): ParsedMigration => fixture("1735689600000_schema-changes.js");

  it("maps pgm calls and pgm.sql SQL to operations with their lines", () => {
    expect(brief(r().operations)).toEqual([
      ["drop-column", 7, "users"],
      ["drop-column", 7, "users"],
      ["rename-column", 8, "users"],
      // Each added column at its own line.
      ["add-column", 10, "users"],
      ["add-column", 11, "users"],
      ["add-column", 12, "users"],
      ["change-column-type", 14, "posts"],
      ["set-not-null", 14, "posts"],
      ["create-table", 15, "audit"],
      ["drop-table", 19, "sessions"],
      ["rename-table", 20, "people"],
      ["add-index", 21, "users"],
      ["add-index", 22, "users"],
      ["drop-index", 23, "users"],
      ["add-constraint", 24, "orders"],
      ["drop-column", 25, "orders"],
    ]);
    expect(r().problems).toEqual([]);
  });

  it("reads column details, the previous type from down, index and constraint options", () => {
    const ops = r().operations;
    expect(ops[3]).toMatchObject({ column: "tenant_id", type: "integer", notNull: true });
    expect(ops[4]).toMatchObject({ column: "token", default: { volatile: true } });
    expect(ops[5]).toMatchObject({ column: "nickname", type: "text", notNull: false });
    // down restores text, so varchar(50) is lossy.
    expect(ops[6]).toMatchObject({ type: "varchar(50)", lossy: true });
    expect(ops[8]).toMatchObject({ columns: ["id", "action"] });
    expect(ops[11]).toMatchObject({ columns: ["email"], name: "users_email_idx", concurrently: false });
    expect(ops[12]).toMatchObject({ columns: ["handle"], unique: true, concurrently: true });
    expect(ops[13]).toMatchObject({ name: "users_old_idx", columns: ["old"] });
    expect(ops[14]).toMatchObject({ constraint: "foreign-key", name: "orders_user_fk", validated: false });
  });

  it("reads alterColumn relaxing NOT NULL and dropping a default as neither type nor NOT NULL changes", () => {
    const ops = up(
      `  pgm.alterColumn("u", "e", { notNull: false });\n  pgm.alterColumn("u", "f", { default: null });`,
    ).operations;
    expect(ops.map((o) => o.kind)).toEqual(["drop-not-null", "change-default"]);
  });

  it("makes dynamic names and unknown methods unknown operations", () => {
    const ops = up(
      `  for (const t of tables) pgm.dropTable(t);\n  pgm.frobnicate("users");\n  pgm.sql(buildSql());`,
    ).operations;
    expect(brief(ops)).toEqual([
      ["unknown", 2, undefined],
      ["unknown", 3, undefined],
      ["unknown", 4, undefined],
    ]);
  });
});

describe("node-pg-migrate: data, placeholders and reversibility", () => {
  it("reads SQL, refuses {placeholders} filled at run time, and down = false is irreversible", () => {
    const r = fixture("1735689700000_data.ts");
    expect(brief(r.operations)).toEqual([
      ["update-rows", 4, "users"],
      ["delete-rows", 5, "sessions"],
      ["unknown", 6, undefined],
      ["irreversible", 10, undefined],
    ]);
    expect(r.operations[0]).toMatchObject({ onlyNulls: true });
  });

  it("without down, only calls node-pg-migrate cannot invert make it irreversible", () => {
    const invertible = read(
      `exports.up = (pgm) => {\n  pgm.createTable("a", { id: "id" });\n  pgm.addColumns("b", { c: "text" });\n};\n`,
    );
    expect(invertible.operations.map((o) => o.kind)).toEqual(["create-table", "add-column"]);
    const notInvertible = read(
      `exports.up = (pgm) => {\n  pgm.addColumns("b", { c: "text" });\n  pgm.sql("UPDATE b SET c = 'x' WHERE c IS NULL");\n};\n`,
    );
    expect(brief(notInvertible.operations)).toEqual([
      ["add-column", 2, "b"],
      ["update-rows", 3, "b"],
      ["irreversible", 3, undefined],
    ]);
  });

  it("never reads down, strings or comments; syntax errors are problems", () => {
    expect(up(`  // pgm.dropTable("users");\n  const s = 'pgm.dropTable("users")';`).operations).toEqual([]);
    expect(read(`exports.up = (pgm) => {\n  pgm.dropTable("a";\n};\n`).problems.length).toBeGreaterThan(0);
  });
});

describe("nodePgMigrate: PostgreSQL enum types", () => {
  it("reads createType, addTypeValue, renameType, renameTypeValue and dropType for the schema history", () => {
    const r = up(
      [
        "  pgm.createType('order_status', ['new', 'paid']);",
        "  pgm.createType('point3', { x: 'int', y: 'int' });",
        "  pgm.addTypeValue('order_status', 'refunded', { after: 'paid' });",
        "  pgm.renameType('order_status', 'order_state');",
        "  pgm.renameTypeValue('order_state', 'new', 'fresh');",
        "  pgm.dropType('mood');",
        "  // pgm.dropType('order_state');",
        "  pgm.sql(\"SELECT 'pgm.createType(x, [])'\");",
      ].join("\n"),
    );
    expect(r.operations.filter((o) => o.kind !== "unknown")).toMatchObject([
      { kind: "create-enum", type: "order_status", values: ["new", "paid"], line: 2 },
      { kind: "add-enum-value", type: "order_status", value: "refunded", line: 4 },
      { kind: "rename-type", type: "order_status", newName: "order_state", line: 5 },
      { kind: "rename-enum-value", type: "order_state", value: "new", newValue: "fresh", line: 6 },
      { kind: "drop-type", type: "mood", line: 7 },
    ]);
    // dropType may drop what depends on it (cascade): still for a person to check.
    expect(brief(r.operations.filter((o) => o.kind === "unknown"))).toEqual([["unknown", 7, undefined]]);
  });
});
