import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { dropSequence } from "../../src/core/rules/drop-sequence.js";

describe("drop-sequence", () => {
  it("reports a sequence drop on its line", () => {
    expect(
      hitLines(dropSequence, [{ kind: "drop-sequence", name: "invoice_seq", cascade: true, line: 3 }]),
    ).toEqual([3]);
  });

  it("reports nothing for an index or table drop", () => {
    expect(
      hitLines(dropSequence, [
        { kind: "drop-index", name: "invoice_seq", line: 1 },
        { kind: "drop-table", table: "invoice_seq", line: 2 },
      ]),
    ).toEqual([]);
  });
});

describeFixtures("drop-sequence");
