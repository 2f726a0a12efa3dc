import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { irreversibleMigration } from "../../src/core/rules/irreversible-migration.js";

describe("irreversible-migration", () => {
  it("reports each irreversible operation", () => {
    expect(
      hitLines(irreversibleMigration, [
        { kind: "irreversible", reason: "down raises ActiveRecord::IrreversibleMigration", line: 9 },
        { kind: "add-column", table: "a", column: "b", line: 10 },
        { kind: "irreversible", reason: "RunPython has no reverse_code", line: 12 },
      ]),
    ).toEqual([9, 12]);
  });

  it("ignores reversible operations", () => {
    expect(hitLines(irreversibleMigration, [{ kind: "drop-table", table: "t", line: 1 }])).toEqual([]);
  });
});

describeFixtures("irreversible-migration");
