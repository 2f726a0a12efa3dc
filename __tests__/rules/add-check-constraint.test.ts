import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { addCheckConstraint } from "../../src/core/rules/add-check-constraint.js";
import type { Op } from "../../__fixtures__/rules/harness.js";

const check: Op = {
  kind: "add-constraint",
  table: "orders",
  constraint: "check",
  name: "positive",
  validated: true,
  line: 3,
};

describe("add-check-constraint", () => {
  it("reports a validated check on a pre-existing table (PostgreSQL and MySQL)", () => {
    expect(hitLines(addCheckConstraint, [check])).toEqual([3]);
    expect(hitLines(addCheckConstraint, [check], { database: "mysql" })).toEqual([3]);
  });

  it("ignores NOT VALID, foreign keys, new tables and SQLite", () => {
    expect(hitLines(addCheckConstraint, [{ ...check, validated: false } as Op])).toEqual([]);
    expect(hitLines(addCheckConstraint, [{ ...check, constraint: "foreign-key" } as Op])).toEqual([]);
    expect(
      hitLines(addCheckConstraint, [{ kind: "create-table", table: "orders", columns: [], line: 1 }, check]),
    ).toEqual([]);
    expect(hitLines(addCheckConstraint, [check], { database: "sqlite" })).toEqual([]);
  });
});

describeFixtures("add-check-constraint");
