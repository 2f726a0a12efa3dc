import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectFramework } from "../../src/core/frameworks/index.js";
import { typeorm } from "../../src/core/frameworks/typeorm.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const DIR = join("__fixtures__", "typeorm", "src", "migrations");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["javascript", "typescript", "postgres"]);
});

function read(source: string, path = "src/migrations/1735689600000-X.ts"): ParsedMigration {
  return typeorm.parse({ path, source, database: "postgresql" }, parsers);
}

function fixture(name: string): ParsedMigration {
  return read(readFileSync(join(DIR, name), "utf8"), `src/migrations/${name}`);
}

/** A migration class around `body` (first body line is line 5) with a real down. */
function up(body: string): ParsedMigration {
  return read(
    `import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";\n\nexport class X1 implements MigrationInterface {\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${body}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n    await queryRunner.query(\`DROP TABLE "x"\`);\n  }\n}\n`,
  );
}

function brief(list: readonly Operation[]): [string, number, string?][] {
  return list.map((o) => [
    o.kind,
    o.line,
    "table" in o ? o.table : "tables" in o ? o.tables.join(",") : undefined,
  ]);
}

describe("typeorm.matches", () => {
  const ts =
    'import { MigrationInterface, QueryRunner } from "typeorm";\nexport class A1 implements MigrationInterface {\n  public async up(queryRunner: QueryRunner): Promise<void> {}\n}\n';
  const js = "module.exports = class A1 {\n  async up(queryRunner) {}\n};\n";
  it.each([
    ["src/migrations/1735689600000-A.ts", ts, true],
    ["src/migrations/1735689600000-A.js", js, true],
    ["src/entities/user.ts", 'import { Entity } from "typeorm";\nexport class User {}\n', false],
    ["src/migrations/1735689600000-A.d.ts", ts, false],
  ])("%s → %s", (path, source, expected) => {
    expect(typeorm.matches(path, source)).toBe(expected);
  });

  it("is the registry's reader for a TypeORM class", () => {
    expect(detectFramework("src/migrations/1735689600000-A.ts", ts)?.id).toBe("typeorm");
  });
});

describe("typeorm: generated SQL and the QueryRunner API", () => {
  const r = (): ParsedMigration => fixture("1735689600000-SchemaChanges.ts");

  it("maps queryRunner calls to operations with their lines", () => {
    expect(brief(r().operations)).toEqual([
      ["drop-column", 8, "user"],
      ["add-column", 9, "user"],
      ["add-index", 11, "user"],
      // A template with ${this.name} is still a DELETE, of a table computed at run time.
      ["delete-rows", 13, "{this.name} (a table computed at run time)"],
      ["drop-column", 14, "post"],
      ["add-column", 15, "post"],
      ["rename-column", 19, "post"],
      ["create-table", 20, "audit"],
      ["add-index", 30, "post"],
      ["drop-table", 31, "session"],
      ["drop-column", 32, "post"],
      ["add-column", 32, "post"],
    ]);
    expect(r().problems).toEqual([]);
  });

  it("reads TableColumn details: NOT NULL by default, lengths, create-table columns", () => {
    const ops = r().operations;
    expect(ops[1]).toMatchObject({ column: "tenant_id", notNull: true });
    expect(ops[5]).toMatchObject({ column: "slug", type: "varchar(120)", notNull: false });
    expect(ops[7]).toMatchObject({ columns: ["id", "action"], ifNotExists: true });
    // A type change through changeColumn drops and re-adds the column.
    expect(ops[10]).toMatchObject({ column: "title" });
    expect(ops[11]).toMatchObject({ column: "title", type: "varchar(50)", notNull: true });
  });

  it("reads changeColumn that only changes NULL, and one whose old column is only a name", () => {
    const ops = up(
      `    await queryRunner.changeColumn("u", new TableColumn({ name: "e", type: "varchar", isNullable: true }), new TableColumn({ name: "e", type: "varchar" }));\n    await queryRunner.changeColumn("u", "f", new TableColumn({ name: "f", type: "bigint" }));`,
    ).operations;
    expect(brief(ops)).toEqual([
      ["set-not-null", 5, "u"],
      ["change-column-type", 6, "u"],
    ]);
  });

  it("follows getTable, constants, manager.query and this-helpers; entity calls are unknown", () => {
    const ops = read(
      `import { MigrationInterface, QueryRunner } from "typeorm";\nconst SQL = "DROP TABLE legacy";\nexport class X1 implements MigrationInterface {\n  public async up(queryRunner: QueryRunner): Promise<void> {\n    const table = await queryRunner.getTable("orders");\n    await queryRunner.dropColumn(table!, "note");\n    await queryRunner.manager.query(SQL);\n    await this.cleanup(queryRunner);\n    await queryRunner.manager.delete(User, {});\n  }\n  private async cleanup(runner: QueryRunner) {\n    await runner.clearTable("logs");\n  }\n  public async down(): Promise<void> {}\n}\n`,
    ).operations;
    expect(brief(ops)).toEqual([
      ["drop-column", 6, "orders"],
      // SQL held in a constant is reported where its text is, as the Python readers do.
      ["drop-table", 2, "legacy"],
      ["truncate", 12, "logs"],
      ["unknown", 9, undefined],
      ["irreversible", 14, undefined],
    ]);
  });

  it("reads CommonJS classes and up/down written as arrow-function fields", () => {
    const cjs = read(
      `module.exports = class A1 {\n  async up(queryRunner) { await queryRunner.query("DROP TABLE a"); }\n  async down(queryRunner) { await queryRunner.query("CREATE TABLE a (id int)"); }\n};\n`,
      "src/migrations/1-A.js",
    );
    expect(brief(cjs.operations)).toEqual([["drop-table", 2, "a"]]);
    const fields = read(
      `export class A implements MigrationInterface {\n  up = async (queryRunner: QueryRunner) => { await queryRunner.dropTable("a"); };\n  down = async (queryRunner: QueryRunner) => {};\n}\n`,
    );
    expect(brief(fields.operations)).toEqual([
      ["drop-table", 2, "a"],
      ["irreversible", 3, undefined],
    ]);
  });

  it("never reads down, strings or comments", () => {
    const ops = up(
      `    // await queryRunner.dropTable("users");\n    const s = "DROP TABLE users";\n    await queryRunner.query("SELECT 'DROP TABLE users'");`,
    ).operations;
    expect(ops).toEqual([]);
  });

  it("a class without down is irreversible; syntax errors are problems", () => {
    const r = read(
      `export class X1 implements MigrationInterface {\n  async up(queryRunner: QueryRunner) {\n    await queryRunner.query("SELECT 1");\n  }\n}\n`,
    );
    expect(brief(r.operations)).toEqual([["irreversible", 2, undefined]]);
    expect(
      read(
        `export class X1 implements MigrationInterface {\n  async up(queryRunner: QueryRunner) {\n    await queryRunner.query("x"\n  }\n}\n`,
      ).problems.length,
    ).toBeGreaterThan(0);
  });
});
