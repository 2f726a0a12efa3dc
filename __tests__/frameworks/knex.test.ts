import { readFileSync } from "node:fs";
import { join } from "node:path";
import { knex } from "../../src/core/frameworks/knex.js";
import { detectFramework } from "../../src/core/frameworks/index.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const DIR = join("__fixtures__", "knex", "migrations");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["javascript", "typescript", "postgres"]);
});

function read(source: string, path = "migrations/20250101000000_x.js"): ParsedMigration {
  return knex.parse({ path, source, database: "postgresql" }, parsers);
}

function fixture(name: string): ParsedMigration {
  return read(readFileSync(join(DIR, name), "utf8"), `migrations/${name}`);
}

/** An up function around `body` (first line of the body is line 2) with a real down. */
function up(body: string, path?: string): ParsedMigration {
  return read(
    `exports.up = async function (knex) {\n${body}\n};\nexports.down = async function (knex) {\n  await knex.schema.dropTable("x");\n};\n`,
    path,
  );
}

function brief(list: readonly Operation[]): [string, number, string?][] {
  return list.map((o) => [
    o.kind,
    o.line,
    "table" in o ? o.table : "tables" in o ? o.tables.join(",") : undefined,
  ]);
}

describe("knex.matches", () => {
  const cjs = "exports.up = function (knex) { return knex.schema.dropTable('a'); };\n";
  const esm = 'import type { Knex } from "knex";\nexport async function up(knex: Knex) {}\n';
  it.each([
    ["migrations/20250101000000_a.js", cjs, true],
    ["db/migrations/20250101000000_a.ts", esm, true],
    ["migrations/20250101000000_a.cjs", cjs, true],
    ["migrations/20250101000000_a.d.ts", esm, false],
    [
      "migrations/20250101000000_a.js",
      "exports.seed = function (knex) { return knex('a').del(); };\n",
      false,
    ],
    ["migrations/20250101000000_a.js", "exports.up = (pgm) => { pgm.dropTable('a'); };\n", false],
    ["migrations/20250101000000_a.rb", cjs, false],
    ["migrations/20250101000000_a.js", "exports.up = (db) => db.schema.createTable('a', () => {});\n", true],
  ])("%s → %s", (path, source, expected) => {
    expect(knex.matches(path, source)).toBe(expected);
  });

  it("is the registry's reader for a Knex file and not for a Sequelize one", () => {
    expect(detectFramework("migrations/20250101000000_a.js", cjs)?.id).toBe("knex");
  });
});

describe("knex: schema builder", () => {
  const r = (): ParsedMigration => fixture("20250101000000_schema_changes.js");

  it("maps table builder calls, chained schema calls and raw SQL to operations with their lines", () => {
    expect(brief(r().operations)).toEqual([
      ["drop-column", 4, "users"],
      ["drop-column", 5, "users"],
      ["drop-column", 5, "users"],
      ["rename-column", 6, "users"],
      ["add-column", 7, "users"],
      ["add-column", 8, "users"],
      ["change-column-type", 9, "users"],
      ["drop-not-null", 9, "users"],
      ["add-index", 10, "users"],
      ["add-constraint", 11, "users"],
      ["add-constraint", 12, "users"],
      ["drop-table", 15, "sessions"],
      ["rename-table", 16, "people"],
      ["create-table", 17, "audit"],
      ["drop-column", 22, "orders"],
    ]);
    expect(r().problems).toEqual([]);
  });

  it("reads column details: NOT NULL, types, the previous type from down, create-table columns", () => {
    const ops = r().operations;
    expect(ops[4]).toMatchObject({ column: "tenant", type: "varchar(64)", notNull: true });
    expect(ops[5]).toMatchObject({ column: "nickname", notNull: false });
    // down restores string(100), so text is a widening.
    expect(ops[6]).toMatchObject({ column: "bio", type: "text", widening: true });
    expect(ops[13]).toMatchObject({ columns: ["id", "action", "created_at", "updated_at"] });
  });

  it("keeps comments and never reads them", () => {
    expect(r().comments.map((c) => c.line)).toEqual([1]);
  });

  it("flags a narrowing alter as lossy, and NOT NULL through alter", () => {
    const ops = up(
      `  await knex.schema.alterTable("items", (t) => {\n    t.text("title");\n  });\n  await knex.schema.table("items", (t) => {\n    t.string("title", 20).notNullable().alter();\n  });`,
    ).operations;
    expect(ops.map((o) => o.kind)).toEqual(["add-column", "change-column-type", "set-not-null"]);
    expect(ops[1]).toMatchObject({ line: 6, lossy: true });
  });

  it("reads volatile and stable defaults", () => {
    const ops = up(
      `  await knex.schema.alterTable("t", (t) => {\n    t.uuid("a").defaultTo(knex.raw("gen_random_uuid()"));\n    t.timestamp("b").defaultTo(knex.fn.now());\n    t.integer("c").notNullable().defaultTo(0);\n    t.increments("d");\n  });`,
    ).operations;
    expect(
      ops.map((o) => (o.kind === "add-column" ? [o.column, o.default?.volatile, o.notNull] : o.kind)),
    ).toEqual([
      ["a", true, false],
      ["b", false, false],
      ["c", false, true],
      ["d", true, true],
    ]);
  });

  it("reads withSchema, drop index / constraint / nullable helpers", () => {
    const ops = up(
      `  await knex.schema.withSchema("app").alterTable("t", (t) => {\n    t.dropIndex(["a"], "t_a_idx");\n    t.dropUnique(["b"]);\n    t.dropNullable("c");\n    t.setNullable("d");\n    t.dropTimestamps();\n  });`,
    ).operations;
    expect(brief(ops)).toEqual([
      ["drop-index", 3, "app.t"],
      ["drop-constraint", 4, "app.t"],
      ["set-not-null", 5, "app.t"],
      ["drop-not-null", 6, "app.t"],
      ["drop-column", 7, "app.t"],
      ["drop-column", 7, "app.t"],
    ]);
    expect(ops[0]).toMatchObject({ name: "t_a_idx", columns: ["a"] });
  });

  it("follows constants, helpers and .then() chains", () => {
    const ops = read(
      `const TABLE = "users";\nasync function drop(k) {\n  await k.schema.alterTable(TABLE, (t) => t.dropColumn("x"));\n}\nexports.up = function (knex) {\n  return knex.schema.createTable("a", () => {}).then(() => drop(knex));\n};\nexports.down = function (knex) { return knex.schema.dropTable("a"); };\n`,
    ).operations;
    expect(brief(ops)).toEqual([
      ["create-table", 6, "a"],
      ["drop-column", 3, "users"],
    ]);
  });

  it("makes dynamic names and unknown builder methods unknown operations", () => {
    const ops = up(
      `  for (const name of tables) await knex.schema.dropTable(name);\n  await knex.schema.alterTable("t", (t) => { t.somethingNew("x"); });\n  await knex.schema.frobnicate("t");`,
    ).operations;
    expect(brief(ops)).toEqual([
      ["unknown", 2, undefined],
      ["unknown", 3, undefined],
      ["unknown", 4, undefined],
    ]);
  });
});

describe("knex: code outside the file", () => {
  it("a call handing knex or a table builder to an imported function is unknown", () => {
    const ops = read(
      `const { seed } = require("./helpers");\nexports.up = async function (knex) {\n  await seed(knex);\n  await knex.schema.alterTable("a", (t) => addAudit(t));\n  console.log("done");\n};\nexports.down = async function (knex) {\n  await knex.schema.dropTable("a");\n};\n`,
    ).operations;
    expect(brief(ops)).toEqual([
      ["unknown", 3, undefined],
      ["unknown", 4, undefined],
    ]);
  });
});

describe("knex: data changes", () => {
  const r = (): ParsedMigration => fixture("20250102000000_data.ts");

  it("reads query builder writes with their filters, raw SQL, and transactions", () => {
    expect(brief(r().operations)).toEqual([
      ["update-rows", 4, "users"],
      ["update-rows", 5, "users"],
      ["delete-rows", 6, "sessions"],
      ["delete-rows", 7, "tokens"],
      ["truncate", 8, "logs"],
      ["update-rows", 9, "accounts"],
      // A template with ${table} is still a DELETE, of a table computed at run time.
      ["delete-rows", 10, "{table} (a table computed at run time)"],
      ["delete-rows", 12, "events"],
      ["irreversible", 16, undefined],
    ]);
    const ops = r().operations;
    expect(ops[0]).toMatchObject({ columns: ["locale"], filtered: true, onlyNulls: true });
    expect(ops[1]).toMatchObject({ columns: ["role"], filtered: true, onlyNulls: false });
    expect(ops[2]).toMatchObject({ filtered: false });
    expect(ops[3]).toMatchObject({ filtered: true });
  });

  it("reads where(col, null) and where({ col: null }) as NULL-only filters, and raw bindings", () => {
    const ops = up(
      `  await knex("a").where("x", null).update({ x: 1 });\n  await knex("a").where({ y: null }).update("y", 2);\n  await knex.raw("UPDATE a SET z = ? WHERE id = ?", [1, 2]);\n  await knex.raw("DROP TABLE ??", ["a"]);`,
    ).operations;
    expect(ops.map((o) => (o.kind === "update-rows" ? o.onlyNulls : o.kind))).toEqual([
      true,
      true,
      false,
      "unknown",
    ]);
  });
});

describe("knex: reversibility and bad input", () => {
  it("a missing down is irreversible, at the up line", () => {
    const ops = read(`exports.up = function (knex) {\n  return knex.schema.dropTable("a");\n};\n`).operations;
    expect(brief(ops)).toEqual([
      ["drop-table", 2, "a"],
      ["irreversible", 1, undefined],
    ]);
  });

  it("a down that only resolves is irreversible", () => {
    const ops = read(
      `exports.up = (knex) => knex.schema.createTable("a", () => {});\nexports.down = () => Promise.resolve();\n`,
    ).operations;
    expect(brief(ops)).toEqual([
      ["create-table", 1, "a"],
      ["irreversible", 2, undefined],
    ]);
  });

  it("never reads down, strings or comments", () => {
    const ops = read(
      `// knex.schema.dropTable("users")\nexports.up = function (knex) {\n  const note = 'knex.schema.dropTable("users")';\n  return knex.schema.createTable("b", () => {});\n};\nexports.down = function (knex) {\n  return knex.schema.dropTable("users");\n};\n`,
    ).operations;
    expect(brief(ops)).toEqual([["create-table", 4, "b"]]);
  });

  it("reports syntax errors as problems and does not throw", () => {
    const r = read(`exports.up = function (knex) {\n  return knex.schema.dropTable("a"\n};\n`);
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it("reads TypeScript with the TypeScript grammar", () => {
    const r = read(
      `import { Knex } from "knex";\nexport async function up(knex: Knex): Promise<void> {\n  await knex.schema.dropTable("a" as string);\n}\nexport async function down(knex: Knex): Promise<void> {\n  await knex.schema.createTable("a", () => {});\n}\n`,
      "migrations/20250101000000_a.ts",
    );
    expect(r.problems).toEqual([]);
    expect(brief(r.operations)).toEqual([["drop-table", 3, "a"]]);
  });
});
