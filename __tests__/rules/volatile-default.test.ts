import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { volatileDefault } from "../../src/core/rules/volatile-default.js";
import type { Op } from "../../__fixtures__/rules/harness.js";

const add: Op = {
  kind: "add-column",
  table: "users",
  column: "token",
  type: "uuid",
  default: { volatile: true, text: "gen_random_uuid()" },
  line: 2,
};

describe("volatile-default", () => {
  it("reports a volatile default on a pre-existing table on every database", () => {
    for (const database of ["postgresql", "mysql", "sqlite"] as const) {
      expect(hitLines(volatileDefault, [add], { database })).toEqual([2]);
    }
  });

  it("ignores a constant default, no default, and a new table", () => {
    expect(hitLines(volatileDefault, [{ ...add, default: { volatile: false, text: "'x'" } } as Op])).toEqual(
      [],
    );
    expect(hitLines(volatileDefault, [{ kind: "add-column", table: "users", column: "a", line: 2 }])).toEqual(
      [],
    );
    expect(
      hitLines(volatileDefault, [{ kind: "create-table", table: "users", columns: [], line: 1 }, add]),
    ).toEqual([]);
  });
});

describeFixtures("volatile-default");
