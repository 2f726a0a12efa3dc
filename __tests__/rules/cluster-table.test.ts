import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { clusterTable } from "../../src/core/rules/cluster-table.js";

describe("cluster-table", () => {
  it("reports CLUSTER of an existing table, and of every clustered table, on PostgreSQL only", () => {
    expect(
      hitLines(clusterTable, [
        { kind: "cluster", table: "users", line: 3 },
        { kind: "cluster", line: 4 },
      ]),
    ).toEqual([3, 4]);
    expect(
      hitLines(clusterTable, [{ kind: "cluster", table: "users", line: 3 }], { database: "mysql" }),
    ).toEqual([]);
  });

  it("ignores a table the file created", () => {
    expect(
      hitLines(clusterTable, [
        { kind: "create-table", table: "users", columns: ["id"], line: 1 },
        { kind: "cluster", table: "users", line: 2 },
      ]),
    ).toEqual([]);
  });
});

describeFixtures("cluster-table");
