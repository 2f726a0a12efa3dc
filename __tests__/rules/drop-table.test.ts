import { hitLines } from "../../__fixtures__/rules/harness.js";
import { describeFixtures } from "../../__fixtures__/rules/harness.js";
import { dropTable } from "../../src/core/rules/drop-table.js";

describe("drop-table", () => {
  it("reports a drop of a pre-existing table, with the table named", () => {
    const hits = dropTable.check({
      path: "x.sql",
      framework: "sql",
      database: "postgresql",
      operations: [{ kind: "drop-table", table: "users", cascade: true, line: 3, endLine: 4 }],
      problems: [],
      status: "added",
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ line: 3, endLine: 4, table: "users" });
  });

  it("ignores a table created earlier in the same file", () => {
    expect(
      hitLines(dropTable, [
        { kind: "create-table", table: "tmp_import", columns: ["id"], line: 1 },
        { kind: "drop-table", table: "tmp_import", line: 5 },
      ]),
    ).toEqual([]);
  });

  it("reports a table created only after the drop (a re-create does not make the drop safe)", () => {
    expect(
      hitLines(dropTable, [
        { kind: "drop-table", table: "users", line: 1 },
        { kind: "create-table", table: "users", columns: ["id"], line: 2 },
      ]),
    ).toEqual([1]);
  });

  it("treats public.users and users as the same table", () => {
    expect(
      hitLines(dropTable, [
        { kind: "create-table", table: "public.scratch", columns: [], line: 1 },
        { kind: "drop-table", table: "scratch", line: 2 },
      ]),
    ).toEqual([]);
  });

  it("follows a renamed new table, and a new name given to an old table", () => {
    expect(
      hitLines(dropTable, [
        { kind: "create-table", table: "a", columns: [], line: 1 },
        { kind: "rename-table", table: "a", newName: "b", line: 2 },
        { kind: "drop-table", table: "b", line: 3 },
        { kind: "rename-table", table: "users", newName: "old_users", line: 4 },
        { kind: "drop-table", table: "old_users", line: 5 },
      ]),
    ).toEqual([5]);
  });

  it("reports on every database", () => {
    for (const database of ["postgresql", "mysql", "sqlite"] as const) {
      expect(hitLines(dropTable, [{ kind: "drop-table", table: "t", line: 2 }], { database })).toEqual([2]);
    }
  });
});

describeFixtures("drop-table");
