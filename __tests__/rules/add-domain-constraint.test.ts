import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { addDomainConstraint } from "../../src/core/rules/add-domain-constraint.js";

describe("add-domain-constraint", () => {
  it("reports a validated domain constraint, not a NOT VALID one", () => {
    expect(
      hitLines(addDomainConstraint, [
        { kind: "add-domain-constraint", domain: "positive_amount", name: "c", validated: true, line: 1 },
        { kind: "add-domain-constraint", domain: "positive_amount", name: "d", validated: false, line: 2 },
      ]),
    ).toEqual([1]);
  });
});

describeFixtures("add-domain-constraint");
