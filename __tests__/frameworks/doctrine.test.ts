import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile } from "../../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { doctrine } from "../../src/core/frameworks/doctrine.js";
import { detectFramework } from "../../src/core/frameworks/index.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const DIR = join("__fixtures__", "doctrine");

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["php", "postgres"]);
});

function source(name: string): string {
  return readFileSync(join(DIR, name), "utf8");
}

function read(path: string, text: string): ParsedMigration {
  return doctrine.parse({ path, source: text, database: "postgresql" }, parsers);
}

function brief(list: readonly Operation[]): [string, number, string?, string?][] {
  return list.map((o) => [
    o.kind,
    o.line,
    "table" in o ? o.table : "tables" in o ? o.tables.join(",") : undefined,
    "column" in o ? o.column : undefined,
  ]);
}

describe("Doctrine: detection", () => {
  it.each([
    "migrations/Version20240301120000.php",
    "migrations/Version20240302090000.php",
    "migrations/Version20240303100000.php",
  ])("%s, by its conventional name and AbstractMigration", (name) => {
    expect(detectFramework(name, source(name))?.id).toBe("doctrine");
    expect(detectFramework(`src/Migrations/${name.split("/")[1]}`, source(name))?.id).toBe("doctrine");
  });

  it("leaves Laravel migrations and other PHP alone", () => {
    const laravel =
      "<?php\nreturn new class extends Migration {\n  public function up(): void { Schema::drop('a'); }\n};\n";
    expect(detectFramework("database/migrations/2024_01_01_000000_a.php", laravel)?.id).toBe("laravel");
    expect(detectFramework("src/Version.php", "<?php\nclass Version { const V = '1'; }\n")).toBeUndefined();
  });
});

describe("Doctrine: forward operations", () => {
  it("addSql in up(): SQL with its lines, bound ? values, heredocs; down(), comments and strings do not count", () => {
    const r = read("migrations/Version20240301120000.php", source("migrations/Version20240301120000.php"));
    expect(r.problems).toEqual([]);
    expect(brief(r.operations)).toEqual([
      ["drop-column", 20, "orders", "legacy_code"],
      ["drop-table", 21, "audit_log", undefined],
      ["update-rows", 22, "users", undefined],
      ["delete-rows", 24, "sessions", undefined],
    ]);
    expect(r.operations[2]).toMatchObject({ onlyNulls: true });
  });

  it("the schema tool through $schema, a table variable, a chain and a helper; a thrown down is irreversible", () => {
    const r = read("migrations/Version20240302090000.php", source("migrations/Version20240302090000.php"));
    expect(brief(r.operations)).toEqual([
      ["drop-table", 14, "coupons", undefined],
      ["drop-column", 16, "products", "legacy_sku"],
      ["add-column", 17, "products", "description"],
      ["drop-column", 18, "carts", "token"],
      ["truncate", 24, "wishlists", undefined],
      ["irreversible", 27, undefined, undefined],
    ]);
    expect(r.operations[2]).toMatchObject({ notNull: false, type: "text" });
  });

  it("SQL built at run time is unknown, and a class without down() cannot be rolled back", () => {
    const r = read("migrations/Version20240303100000.php", source("migrations/Version20240303100000.php"));
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["unknown", 16],
      ["irreversible", 12],
    ]);
  });

  it("a PHP syntax error is needs-review", () => {
    const r = read(
      "migrations/Version1.php",
      "<?php\nfinal class Version1 extends AbstractMigration {\n  public function up(Schema $schema): void {\n    $this->addSql('DROP TABLE a'\n  }\n}\n",
    );
    expect(r.problems.length).toBeGreaterThan(0);
  });
});

describe("Doctrine through analyzeFile", () => {
  it("reports the rules' findings under doctrine", () => {
    const name = "migrations/Version20240302090000.php";
    const report = analyzeFile(
      { path: name, content: source(name), status: "added" },
      parsers,
      DEFAULT_CONFIG,
    );
    expect(report?.framework).toBe("doctrine");
    expect(report?.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(["drop-table", "drop-column", "truncate-table"]),
    );
  });
});
