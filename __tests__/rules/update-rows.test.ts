import { context, describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { updateRows } from "../../src/core/rules/update-rows.js";
import type { Op } from "../../__fixtures__/rules/harness.js";

function update(
  columns: string[],
  extra: Partial<{ onlyNulls: boolean; filtered: boolean }> = {},
  line = 3,
): Op {
  return {
    kind: "update-rows",
    table: "users",
    columns,
    filtered: extra.filtered ?? true,
    onlyNulls: extra.onlyNulls ?? false,
    via: "UPDATE",
    line,
  };
}

describe("update-rows", () => {
  it("reports an update that overwrites a pre-existing column, naming it", () => {
    const hits = updateRows.check(context([update(["status"])]));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ line: 3, table: "users", column: "status" });
  });

  it("reports when the assigned columns are unknown", () => {
    expect(hitLines(updateRows, [update([])])).toEqual([3]);
  });

  it("ignores a backfill that only fills NULLs", () => {
    expect(hitLines(updateRows, [update(["locale"], { onlyNulls: true })])).toEqual([]);
  });

  it("ignores a soft delete on a column added in the same file", () => {
    expect(
      hitLines(updateRows, [
        { kind: "add-column", table: "users", column: "deleted_at", type: "timestamp", line: 1 },
        update(["deleted_at"], { filtered: true }),
      ]),
    ).toEqual([]);
  });

  it("reports when one of several columns is pre-existing, and names that one", () => {
    const hits = updateRows.check(
      context([
        { kind: "add-column", table: "users", column: "deleted_at", line: 1 },
        update(["deleted_at", "email"]),
      ]),
    );
    expect(hits.map((h) => [h.line, h.column])).toEqual([[3, "email"]]);
  });

  it("ignores updates of a table created in the same file, even with unknown columns", () => {
    expect(
      hitLines(updateRows, [
        { kind: "create-table", table: "users", columns: ["id", "status"], line: 1 },
        update([]),
      ]),
    ).toEqual([]);
  });
});

describeFixtures("update-rows");
