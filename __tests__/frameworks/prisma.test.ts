// Prisma Migrate: `prisma/migrations/<name>/migration.sql`, all forward.
import { readFileSync } from "node:fs";
import { prisma } from "../../src/core/frameworks/prisma.js";
import type { Parsers } from "../../src/core/parsers.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["postgres"]);
});

const PATH = "prisma/migrations/20240301120000_drop_legacy/migration.sql";

describe("prisma", () => {
  it.each([
    [PATH, true],
    ["apps/api/prisma/migrations/20240301120000_init/migration.sql", true],
    ["prisma/migrations/migration_lock.toml", false],
    ["prisma/migrations/20240301120000_init/other.sql", false],
    ["prisma/schema.prisma", false],
    ["migrations/20240301120000_init/migration.sql", false],
  ])("matches %s: %s", (path, expected) => {
    expect(prisma.matches(path, "")).toBe(expected);
  });

  it("reads the generated SQL with the lines of the file, warnings comment included", () => {
    const source = readFileSync(`__fixtures__/sql/prisma/${PATH}`, "utf8");
    const r = prisma.parse({ path: PATH, source, database: "postgresql" }, parsers);
    expect(r.framework).toBe("prisma");
    expect(r.problems).toEqual([]);
    expect(r.operations.map((o) => [o.kind, o.line, o.table])).toEqual([
      ["drop-column", 8, "User"],
      ["add-column", 8, "User"],
      ["add-index", 12, "User"],
      ["add-constraint", 15, "Post"],
    ]);
    expect(r.operations[1]).toMatchObject({ column: "plan", notNull: true, default: { volatile: false } });
    expect(r.comments.map((c) => c.line)).toEqual([1, 7, 11, 14]);
  });
});
