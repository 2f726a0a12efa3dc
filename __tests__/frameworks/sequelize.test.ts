import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectFramework } from "../../src/core/frameworks/index.js";
import { sequelize } from "../../src/core/frameworks/sequelize.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const DIR = join("__fixtures__", "sequelize", "migrations");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["javascript", "typescript", "postgres"]);
});

function read(source: string, path = "migrations/20250101000000-x.js"): ParsedMigration {
  return sequelize.parse({ path, source, database: "postgresql" }, parsers);
}

function fixture(name: string): ParsedMigration {
  return read(readFileSync(join(DIR, name), "utf8"), `migrations/${name}`);
}

/** A sequelize-cli migration around `body` (first body line is line 3) with a real down. */
function up(body: string): ParsedMigration {
  return read(
    `module.exports = {\n  async up(queryInterface, Sequelize) {\n${body}\n  },\n  async down(queryInterface) {\n    await queryInterface.dropTable("x");\n  },\n};\n`,
  );
}

function brief(list: readonly Operation[]): [string, number, string?][] {
  return list.map((o) => [o.kind, o.line, "table" in o ? o.table : undefined]);
}

describe("sequelize.matches", () => {
  const cli = "module.exports = {\n  async up(queryInterface, Sequelize) {}\n};\n";
  const umzug =
    'import type { QueryInterface } from "sequelize";\nexport async function up({ context }: { context: QueryInterface }) {}\n';
  it.each([
    ["migrations/20250101000000-a.js", cli, true],
    ["src/migrations/20250101000000-a.ts", umzug, true],
    [
      "migrations/20250101000000-a.js",
      "exports.up = function (knex) { return knex.schema.dropTable('a'); };\n",
      false,
    ],
    ["seeders/20250101000000-a.js", "module.exports = { async seed(queryInterface) {} };\n", false],
    ["migrations/20250101000000-a.py", cli, false],
  ])("%s → %s", (path, source, expected) => {
    expect(sequelize.matches(path, source)).toBe(expected);
  });

  it("is the registry's reader for a sequelize-cli file", () => {
    expect(detectFramework("migrations/20250101000000-a.js", cli)?.id).toBe("sequelize");
  });
});

describe("sequelize: schema changes", () => {
  const r = (): ParsedMigration => fixture("20250101000000-schema-changes.js");

  it("maps queryInterface calls and sequelize.query SQL to operations with their lines", () => {
    expect(brief(r().operations)).toEqual([
      ["drop-column", 7, "users"],
      ["rename-column", 8, "users"],
      ["add-column", 9, "users"],
      ["add-column", 13, "users"],
      ["change-column-type", 17, "posts"],
      ["set-not-null", 17, "posts"],
      ["create-table", 21, "audit"],
      ["drop-table", 25, "sessions"],
      ["rename-table", 26, "people"],
      ["add-index", 27, "users"],
      ["add-index", 28, "users"],
      ["drop-index", 29, "users"],
      ["add-constraint", 30, "orders"],
      ["drop-column", 35, "orders"],
    ]);
    expect(r().problems).toEqual([]);
  });

  it("reads column details, the previous type from down, index options and constraint kinds", () => {
    const ops = r().operations;
    expect(ops[2]).toMatchObject({ column: "tenant_id", type: "integer", notNull: true });
    expect(ops[3]).toMatchObject({ column: "token", notNull: false, default: { volatile: true } });
    // down restores TEXT, so varchar(50) is lossy.
    expect(ops[4]).toMatchObject({ column: "title", type: "varchar(50)", lossy: true });
    expect(ops[6]).toMatchObject({ columns: ["id", "action"] });
    expect(ops[9]).toMatchObject({ columns: ["email"], name: "users_email_idx", concurrently: false });
    expect(ops[10]).toMatchObject({ columns: ["handle"], unique: true, concurrently: true });
    expect(ops[11]).toMatchObject({ name: "users_old_idx" });
    expect(ops[12]).toMatchObject({ constraint: "foreign-key", validated: true });
  });

  it("relaxing NOT NULL with the same type is not a type change", () => {
    const ops = up(
      `    await queryInterface.addColumn("u", "e", { type: Sequelize.STRING, allowNull: false });\n    await queryInterface.changeColumn("u", "e", { type: Sequelize.STRING, allowNull: true });`,
    ).operations;
    expect(ops.map((o) => o.kind)).toEqual(["add-column", "drop-not-null"]);
  });

  it("reads umzug's context parameter, table objects and helpers", () => {
    const r = read(
      `const TABLE = { tableName: "users", schema: "app" };\nasync function drop(qi) {\n  await qi.removeColumn(TABLE, "x");\n}\nexport async function up({ context: queryInterface }) {\n  await drop(queryInterface);\n}\nexport async function down({ context: queryInterface }) {\n  await queryInterface.addColumn(TABLE, "x", "text");\n}\n`,
    );
    expect(brief(r.operations)).toEqual([["drop-column", 3, "app.users"]]);
  });

  it("handing queryInterface to an imported function is unknown; handing it the Sequelize class is not", () => {
    const ops = up(
      `    const attrs = buildAttributes(Sequelize);\n    await runSeed(queryInterface);\n    await queryInterface.createTable("t", attrs);`,
    ).operations;
    expect(brief(ops)).toEqual([
      ["unknown", 4, undefined],
      ["create-table", 5, "t"],
    ]);
  });

  it("makes dynamic arguments and unknown methods unknown operations", () => {
    const ops = up(
      `    for (const t of tables) await queryInterface.dropTable(t);\n    await queryInterface.frobnicate("users");\n    await queryInterface.dropAllTables();`,
    ).operations;
    expect(brief(ops)).toEqual([
      ["unknown", 3, undefined],
      ["unknown", 4, undefined],
      ["unknown", 5, undefined],
    ]);
  });
});

describe("sequelize: export shapes", () => {
  it.each([
    [
      "export default",
      `export default {\n  async up(queryInterface) { await queryInterface.dropTable("a"); },\n  async down(queryInterface) { await queryInterface.createTable("a", {}); },\n};\n`,
    ],
    [
      "a constant exported by default",
      `const migration = {\n  up: async ({ context: queryInterface }) => { await queryInterface.dropTable("a"); },\n  down: async ({ context: queryInterface }) => { await queryInterface.createTable("a", {}); },\n};\nexport default migration;\n`,
    ],
    [
      "TypeScript export =",
      `export = {\n  up: async (queryInterface: QueryInterface) => { await queryInterface.dropTable("a"); },\n  down: async (queryInterface: QueryInterface) => { await queryInterface.createTable("a", {}); },\n};\n`,
    ],
  ])("reads up from %s", (_name, source) => {
    const r = sequelize.parse({ path: "migrations/1-a.ts", source, database: "postgresql" }, parsers);
    expect(brief(r.operations)).toEqual([["drop-table", 2, "a"]]);
    expect(r.problems).toEqual([]);
  });
});

describe("sequelize: data changes and reversibility", () => {
  const r = (): ParsedMigration => fixture("20250102000000-data.js");

  it("reads bulkDelete / bulkUpdate with their filters, transactions and dynamic SQL", () => {
    expect(brief(r().operations)).toEqual([
      ["delete-rows", 5, "sessions"],
      ["delete-rows", 6, "tokens"],
      ["update-rows", 7, "users"],
      ["update-rows", 8, "users"],
      ["delete-rows", 11, "events"],
      // A template with ${table} is still a DELETE, of a table computed at run time.
      ["delete-rows", 13, "{table} (a table computed at run time)"],
      ["irreversible", 16, undefined],
    ]);
    const ops = r().operations;
    expect(ops[0]).toMatchObject({ filtered: false });
    expect(ops[1]).toMatchObject({ filtered: true });
    expect(ops[2]).toMatchObject({ columns: ["locale"], filtered: true, onlyNulls: true });
    expect(ops[3]).toMatchObject({ columns: ["role"], filtered: false, onlyNulls: false });
    expect(ops[4]).toMatchObject({ filtered: false });
  });

  it("never reads down, strings or comments", () => {
    const ops = up(
      `    // await queryInterface.dropTable("users");\n    const s = 'queryInterface.dropTable("users")';`,
    ).operations;
    expect(ops).toEqual([]);
  });

  it("reports syntax errors as problems and does not throw", () => {
    expect(
      read("module.exports = { async up(queryInterface) { await queryInterface.dropTable( } };\n").problems
        .length,
    ).toBeGreaterThan(0);
  });
});
