import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { unrecognizedOperation } from "../../src/core/rules/unrecognized-operation.js";

describe("unrecognized-operation", () => {
  it("reports each unknown operation", () => {
    expect(
      hitLines(unrecognizedOperation, [
        { kind: "unknown", reason: "execute with a variable", text: "execute(sql)", line: 4 },
        { kind: "add-column", table: "a", column: "b", line: 5 },
        { kind: "unknown", reason: "dynamic SQL in a DO block", line: 8, endLine: 12 },
      ]),
    ).toEqual([4, 8]);
  });

  it("ignores known operations", () => {
    expect(
      hitLines(unrecognizedOperation, [{ kind: "create-table", table: "t", columns: [], line: 1 }]),
    ).toEqual([]);
  });
});

describeFixtures("unrecognized-operation");
