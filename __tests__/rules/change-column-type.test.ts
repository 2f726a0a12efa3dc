import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { changeColumnType } from "../../src/core/rules/change-column-type.js";

describe("change-column-type", () => {
  it("reports a non-widening change of a pre-existing column, lossy or not", () => {
    expect(
      hitLines(changeColumnType, [
        { kind: "change-column-type", table: "users", column: "age", type: "bigint", line: 2 },
        {
          kind: "change-column-type",
          table: "users",
          column: "bio",
          type: "varchar(10)",
          lossy: true,
          line: 3,
        },
      ]),
    ).toEqual([2, 3]);
  });

  it("ignores a widening change", () => {
    expect(
      hitLines(changeColumnType, [
        { kind: "change-column-type", table: "users", column: "name", type: "text", widening: true, line: 2 },
      ]),
    ).toEqual([]);
  });

  it("ignores tables created and columns added in the same file", () => {
    expect(
      hitLines(changeColumnType, [
        { kind: "create-table", table: "t", columns: ["a"], line: 1 },
        { kind: "change-column-type", table: "t", column: "a", type: "uuid", line: 2 },
        { kind: "add-column", table: "users", column: "ref", line: 3 },
        { kind: "change-column-type", table: "users", column: "ref", type: "uuid", line: 4 },
      ]),
    ).toEqual([]);
  });
});

describeFixtures("change-column-type");
