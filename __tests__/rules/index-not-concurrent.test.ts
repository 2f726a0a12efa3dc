import { context, describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { indexNotConcurrent } from "../../src/core/rules/index-not-concurrent.js";
import type { Op } from "../../__fixtures__/rules/harness.js";

const index: Op = {
  kind: "add-index",
  table: "users",
  columns: ["email"],
  name: "index_users_on_email",
  line: 3,
};

describe("index-not-concurrent", () => {
  it("reports a plain index build on a pre-existing PostgreSQL table", () => {
    expect(hitLines(indexNotConcurrent, [index])).toEqual([3]);
    expect(hitLines(indexNotConcurrent, [{ ...index, unique: true } as Op])).toEqual([3]);
  });

  it("gives the Rails alternative to a Rails migration", () => {
    const [hit] = indexNotConcurrent.check(context([index], { framework: "rails" }));
    expect(hit?.safeAlternative).toContain("algorithm: :concurrently");
    expect(hit?.safeAlternative).toContain("disable_ddl_transaction!");
  });

  it("ignores a concurrent build", () => {
    expect(hitLines(indexNotConcurrent, [{ ...index, concurrently: true } as Op])).toEqual([]);
  });

  it("ignores an index on a table created in the same file", () => {
    expect(
      hitLines(indexNotConcurrent, [{ kind: "create-table", table: "users", columns: [], line: 1 }, index]),
    ).toEqual([]);
  });

  it("reports nothing on MySQL (InnoDB builds online) or SQLite", () => {
    expect(hitLines(indexNotConcurrent, [index], { database: "mysql" })).toEqual([]);
    expect(hitLines(indexNotConcurrent, [index], { database: "sqlite" })).toEqual([]);
  });
});

describeFixtures("index-not-concurrent");
