import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { reindexNotConcurrent } from "../../src/core/rules/reindex-not-concurrent.js";

describe("reindex-not-concurrent", () => {
  it("reports REINDEX without CONCURRENTLY, whatever it targets", () => {
    expect(
      hitLines(reindexNotConcurrent, [
        { kind: "reindex", target: "index", name: "users_email_idx", line: 1 },
        { kind: "reindex", target: "database", name: "shop", line: 2 },
        { kind: "reindex", target: "table", name: "orders", concurrently: true, line: 3 },
      ]),
    ).toEqual([1, 2]);
  });

  it("ignores an index or table the file created", () => {
    expect(
      hitLines(reindexNotConcurrent, [
        { kind: "create-table", table: "tmp", columns: [], line: 1 },
        { kind: "add-index", table: "tmp", columns: ["a"], name: "tmp_a_idx", line: 2 },
        { kind: "reindex", target: "index", name: "tmp_a_idx", line: 3 },
        { kind: "reindex", target: "table", name: "tmp", line: 4 },
      ]),
    ).toEqual([]);
  });
});

describeFixtures("reindex-not-concurrent");
