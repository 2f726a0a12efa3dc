import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { addUniqueConstraint } from "../../src/core/rules/add-unique-constraint.js";
import type { Op } from "../../__fixtures__/rules/harness.js";

const unique: Op = { kind: "add-constraint", table: "users", constraint: "unique", validated: true, line: 4 };

describe("add-unique-constraint", () => {
  it("reports UNIQUE and PRIMARY KEY built under lock on a pre-existing table", () => {
    expect(
      hitLines(addUniqueConstraint, [unique, { ...unique, constraint: "primary-key", line: 5 } as Op]),
    ).toEqual([4, 5]);
  });

  it("ignores USING INDEX, other constraints and new tables", () => {
    expect(hitLines(addUniqueConstraint, [{ ...unique, usingIndex: true } as Op])).toEqual([]);
    expect(hitLines(addUniqueConstraint, [{ ...unique, constraint: "check" } as Op])).toEqual([]);
    expect(
      hitLines(addUniqueConstraint, [{ kind: "create-table", table: "users", columns: [], line: 1 }, unique]),
    ).toEqual([]);
  });

  it("is PostgreSQL only", () => {
    expect(hitLines(addUniqueConstraint, [unique], { database: "mysql" })).toEqual([]);
    expect(hitLines(addUniqueConstraint, [unique], { database: "sqlite" })).toEqual([]);
  });
});

describeFixtures("add-unique-constraint");
