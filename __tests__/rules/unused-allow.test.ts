import { context } from "../../__fixtures__/rules/harness.js";
import { unusedAllow } from "../../src/core/rules/unused-allow.js";

// Its findings come from suppress.ts (see __tests__/suppress.test.ts); the rule itself reports nothing.
describe("unused-allow", () => {
  it("reports nothing from operations", () => {
    expect(unusedAllow.check(context([{ kind: "drop-table", table: "t", line: 1 }]))).toEqual([]);
  });

  it("has advice and a category for the findings suppress.ts makes", () => {
    expect(unusedAllow.category).toBe("needs-review");
    expect(unusedAllow.safeAlternative.length).toBeGreaterThan(0);
  });
});
