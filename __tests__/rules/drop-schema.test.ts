import { context, describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { dropSchema } from "../../src/core/rules/drop-schema.js";

describe("drop-schema", () => {
  it("reports a drop with and without CASCADE, saying which", () => {
    const hits = dropSchema.check(
      context([
        { kind: "drop-schema", name: "staging", cascade: true, line: 1 },
        { kind: "drop-schema", name: "scratch", line: 2 },
      ]),
    );
    expect(hits.map((h) => h.line)).toEqual([1, 2]);
    expect(hits[0]!.message).toContain("CASCADE");
    expect(hits[1]!.message).not.toContain("CASCADE");
  });

  it("reports nothing for other drops", () => {
    expect(hitLines(dropSchema, [{ kind: "drop-database", name: "staging", line: 1 }])).toEqual([]);
  });
});

describeFixtures("drop-schema");
