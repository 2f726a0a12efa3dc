import { context, describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { truncateTable } from "../../src/core/rules/truncate-table.js";

describe("truncate-table", () => {
  it("reports a truncate of pre-existing tables once, naming the first", () => {
    const hits = truncateTable.check(
      context([{ kind: "truncate", tables: ["sessions", "events"], line: 2 }]),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ line: 2, table: "sessions" });
  });

  it("ignores a truncate of a table created in the same file", () => {
    expect(
      hitLines(truncateTable, [
        { kind: "create-table", table: "staging_rows", columns: ["id"], line: 1 },
        { kind: "truncate", tables: ["staging_rows"], line: 4 },
      ]),
    ).toEqual([]);
  });

  it("names only the pre-existing tables when some are new", () => {
    const hits = truncateTable.check(
      context([
        { kind: "create-table", table: "scratch", columns: [], line: 1 },
        { kind: "truncate", tables: ["scratch", "audit_log"], cascade: true, line: 2 },
      ]),
    );
    expect(hits.map((h) => [h.line, h.table])).toEqual([[2, "audit_log"]]);
  });
});

describeFixtures("truncate-table");
