import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { addExclusionConstraint } from "../../src/core/rules/add-exclusion-constraint.js";
import type { Op } from "../../__fixtures__/rules/harness.js";

const exclusion: Op = {
  kind: "add-constraint",
  table: "bookings",
  constraint: "exclusion",
  validated: true,
  line: 2,
};

describe("add-exclusion-constraint", () => {
  it("reports an exclusion constraint on an existing table, not other constraints", () => {
    expect(hitLines(addExclusionConstraint, [exclusion])).toEqual([2]);
    expect(hitLines(addExclusionConstraint, [{ ...exclusion, constraint: "check" } as Op])).toEqual([]);
  });

  it("ignores a table created in the same file", () => {
    expect(
      hitLines(addExclusionConstraint, [
        { kind: "create-table", table: "bookings", columns: [], line: 1 },
        exclusion,
      ]),
    ).toEqual([]);
  });
});

describeFixtures("add-exclusion-constraint");
