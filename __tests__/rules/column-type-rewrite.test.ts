import { context, describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { columnTypeRewrite } from "../../src/core/rules/column-type-rewrite.js";
import type { Op } from "../../__fixtures__/rules/harness.js";

const change: Op = { kind: "change-column-type", table: "events", column: "payload", type: "jsonb", line: 4 };

describe("column-type-rewrite", () => {
  it("reports a rewriting change on every database, with a database-specific message", () => {
    const messages = (["postgresql", "mysql", "sqlite"] as const).map((database) => {
      const hits = columnTypeRewrite.check(context([change], { database }));
      expect(hits.map((h) => [h.line, h.table, h.column])).toEqual([[4, "events", "payload"]]);
      return hits[0]?.message;
    });
    expect(new Set(messages).size).toBe(3);
  });

  it("ignores a widening change (metadata only)", () => {
    expect(hitLines(columnTypeRewrite, [{ ...change, widening: true } as Op])).toEqual([]);
  });

  it("ignores a table created in the same file", () => {
    expect(
      hitLines(columnTypeRewrite, [
        { kind: "create-table", table: "events", columns: ["payload"], line: 1 },
        change,
      ]),
    ).toEqual([]);
  });
});

describeFixtures("column-type-rewrite");
