import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { vacuumFull } from "../../src/core/rules/vacuum-full.js";

describe("vacuum-full", () => {
  it("reports VACUUM FULL of existing tables and of the whole database", () => {
    expect(
      hitLines(vacuumFull, [
        { kind: "vacuum-full", tables: ["orders"], line: 1 },
        { kind: "vacuum-full", tables: [], line: 2 },
      ]),
    ).toEqual([1, 2]);
  });

  it("ignores tables the file created, and other databases", () => {
    expect(
      hitLines(vacuumFull, [
        { kind: "create-table", table: "tmp", columns: [], line: 1 },
        { kind: "vacuum-full", tables: ["tmp"], line: 2 },
      ]),
    ).toEqual([]);
    expect(
      hitLines(vacuumFull, [{ kind: "vacuum-full", tables: ["orders"], line: 1 }], { database: "sqlite" }),
    ).toEqual([]);
  });
});

describeFixtures("vacuum-full");
