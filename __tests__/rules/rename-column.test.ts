import { context, describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { renameColumn } from "../../src/core/rules/rename-column.js";

describe("rename-column", () => {
  it("reports a rename of a pre-existing column", () => {
    const hits = renameColumn.check(
      context([{ kind: "rename-column", table: "users", column: "name", newName: "full_name", line: 2 }]),
    );
    expect(hits.map((h) => [h.line, h.table, h.column])).toEqual([[2, "users", "name"]]);
  });

  it("ignores a rename of a column added or a table created in the same file", () => {
    expect(
      hitLines(renameColumn, [
        { kind: "add-column", table: "users", column: "nick", line: 1 },
        { kind: "rename-column", table: "users", column: "nick", newName: "handle", line: 2 },
        { kind: "create-table", table: "teams", columns: ["title"], line: 3 },
        { kind: "rename-column", table: "teams", column: "title", newName: "name", line: 4 },
      ]),
    ).toEqual([]);
  });
});

describeFixtures("rename-column");
