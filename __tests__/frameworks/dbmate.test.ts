// dbmate: only the `-- migrate:up` section runs forward.
import { readFileSync } from "node:fs";
import { dbmate } from "../../src/core/frameworks/dbmate.js";
import type { Parsers } from "../../src/core/parsers.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["postgres"]);
});

function parse(name: string) {
  const source = readFileSync(`__fixtures__/sql/dbmate/db/migrations/${name}`, "utf8");
  return dbmate.parse({ path: `db/migrations/${name}`, source, database: "postgresql" }, parsers);
}

describe("dbmate", () => {
  it("matches .sql files with a migrate:up marker only", () => {
    expect(dbmate.matches("db/migrations/1_x.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")).toBe(true);
    expect(dbmate.matches("db/migrations/1_x.sql", "-- migrate:up transaction:false\n")).toBe(true);
    expect(dbmate.matches("db/migrations/1_x.sql", "SELECT '-- migrate:up';\n")).toBe(false);
    expect(dbmate.matches("db/migrations/1_x.txt", "-- migrate:up\n")).toBe(false);
  });

  it("reads the up section at the file's lines and ignores the down section", () => {
    const r = parse("20240301120000_add_plan.sql");
    expect(r.operations).toMatchObject([
      { kind: "add-column", table: "users", column: "plan", notNull: true, line: 2 },
      { kind: "change-column-type", table: "users", column: "email", type: "varchar(100)", line: 3 },
    ]);
    expect(r.operations.some((o) => o.kind === "drop-column")).toBe(false);
  });

  it("adds an irreversible operation on the marker of an empty down section", () => {
    const r = parse("20240302120000_drop_audit.sql");
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["drop-table", 2],
      ["irreversible", 4],
    ]);
  });

  it("adds an irreversible operation when the down marker is missing", () => {
    const r = dbmate.parse(
      { path: "db/migrations/3_x.sql", source: "\n-- migrate:up\nDELETE FROM t;\n", database: "postgresql" },
      parsers,
    );
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["delete-rows", 3],
      ["irreversible", 2],
    ]);
  });
});
