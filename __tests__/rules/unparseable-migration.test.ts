import { context, describeFixtures } from "../../__fixtures__/rules/harness.js";
import { unparseableMigration } from "../../src/core/rules/unparseable-migration.js";

describe("unparseable-migration", () => {
  it("reports each problem at its span and says the part was not analysed", () => {
    const hits = unparseableMigration.check(
      context([], {
        problems: [
          { line: 3, endLine: 4, message: 'syntax error at or near "TABEL"' },
          { line: 1, endLine: 1, message: "db/x.sql is binary (contains NUL bytes); it was not analysed" },
        ],
      }),
    );
    expect(hits.map((h) => [h.line, h.endLine])).toEqual([
      [3, 4],
      [1, 1],
    ]);
    for (const h of hits) expect(h.message).toMatch(/not analysed/i);
  });

  it("reports nothing when there is no problem", () => {
    expect(unparseableMigration.check(context([{ kind: "drop-table", table: "t", line: 1 }]))).toEqual([]);
  });
});

describeFixtures("unparseable-migration");
