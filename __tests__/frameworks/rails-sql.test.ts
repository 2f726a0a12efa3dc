// The Rails reader with the real shared SQL reader behind `execute`: kinds and lines as a rule sees them.
import { readFileSync } from "node:fs";
import { rails } from "../../src/core/frameworks/rails.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Operation } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers();
});

function at(ops: readonly Operation[], line: number): Operation[] {
  return ops.filter((o) => o.line === line);
}

describe("rails execute → SQL operations", () => {
  it("reads the statements of string, heredoc, %q and connection SQL at their lines", () => {
    const source = readFileSync("__fixtures__/rails/db/migrate/20240101000010_execute_sql.rb", "utf8");
    const r = rails.parse({ path: "db/migrate/1_x.rb", source, database: "postgresql" }, parsers);
    expect(at(r.operations, 3)).toMatchObject([
      { kind: "update-rows", table: "users", columns: ["active"], filtered: true, onlyNulls: true },
    ]);
    // The ALTER starts on line 6; its DROP COLUMN clause is on line 7.
    const drop = r.operations.find((o) => o.kind === "drop-column");
    expect(drop).toMatchObject({ table: "users", column: "legacy" });
    expect([6, 7]).toContain(drop!.line);
    expect(at(r.operations, 10)).toMatchObject([{ kind: "delete-rows", table: "sessions", filtered: false }]);
    // `table = "users"` two lines up: the interpolation is a literal the reader knows.
    expect(at(r.operations, 12)).toMatchObject([{ kind: "delete-rows", table: "users", filtered: false }]);
    expect(at(r.operations, 13)).toMatchObject([{ kind: "unknown" }]);
    expect(at(r.operations, 14)).toMatchObject([{ kind: "truncate", tables: ["audit_logs"] }]);
    expect(at(r.operations, 16)).toMatchObject([{ kind: "update-rows", table: "accounts", filtered: false }]);
    // `DROP TABLE everything` lives in down.
    expect(r.operations.some((o) => o.kind === "drop-table")).toBe(false);
  });
});
