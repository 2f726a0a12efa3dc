import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { dropDatabase } from "../../src/core/rules/drop-database.js";

describe("drop-database", () => {
  it("reports every DROP DATABASE, IF EXISTS or not", () => {
    expect(
      hitLines(dropDatabase, [
        { kind: "drop-database", name: "shop", line: 1 },
        { kind: "drop-database", name: "reporting", ifExists: true, line: 2 },
      ]),
    ).toEqual([1, 2]);
  });

  it("reports nothing for a table drop or an unknown statement", () => {
    expect(
      hitLines(dropDatabase, [
        { kind: "drop-table", table: "shop", line: 1 },
        { kind: "unknown", reason: "x", line: 2 },
      ]),
    ).toEqual([]);
  });
});

describeFixtures("drop-database");
