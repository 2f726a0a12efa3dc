// Plain SQL migrations: the last-resort framework, precise about which `.sql` files are migrations.
import { readFileSync } from "node:fs";
import { plainSql } from "../../src/core/frameworks/sql.js";
import type { Parsers } from "../../src/core/parsers.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["postgres"]);
});

describe("plain SQL migrations", () => {
  it.each([
    ["migrations/003_orders.sql", true],
    ["db/migrate/003_orders.sql", true],
    ["db/migrations/2024/003_orders.sql", true],
    ["sql/migrations/003_orders.sql", true],
    ["database/migration/003_orders.sql", true],
    ["schema_migrations/003_orders.sql", true],
    ["services/billing/db-migrations/003.sql", true],
    ["migrations/2024-01-01-000000_orders/up.sql", true],
    ["migrations/2024-01-01-000000_orders/down.sql", false],
    ["migrations/003_orders_down.sql", false],
    ["migrations/rollback.sql", false],
    ["src/queries/report.sql", false],
    ["query.sql", false],
    ["db/structure.sql", false],
    ["db/seeds/users.sql", false],
    ["migrations.sql", false],
    ["node_modules/some-lib/migrations/001.sql", false],
    ["migrations/003_orders.rb", false],
  ])("matches %s: %s", (path, expected) => {
    expect(plainSql.matches(path, "")).toBe(expected);
  });

  it("reads the whole file forward", () => {
    const source = readFileSync("__fixtures__/sql/plain/db/migrate/003_orders.sql", "utf8");
    const r = plainSql.parse({ path: "db/migrate/003_orders.sql", source, database: "postgresql" }, parsers);
    expect(r).toEqual({
      framework: "sql",
      operations: [{ kind: "drop-column", table: "orders", column: "coupon_code", line: 2, endLine: 2 }],
      comments: [{ text: " Orders lose their coupon code.", line: 1, endLine: 1 }],
      problems: [],
    });
  });

  it("returns problems for unreadable SQL instead of nothing", () => {
    const r = plainSql.parse(
      { path: "migrations/1.sql", source: "SELECT 1;\nUPDATE t SET a = 'x;\n", database: "postgresql" },
      parsers,
    );
    expect(r.problems).toMatchObject([{ line: 2 }]);
  });
});
