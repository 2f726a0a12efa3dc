import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { renameTable } from "../../src/core/rules/rename-table.js";

describe("rename-table", () => {
  it("reports a rename of a pre-existing table", () => {
    expect(
      hitLines(renameTable, [{ kind: "rename-table", table: "users", newName: "accounts", line: 5 }]),
    ).toEqual([5]);
  });

  it("ignores a rename of a table created in the same file", () => {
    expect(
      hitLines(renameTable, [
        { kind: "create-table", table: "tmp", columns: [], line: 1 },
        { kind: "rename-table", table: "tmp", newName: "final", line: 2 },
      ]),
    ).toEqual([]);
  });

  it("reports a second rename of an old table", () => {
    expect(
      hitLines(renameTable, [
        { kind: "rename-table", table: "users", newName: "u2", line: 1 },
        { kind: "rename-table", table: "u2", newName: "u3", line: 2 },
      ]),
    ).toEqual([1, 2]);
  });
});

describeFixtures("rename-table");
