import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { addForeignKey } from "../../src/core/rules/add-foreign-key.js";
import type { Op } from "../../__fixtures__/rules/harness.js";

const fk: Op = {
  kind: "add-constraint",
  table: "orders",
  constraint: "foreign-key",
  validated: true,
  line: 2,
};

describe("add-foreign-key", () => {
  it("reports a validated foreign key on a pre-existing table (PostgreSQL and MySQL)", () => {
    expect(hitLines(addForeignKey, [fk])).toEqual([2]);
    expect(hitLines(addForeignKey, [fk], { database: "mysql" })).toEqual([2]);
  });

  it("ignores NOT VALID, other constraints, new tables and SQLite", () => {
    expect(hitLines(addForeignKey, [{ ...fk, validated: false } as Op])).toEqual([]);
    expect(hitLines(addForeignKey, [{ ...fk, constraint: "check" } as Op])).toEqual([]);
    expect(
      hitLines(addForeignKey, [{ kind: "create-table", table: "orders", columns: [], line: 1 }, fk]),
    ).toEqual([]);
    expect(hitLines(addForeignKey, [fk], { database: "sqlite" })).toEqual([]);
  });
});

describeFixtures("add-foreign-key");
