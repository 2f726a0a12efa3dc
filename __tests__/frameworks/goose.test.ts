// goose: only the `-- +goose Up` section runs forward; the Down section decides reversibility.
import { readFileSync } from "node:fs";
import { goose } from "../../src/core/frameworks/goose.js";
import type { Parsers } from "../../src/core/parsers.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["postgres"]);
});

function parse(name: string, database: "postgresql" | "mysql" = "postgresql") {
  const source = readFileSync(`__fixtures__/sql/goose/migrations/${name}`, "utf8");
  return goose.parse({ path: `migrations/${name}`, source, database }, parsers);
}

describe("goose", () => {
  it("matches .sql files with a goose Up annotation only", () => {
    expect(goose.matches("migrations/1_x.sql", "-- +goose Up\nSELECT 1;\n")).toBe(true);
    expect(goose.matches("db/2_x.sql", "\n--  +goose up\n")).toBe(true);
    expect(goose.matches("migrations/1_x.sql", "SELECT 1; -- +goose Up")).toBe(false);
    expect(goose.matches("migrations/1_x.go", "-- +goose Up\n")).toBe(false);
    expect(goose.matches("migrations/1_x.sql", "-- migrate:up\n")).toBe(false);
  });

  it("reads the Up section at the file's lines and nothing of the Down section", () => {
    const r = parse("20240301120000_backfill.sql");
    expect(r.problems).toEqual([]);
    // The function body's DELETE runs later, when the trigger fires; the Down section's DROP never runs forward.
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["add-column", 10],
      ["update-rows", 11],
    ]);
    expect(r.operations[1]).toMatchObject({ table: "orders", onlyNulls: true });
  });

  it("keeps a StatementBegin/End block whole even when the SQL reader cannot parse it as PostgreSQL", () => {
    const source = [
      "-- +goose Up",
      "-- +goose StatementBegin",
      "CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW BEGIN",
      "  DELETE FROM b;",
      "END;",
      "-- +goose StatementEnd",
      "DELETE FROM `c`;",
      "-- +goose Down",
      "DROP TRIGGER t;",
    ].join("\n");
    const r = goose.parse({ path: "m/1_t.sql", source, database: "mysql" }, parsers);
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([["delete-rows", 7]]);
  });

  it("adds an irreversible operation when there is no Down section", () => {
    const r = parse("20240302120000_no_down.sql");
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["drop-index", 3],
      ["irreversible", 2],
    ]);
  });

  it("adds an irreversible operation on the Down marker when the section holds only comments", () => {
    const r = parse("20240303120000_empty_down.sql");
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["drop-table", 2],
      ["irreversible", 4],
    ]);
    // Comments of the whole file are returned, so an allow comment anywhere is seen.
    expect(r.comments.map((c) => c.line)).toEqual([1, 4, 5]);
  });
});
