// golang-migrate: `.up.sql` forward, `.down.sql` never, and an up without its down cannot be rolled back.
import { readFileSync } from "node:fs";
import { FolderIndex } from "../../src/core/folder-index.js";
import { golangMigrate } from "../../src/core/frameworks/golang-migrate.js";
import type { Parsers } from "../../src/core/parsers.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["postgres"]);
});

const DIR = "__fixtures__/sql/golang-migrate/migrations";

function parse(name: string, siblings?: string[]) {
  const path = `db/migrations/${name}`;
  const source = readFileSync(`${DIR}/${name}`, "utf8");
  return golangMigrate.parse(
    { path, source, database: "postgresql", ...(siblings ? { siblings: new FolderIndex(siblings) } : {}) },
    parsers,
  );
}

describe("golang-migrate", () => {
  it.each([
    ["db/migrations/000002_drop_legacy.up.sql", true],
    ["db/migrations/000002_drop_legacy.down.sql", true],
    ["migrations/1_init.UP.SQL", true],
    ["db/migrations/000002_drop_legacy.sql", false],
    ["db/migrations/000002_drop_legacy.up.sql.bak", false],
  ])("matches %s: %s", (path, expected) => {
    expect(golangMigrate.matches(path, "")).toBe(expected);
  });

  it("reads the up file at its lines", () => {
    const r = parse("000002_drop_legacy.up.sql", ["000002_drop_legacy.down.sql", "000003_purge.up.sql"]);
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["drop-column", 3],
      ["add-index", 4],
    ]);
    expect(r.comments).toMatchObject([{ line: 2 }]);
  });

  it("yields nothing for a down file, though it drops an index and adds a column", () => {
    const r = parse("000002_drop_legacy.down.sql");
    expect(r).toEqual({ framework: "golang-migrate", operations: [], comments: [], problems: [] });
  });

  it("adds an irreversible operation on line 1 when the down file is missing from the siblings", () => {
    const r = parse("000003_purge.up.sql", ["000002_drop_legacy.up.sql", "000002_drop_legacy.down.sql"]);
    expect(r.operations.map((o) => [o.kind, o.line])).toEqual([
      ["delete-rows", 1],
      ["irreversible", 1],
    ]);
  });

  it("does not guess reversibility when no siblings are given", () => {
    expect(parse("000003_purge.up.sql").operations.map((o) => o.kind)).toEqual(["delete-rows"]);
  });
});
