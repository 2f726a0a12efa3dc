import { context, describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { setNotNull } from "../../src/core/rules/set-not-null.js";
import type { Op } from "../../__fixtures__/rules/harness.js";

const op: Op = { kind: "set-not-null", table: "users", column: "email", line: 2 };

describe("set-not-null", () => {
  it("reports on a pre-existing PostgreSQL table with the NOT VALID check route", () => {
    const hits = setNotNull.check(context([op]));
    expect(hits.map((h) => [h.line, h.table, h.column])).toEqual([[2, "users", "email"]]);
    expect(hits[0]?.safeAlternative).toContain("NOT VALID");
  });

  it("still reports a column added earlier in the file: the scan covers the whole old table", () => {
    expect(
      hitLines(setNotNull, [{ kind: "add-column", table: "users", column: "email", line: 1 }, op]),
    ).toEqual([2]);
  });

  it("ignores a table created in the same file", () => {
    expect(
      hitLines(setNotNull, [{ kind: "create-table", table: "users", columns: ["email"], line: 1 }, op]),
    ).toEqual([]);
  });

  it("reports on MySQL with other advice, nothing on SQLite", () => {
    const [mysql] = setNotNull.check(context([op], { database: "mysql" }));
    expect(mysql?.line).toBe(2);
    expect(mysql?.safeAlternative).not.toContain("NOT VALID");
    expect(hitLines(setNotNull, [op], { database: "sqlite" })).toEqual([]);
  });
});

describeFixtures("set-not-null");
