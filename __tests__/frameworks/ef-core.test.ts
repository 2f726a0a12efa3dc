import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile } from "../../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { efCore } from "../../src/core/frameworks/ef-core.js";
import { detectFramework } from "../../src/core/frameworks/index.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation, ParsedMigration } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

const DIR = join("__fixtures__", "ef-core");
const RETIRE = "Migrations/20240301120000_RetireLegacyColumns.cs";
const CLEANUP = "Migrations/20240302090000_CleanUpData.cs";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["csharp", "postgres"]);
});

const source = (name: string): string => readFileSync(join(DIR, name), "utf8");

function read(path: string, text: string): ParsedMigration {
  return efCore.parse({ path, source: text, database: "postgresql" }, parsers);
}

function brief(list: readonly Operation[]): [string, number, string?, string?][] {
  return list.map((o) => [
    o.kind,
    o.line,
    "table" in o ? o.table : "tables" in o ? o.tables.join(",") : undefined,
    "column" in o ? o.column : undefined,
  ]);
}

/** A migration class around an Up() body (and a Down() unless told). */
const migration = (up: string, down = '        migrationBuilder.Sql("SELECT 1");\n') =>
  `using Microsoft.EntityFrameworkCore.Migrations;

public partial class Change : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
${up}
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
${down}
    }
}
`;

describe("EF Core: detection", () => {
  it.each([RETIRE, CLEANUP])("%s, by its timestamped name and MigrationBuilder", (name) => {
    expect(detectFramework(name, source(name))?.id).toBe("ef-core");
    // --output-dir moves the folder; the name and the content still say what it is.
    expect(detectFramework(`src/Shop.Data/Persistence/${name.split("/")[1]}`, source(name))?.id).toBe(
      "ef-core",
    );
  });

  it("leaves the .Designer.cs, the model snapshot and other C# alone", () => {
    for (const name of [
      "Migrations/20240302090000_CleanUpData.Designer.cs",
      "Migrations/ShopContextModelSnapshot.cs",
    ])
      expect(detectFramework(name, source(name))).toBeUndefined();
    expect(detectFramework("Migrations/20240302090000_Notes.cs", "class Notes { }\n")).toBeUndefined();
  });
});

describe("EF Core: forward operations", () => {
  it("Up() only: schema calls with their lines; Down(), comments and strings do not count", () => {
    const r = read(RETIRE, source(RETIRE));
    expect(r.problems).toEqual([]);
    expect(brief(r.operations)).toEqual([
      ["drop-column", 15, "Orders", "LegacyCode"],
      ["drop-table", 19, "AuditEntries", undefined],
      ["rename-column", 22, "Customers", "Name"],
      ["change-column-type", 27, "Customers", "Email"],
      ["set-not-null", 27, "Customers", "Email"],
      ["add-column", 37, "Customers", "LoyaltyPoints"],
      ["add-index", 44, "Orders", undefined],
    ]);
    expect(r.operations[3]).toMatchObject({ type: "character varying(120)", lossy: true, endLine: 35 });
    expect(r.operations[5]).toMatchObject({ notNull: true, default: { volatile: false, text: "0" } });
    expect(r.comments.map((c) => c.line)).toEqual(expect.arrayContaining([13, 14]));
  });

  it("Sql() text is read as SQL at its lines; data calls, a followed helper, run-time SQL; Down() that throws", () => {
    const r = read(CLEANUP, source(CLEANUP));
    expect(r.problems).toEqual([]);
    expect(brief(r.operations)).toEqual([
      ["delete-rows", 13, "Sessions", undefined],
      ["update-rows", 16, "Customers", undefined],
      ["delete-rows", 21, "Roles", undefined],
      ["truncate", 38, "OrderArchive", undefined],
      ["unknown", 33, undefined, undefined],
      ["irreversible", 44, undefined, undefined],
    ]);
    expect(r.operations[2]).toMatchObject({ filtered: true, via: "migrationBuilder.DeleteData" });
  });

  it("a builder call the reader does not know, or a builder handed elsewhere, is for review, never passed", () => {
    const r = read(
      "Migrations/20240101000000_Change.cs",
      migration(`        migrationBuilder.DropTemporalHistory(table: "Orders");
        Helpers.DropAll(migrationBuilder);
        migrationBuilder.EnsureSchema(name: "billing");
        migrationBuilder.DropColumn(name: ColumnName, table: "Orders");`),
    );
    expect(brief(r.operations)).toEqual([
      ["unknown", 7, undefined, undefined],
      ["unknown", 8, undefined, undefined],
      ["unknown", 10, undefined, undefined],
    ]);
  });

  it("interpolated SQL is read by its static parts; a Down()-less migration is irreversible", () => {
    const text = migration(
      '        migrationBuilder.Sql($"DELETE FROM \\"{table}\\" WHERE id = 1");\n        migrationBuilder.Sql("ALTER TABLE a " + "DROP COLUMN b");',
    ).replace(/\n\n {4}protected override void Down[\s\S]*?\n {4}}\n/, "\n");
    const r = read("Migrations/20240101000000_Change.cs", text);
    expect(brief(r.operations).map(([kind, line, , column]) => [kind, line, column])).toEqual([
      ["delete-rows", 7, undefined],
      ["drop-column", 8, "b"],
      ["irreversible", 5, undefined],
    ]);
  });

  it("a syntax error is a problem (needs-review), never a silent pass", () => {
    const r = read(
      "Migrations/20240101000000_Change.cs",
      migration('        migrationBuilder.DropColumn(name: "a", table: "b"'),
    );
    expect(r.problems.length).toBeGreaterThan(0);
  });
});

describe("EF Core: analysis", () => {
  it("reaches the rules: drop-column, drop-table, delete-rows; Down() adds nothing", () => {
    const rules = (name: string) =>
      (analyzeFile({ path: name, content: source(name) }, parsers, DEFAULT_CONFIG)?.findings ?? []).map(
        (f) => [f.rule, f.line],
      );
    expect(rules(RETIRE)).toEqual(
      expect.arrayContaining([
        ["drop-column", 15],
        ["drop-table", 19],
      ]),
    );
    expect(rules(RETIRE).filter(([, line]) => (line as number) > 50)).toEqual([]);
    expect(rules(CLEANUP)).toEqual(expect.arrayContaining([["delete-rows", 13]]));
  });
});
