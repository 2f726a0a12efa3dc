import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { lossyTypeChange } from "../../src/core/rules/lossy-type-change.js";

describe("lossy-type-change", () => {
  it("reports a lossy change of a pre-existing column", () => {
    expect(
      hitLines(lossyTypeChange, [
        {
          kind: "change-column-type",
          table: "products",
          column: "price",
          type: "integer",
          lossy: true,
          line: 7,
        },
      ]),
    ).toEqual([7]);
  });

  it("ignores changes not marked lossy, including widening ones", () => {
    expect(
      hitLines(lossyTypeChange, [
        { kind: "change-column-type", table: "p", column: "a", type: "bigint", line: 1 },
        { kind: "change-column-type", table: "p", column: "b", type: "text", widening: true, line: 2 },
        { kind: "change-column-type", table: "p", column: "c", type: "jsonb", lossy: false, line: 3 },
      ]),
    ).toEqual([]);
  });

  it("ignores a column added in the same file (it holds no old values)", () => {
    expect(
      hitLines(lossyTypeChange, [
        { kind: "add-column", table: "p", column: "code", type: "text", line: 1 },
        { kind: "change-column-type", table: "p", column: "code", type: "varchar(8)", lossy: true, line: 2 },
      ]),
    ).toEqual([]);
  });
});

describeFixtures("lossy-type-change");
