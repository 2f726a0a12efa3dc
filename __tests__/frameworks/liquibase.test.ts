import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile } from "../../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { detectFramework } from "../../src/core/frameworks/index.js";
import { liquibase } from "../../src/core/frameworks/liquibase.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Database, Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const DIR = join("__fixtures__", "liquibase");
const CHANGES = "src/main/resources/db/changelog/changes";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["postgres", "changelog"]); // changelog: its reader (no WASM parser)
});

function source(name: string): string {
  return readFileSync(join(DIR, name), "utf8");
}

function read(path: string, text: string, database: Database = "postgresql"): ParsedMigration {
  return liquibase.parse({ path, source: text, database }, parsers);
}

function fixture(name: string, database: Database = "postgresql"): ParsedMigration {
  return read(name, source(name), database);
}

function brief(list: readonly Operation[]): [string, number, string?, string?][] {
  return list.map((o) => [
    o.kind,
    o.line,
    "table" in o ? o.table : "tables" in o ? o.tables.join(",") : undefined,
    "column" in o ? o.column : undefined,
  ]);
}

describe("Liquibase: detection without configuration", () => {
  it.each([
    `${CHANGES}/001-cleanup.xml`,
    `${CHANGES}/002-cleanup.yaml`,
    `${CHANGES}/003-cleanup.json`,
    `${CHANGES}/004-formatted.sql`,
    "src/main/resources/db/changelog/db.changelog-master.yaml",
  ])("%s", (name) => {
    expect(detectFramework(name, source(name))?.id).toBe("liquibase");
  });

  it("leaves other XML, YAML, JSON and SQL alone", () => {
    expect(
      detectFramework("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>"),
    ).toBeUndefined();
    expect(detectFramework("config/app.yaml", "database: postgresql\n")).toBeUndefined();
    expect(detectFramework("package.json", '{ "name": "x" }')).toBeUndefined();
    expect(detectFramework("db/migrations/001.sql", "DROP TABLE a;")?.id).toBe("sql");
  });
});

describe("Liquibase XML", () => {
  it("reads every change of every changeSet; rollback, comments and strings are not changes", () => {
    expect(brief(fixture(`${CHANGES}/001-cleanup.xml`).operations)).toEqual([
      ["drop-column", 10, "orders", "legacy_code"],
      ["drop-column", 11, "orders", "fax"],
      ["drop-column", 11, "orders", "telex"],
      ["drop-table", 25, "audit_log", undefined],
      ["delete-rows", 26, "sessions", undefined],
      ["delete-rows", 27, "carts", undefined],
      ["change-column-type", 33, "customers", "name"],
      ["update-rows", 35, "customers", undefined],
      ["truncate", 36, "events", undefined],
    ]);
  });

  it("a delete with <where> is filtered, without it is not; a narrowing type is lossy", () => {
    const ops = fixture(`${CHANGES}/001-cleanup.xml`).operations;
    expect(ops[4]).toMatchObject({ filtered: false });
    expect(ops[5]).toMatchObject({ filtered: true, endLine: 29 });
    expect(ops[6]).toMatchObject({ type: "varchar(50)", lossy: true });
  });

  it("honours dbms=: a change for another database does not run", () => {
    const mysql = fixture(`${CHANGES}/001-cleanup.xml`, "mysql").operations;
    expect(mysql.filter((o) => o.kind === "drop-table").map((o) => (o as { table: string }).table)).toEqual([
      "audit_log",
      "mysql_only",
    ]);
  });

  it("keeps comments, so an allow comment (reason after one dash, as XML needs) acknowledges the finding below it", () => {
    const xml = `<databaseChangeLog>\n  <changeSet id="1" author="a">\n    <!-- migration-guard:allow drop-table - archived to S3 first (XML comments cannot hold two dashes) -->\n    <dropTable tableName="old_events"/>\n  </changeSet>\n</databaseChangeLog>\n`;
    const report = analyzeFile(
      { path: "db/changelog/x.xml", content: xml, status: "added" },
      parsers,
      DEFAULT_CONFIG,
    );
    expect(report?.framework).toBe("liquibase");
    expect(report?.findings.map((f) => [f.rule, f.line, f.acknowledged !== undefined])).toEqual([
      ["drop-table", 4, true],
    ]);
  });

  it("a changelog that is not well-formed is needs-review, not empty and safe", () => {
    const r = read(
      "db/changelog/bad.xml",
      `<databaseChangeLog>\n  <changeSet id="1">\n    <dropTable tableName="a">\n</databaseChangeLog>\n`,
    );
    expect(r.problems.map((p) => p.line)).toEqual([4]);
    expect(r.operations).toEqual([]);
  });

  it("a change type it does not know, and sqlFile, are unknown", () => {
    const xml = `<databaseChangeLog>\n<changeSet id="1" author="a">\n<customChange class="com.example.Purge"/>\n<sqlFile path="purge.sql"/>\n<insert tableName="t"><column name="a" value="1"/></insert>\n</changeSet>\n</databaseChangeLog>\n`;
    expect(read("db/changelog/x.xml", xml).operations.map((o) => [o.kind, o.line])).toEqual([
      ["unknown", 3],
      ["unknown", 4],
    ]);
  });
});

describe("Liquibase YAML and JSON", () => {
  it("YAML: changes in order, a commented-out change and the rollback list do not count", () => {
    const r = fixture(`${CHANGES}/002-cleanup.yaml`);
    expect(r.problems).toEqual([]);
    expect(brief(r.operations)).toEqual([
      ["drop-table", 6, "coupons", undefined],
      ["drop-column", 8, "products", "legacy_sku"],
      ["delete-rows", 16, "wishlist", undefined],
      ["change-column-type", 17, "products", "price"],
      ["add-column", 30, "products", "description"],
    ]);
    expect(r.operations[4]).toMatchObject({ notNull: true, type: "text" });
  });

  it("JSON: the same changes, the same way", () => {
    expect(brief(fixture(`${CHANGES}/003-cleanup.json`).operations)).toEqual([
      ["drop-table", 8, "gift_cards", undefined],
      ["delete-rows", 9, "notifications", undefined],
      ["drop-column", 10, "invoices", "memo"],
    ]);
  });

  it("a master changelog of includes changes nothing itself", () => {
    const r = fixture("src/main/resources/db/changelog/db.changelog-master.yaml");
    expect(r.operations).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it("a YAML syntax error is needs-review", () => {
    const r = read("db/changelog/bad.yaml", "databaseChangeLog:\n  - changeSet:\n      changes: [\n");
    expect(r.problems.length).toBeGreaterThan(0);
  });
});

describe("Liquibase formatted SQL", () => {
  it("reads the statements; --rollback lines and comments are not", () => {
    expect(brief(fixture(`${CHANGES}/004-formatted.sql`).operations)).toEqual([
      ["drop-column", 4, "payments", "card_last4"],
      ["add-index", 9, "payments", undefined],
    ]);
  });
});
