// Flyway: versioned and repeatable scripts run forward; undo scripts never do.
import { readFileSync } from "node:fs";
import { flyway } from "../../src/core/frameworks/flyway.js";
import type { Parsers } from "../../src/core/parsers.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["postgres"]);
});

function parse(name: string) {
  const source = readFileSync(`__fixtures__/sql/flyway/db/migration/${name}`, "utf8");
  return flyway.parse(
    { path: `src/main/resources/db/migration/${name}`, source, database: "postgresql" },
    parsers,
  );
}

describe("flyway", () => {
  it.each([
    ["db/migration/V2_1__drop_legacy.sql", true],
    ["db/migration/V1__init.sql", true],
    ["db/migration/V1.2.3__more.sql", true],
    ["db/migration/U2_1__drop_legacy.sql", true],
    ["db/migration/R__refresh_views.sql", true],
    ["db/migration/V2__x.java", false],
    ["db/migration/Version2__x.sql", false],
    ["db/migration/V2_drop.sql", false],
    ["db/migration/R_views.sql", false],
  ])("matches %s: %s", (path, expected) => {
    expect(flyway.matches(path, "")).toBe(expected);
  });

  it("reads a versioned script at its lines", () => {
    const r = parse("V2_1__drop_legacy.sql");
    expect(r.framework).toBe("flyway");
    expect(r.operations).toMatchObject([
      { kind: "drop-column", table: "accounts", column: "legacy_id", line: 2 },
      { kind: "update-rows", table: "accounts", columns: ["tier"], onlyNulls: true, line: 3 },
    ]);
  });

  it("reads a repeatable script as forward", () => {
    expect(parse("R__refresh_views.sql").operations).toMatchObject([
      { kind: "truncate", tables: ["report_cache"], line: 2 },
    ]);
  });

  it("yields nothing for an undo script, though it drops a table", () => {
    expect(parse("U2_1__drop_legacy.sql").operations).toEqual([]);
  });
});
