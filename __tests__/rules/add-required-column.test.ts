import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { addRequiredColumn } from "../../src/core/rules/add-required-column.js";

describe("add-required-column", () => {
  it("reports NOT NULL without a default on a pre-existing table, on every database", () => {
    for (const database of ["postgresql", "mysql", "sqlite"] as const) {
      expect(
        hitLines(
          addRequiredColumn,
          [
            {
              kind: "add-column",
              table: "users",
              column: "tenant_id",
              type: "bigint",
              notNull: true,
              line: 3,
            },
          ],
          { database },
        ),
      ).toEqual([3]);
    }
  });

  it("ignores a nullable column and a NOT NULL column with a default", () => {
    expect(
      hitLines(addRequiredColumn, [
        { kind: "add-column", table: "users", column: "a", line: 1 },
        {
          kind: "add-column",
          table: "users",
          column: "b",
          notNull: true,
          default: { volatile: false, text: "0" },
          line: 2,
        },
        { kind: "add-column", table: "users", column: "c", notNull: false, line: 3 },
      ]),
    ).toEqual([]);
  });

  it("ignores a table created in the same file", () => {
    expect(
      hitLines(addRequiredColumn, [
        { kind: "create-table", table: "teams", columns: ["id"], line: 1 },
        { kind: "add-column", table: "teams", column: "name", notNull: true, line: 2 },
      ]),
    ).toEqual([]);
  });
});

describeFixtures("add-required-column");
