import { context, describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { deleteRows } from "../../src/core/rules/delete-rows.js";

describe("delete-rows", () => {
  it("reports filtered and unfiltered deletes on a pre-existing table", () => {
    const hits = deleteRows.check(
      context([
        { kind: "delete-rows", table: "users", filtered: true, via: "DELETE", line: 2 },
        { kind: "delete-rows", table: "users", filtered: false, via: "delete_all", line: 5 },
      ]),
    );
    expect(hits.map((h) => [h.line, h.table])).toEqual([
      [2, "users"],
      [5, "users"],
    ]);
    // The two cases are told apart in the message (no wording asserted beyond the difference).
    expect(hits[0]?.message).not.toEqual(hits[1]?.message);
  });

  it("ignores deletes from a table created in the same file", () => {
    expect(
      hitLines(deleteRows, [
        { kind: "create-table", table: "imports", columns: ["id"], line: 1 },
        { kind: "delete-rows", table: "imports", filtered: false, via: "DELETE", line: 3 },
      ]),
    ).toEqual([]);
  });

  it("reports a delete from a table that was dropped and is not re-created", () => {
    expect(
      hitLines(deleteRows, [
        { kind: "create-table", table: "a", columns: [], line: 1 },
        { kind: "drop-table", table: "a", line: 2 },
        { kind: "delete-rows", table: "b", filtered: true, via: "destroy_all", line: 3 },
      ]),
    ).toEqual([3]);
  });
});

describeFixtures("delete-rows");
