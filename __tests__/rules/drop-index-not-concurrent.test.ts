import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { dropIndexNotConcurrent } from "../../src/core/rules/drop-index-not-concurrent.js";

describe("drop-index-not-concurrent", () => {
  it("reports a plain drop of an existing index, with or without a known table", () => {
    expect(
      hitLines(dropIndexNotConcurrent, [
        { kind: "drop-index", name: "index_users_on_email", line: 2 },
        { kind: "drop-index", table: "users", columns: ["name"], line: 3 },
      ]),
    ).toEqual([2, 3]);
  });

  it("ignores a concurrent drop", () => {
    expect(
      hitLines(dropIndexNotConcurrent, [{ kind: "drop-index", name: "i", concurrently: true, line: 2 }]),
    ).toEqual([]);
  });

  it("ignores an index built earlier in the same file, or on a table created there", () => {
    expect(
      hitLines(dropIndexNotConcurrent, [
        { kind: "add-index", table: "users", columns: ["a"], name: "tmp_idx", concurrently: true, line: 1 },
        { kind: "drop-index", name: "tmp_idx", line: 2 },
        { kind: "create-table", table: "t", columns: [], line: 3 },
        { kind: "drop-index", table: "t", name: "t_idx", line: 4 },
      ]),
    ).toEqual([]);
  });

  it("is PostgreSQL only", () => {
    expect(
      hitLines(dropIndexNotConcurrent, [{ kind: "drop-index", name: "i", line: 2 }], { database: "mysql" }),
    ).toEqual([]);
    expect(
      hitLines(dropIndexNotConcurrent, [{ kind: "drop-index", name: "i", line: 2 }], { database: "sqlite" }),
    ).toEqual([]);
  });
});

describeFixtures("drop-index-not-concurrent");
