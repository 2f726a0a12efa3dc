import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { validateInSameTransaction } from "../../src/core/rules/validate-in-same-transaction.js";
import type { Op } from "../../__fixtures__/rules/harness.js";

const add: Op = {
  kind: "add-constraint",
  table: "orders",
  constraint: "check",
  name: "c",
  validated: false,
  line: 1,
};
const validate: Op = { kind: "validate-constraint", table: "orders", name: "c", line: 2 };

describe("validate-in-same-transaction", () => {
  it("reports VALIDATE of a constraint added NOT VALID in the same transaction", () => {
    expect(hitLines(validateInSameTransaction, [add, validate])).toEqual([2]);
  });

  it("ignores a validation in another transaction, of another constraint, or of one added before the file", () => {
    expect(hitLines(validateInSameTransaction, [add, { ...validate, transaction: 1 } as Op])).toEqual([]);
    expect(hitLines(validateInSameTransaction, [add, { ...validate, name: "d" } as Op])).toEqual([]);
    expect(hitLines(validateInSameTransaction, [validate])).toEqual([]);
    expect(hitLines(validateInSameTransaction, [add, validate], { framework: "sequelize" })).toEqual([]);
  });
});

describeFixtures("validate-in-same-transaction");
