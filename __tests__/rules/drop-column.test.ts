import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { dropColumn } from "../../src/core/rules/drop-column.js";
import { context } from "../../__fixtures__/rules/harness.js";

describe("drop-column", () => {
  it("reports a pre-existing column with table and column", () => {
    const hits = dropColumn.check(
      context([{ kind: "drop-column", table: "users", column: "email", line: 4 }], { framework: "rails" }),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ line: 4, table: "users", column: "email" });
    // Rails gets the ignored_columns route.
    expect(hits[0]?.safeAlternative).toContain("ignored_columns");
  });

  it("reports even when the values were copied to another column first", () => {
    expect(
      hitLines(dropColumn, [
        { kind: "add-column", table: "users", column: "email_address", line: 1 },
        {
          kind: "update-rows",
          table: "users",
          columns: ["email_address"],
          filtered: false,
          onlyNulls: false,
          via: "UPDATE",
          line: 2,
        },
        { kind: "drop-column", table: "users", column: "email", line: 3 },
      ]),
    ).toEqual([3]);
  });

  it("ignores a column added earlier in the same file", () => {
    expect(
      hitLines(dropColumn, [
        { kind: "add-column", table: "users", column: "tmp", line: 1 },
        { kind: "drop-column", table: "users", column: "tmp", line: 2 },
      ]),
    ).toEqual([]);
  });

  it("ignores a column of a table created in the same file", () => {
    expect(
      hitLines(dropColumn, [
        { kind: "create-table", table: "accounts", columns: ["id", "legacy"], line: 1 },
        { kind: "drop-column", table: "accounts", column: "legacy", line: 6 },
      ]),
    ).toEqual([]);
  });

  it("reports a column added only after the drop, and one added to another table", () => {
    expect(
      hitLines(dropColumn, [
        { kind: "add-column", table: "orders", column: "email", line: 1 },
        { kind: "drop-column", table: "users", column: "email", line: 2 },
        { kind: "drop-column", table: "users", column: "name", line: 3 },
        { kind: "add-column", table: "users", column: "name", line: 4 },
      ]),
    ).toEqual([2, 3]);
  });

  it("follows a column renamed after being added", () => {
    expect(
      hitLines(dropColumn, [
        { kind: "add-column", table: "users", column: "a", line: 1 },
        { kind: "rename-column", table: "users", column: "a", newName: "b", line: 2 },
        { kind: "drop-column", table: "users", column: "b", line: 3 },
        { kind: "drop-column", table: "users", column: "a", line: 4 },
      ]),
    ).toEqual([4]);
  });
});

describeFixtures("drop-column");
