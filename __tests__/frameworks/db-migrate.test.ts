import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile } from "../../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { dbMigrate } from "../../src/core/frameworks/db-migrate.js";
import { detectFramework } from "../../src/core/frameworks/index.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const DIR = join("__fixtures__", "db-migrate");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["javascript", "typescript", "postgres"]);
});

function source(name: string): string {
  return readFileSync(join(DIR, name), "utf8");
}

function fixture(name: string): ParsedMigration {
  return dbMigrate.parse({ path: name, source: source(name), database: "postgresql" }, parsers);
}

function brief(list: readonly Operation[]): [string, number, string?, string?][] {
  return list.map((o) => [
    o.kind,
    o.line,
    "table" in o ? o.table : undefined,
    "column" in o ? o.column : undefined,
  ]);
}

describe("db-migrate: detection", () => {
  it.each([
    "migrations/20240105093000-drop-legacy.js",
    "migrations/20240106120000-promise-style.js",
    "migrations/20240107080000-bind-series.js",
    "migrations/20240108100000-dynamic.js",
    "migrations/20240109100000-add-reports.js",
  ])("%s is db-migrate's, by its conventional layout and content", (name) => {
    expect(detectFramework(name, source(name))?.id).toBe("db-migrate");
  });

  it("leaves Knex and node-pg-migrate files to their readers", () => {
    const knex = "exports.up = function (knex) { return knex.schema.dropTable('a'); };\n";
    const pgm = "exports.up = (pgm) => { pgm.dropTable('a'); };\n";
    expect(detectFramework("migrations/20240101000000_a.js", knex)?.id).toBe("knex");
    expect(detectFramework("migrations/20240101000000_a.js", pgm)?.id).toBe("node-pg-migrate");
    expect(
      dbMigrate.matches("migrations/20240101000000-a.sql", "exports.up = (db) => db.dropTable('a');"),
    ).toBe(false);
  });

  it("reads the --sql-file layout: sqls/<name>-up.sql as SQL, the -down.sql never", () => {
    const up = "migrations/sqls/20240109100000-add-reports-up.sql";
    const down = "migrations/sqls/20240109100000-add-reports-down.sql";
    expect(detectFramework(up, source(up))?.id).toBe("sql");
    expect(detectFramework(down, source(down))).toBeUndefined();
  });
});

describe("db-migrate: forward operations", () => {
  it("callback style: nested callbacks run; down and comments do not count", () => {
    expect(brief(fixture("migrations/20240105093000-drop-legacy.js").operations)).toEqual([
      ["drop-column", 15, "users", "legacy_token"],
      ["drop-table", 17, "audit_log", undefined],
    ]);
    const drop = fixture("migrations/20240105093000-drop-legacy.js").operations[1];
    expect(drop).toMatchObject({ ifExists: true });
  });

  it("promise style: awaited calls, runSql with bound values, .then callbacks; a string is not a statement", () => {
    const r = fixture("migrations/20240106120000-promise-style.js");
    expect(r.problems).toEqual([]);
    expect(brief(r.operations)).toEqual([
      ["add-column", 4, "orders", "note"],
      ["change-column-type", 5, "orders", "status"],
      ["delete-rows", 6, "sessions", undefined],
      ["rename-column", 7, "orders", "total"],
      ["update-rows", 8, "orders", undefined],
    ]);
    // The down restores `text`, so string(20) cuts what is stored.
    expect(r.operations[1]).toMatchObject({ type: "string(20)", lossy: true });
  });

  it("async.series over db.x.bind(db, ...) reads the bound arguments", () => {
    expect(brief(fixture("migrations/20240107080000-bind-series.js").operations)).toEqual([
      ["create-table", 9, "pets", undefined],
      ["drop-column", 13, "owners", "nickname"],
      ["add-index", 14, "pets", undefined],
    ]);
  });

  it("a table it cannot resolve is unknown, never safe", () => {
    const ops = fixture("migrations/20240108100000-dynamic.js").operations;
    expect(ops.map((o) => [o.kind, o.line])).toEqual([
      ["unknown", 7],
      ["irreversible", 10],
    ]);
  });

  it("the --sql-file wrapper adds nothing of its own; runSql of any other variable is unknown", () => {
    const wrapper = fixture("migrations/20240109100000-add-reports.js");
    expect(wrapper.operations).toEqual([]);
    expect(wrapper.problems).toEqual([]);
    const other = dbMigrate.parse(
      {
        path: "migrations/20240101000000-a.js",
        source: "exports.up = function (db) { var sql = build(); return db.runSql(sql); };\n",
        database: "postgresql",
      },
      parsers,
    );
    expect(other.operations.map((o) => o.kind)).toEqual(["unknown", "irreversible"]);
  });

  it("a method the reader does not know is unknown", () => {
    const r = dbMigrate.parse(
      {
        path: "migrations/20240101000000-a.js",
        source:
          "exports.up = function (db) { return db.dropCollection('events'); };\nexports.down = function (db) { return db.createCollection('events'); };\n",
        database: "postgresql",
      },
      parsers,
    );
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([["unknown", 1]]);
  });
});

describe("db-migrate through analyzeFile", () => {
  it("reports the rules' findings under db-migrate", () => {
    const name = "migrations/20240105093000-drop-legacy.js";
    const report = analyzeFile(
      { path: name, content: source(name), status: "added" },
      parsers,
      DEFAULT_CONFIG,
    );
    expect(report?.framework).toBe("db-migrate");
    expect(report?.findings.map((f) => [f.rule, f.line])).toEqual([
      ["drop-column", 15],
      ["drop-table", 17],
    ]);
  });
});
