import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { concurrentlyInTransaction } from "../../src/core/rules/concurrently-in-transaction.js";

describe("concurrently-in-transaction", () => {
  it("reports each CONCURRENTLY statement inside a transaction block", () => {
    expect(
      hitLines(concurrentlyInTransaction, [
        {
          kind: "add-index",
          table: "users",
          columns: ["email"],
          concurrently: true,
          inTransactionBlock: true,
          line: 1,
        },
        { kind: "drop-index", name: "i", concurrently: true, inTransactionBlock: true, line: 2 },
        {
          kind: "reindex",
          target: "index",
          name: "i",
          concurrently: true,
          inTransactionBlock: true,
          line: 3,
        },
        {
          kind: "detach-partition",
          table: "e",
          partition: "p",
          concurrently: true,
          inTransactionBlock: true,
          line: 4,
        },
      ]),
    ).toEqual([1, 2, 3, 4]);
  });

  it("ignores CONCURRENTLY outside a block, and a plain statement inside one", () => {
    expect(
      hitLines(concurrentlyInTransaction, [
        { kind: "add-index", table: "users", columns: ["email"], concurrently: true, line: 1 },
        { kind: "add-index", table: "users", columns: ["name"], inTransactionBlock: true, line: 2 },
      ]),
    ).toEqual([]);
  });
});

describeFixtures("concurrently-in-transaction");
