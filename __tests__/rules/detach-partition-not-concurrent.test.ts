import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { detachPartitionNotConcurrent } from "../../src/core/rules/detach-partition-not-concurrent.js";

describe("detach-partition-not-concurrent", () => {
  it("reports a detach without CONCURRENTLY on PostgreSQL", () => {
    const ops = [
      { kind: "detach-partition", table: "events", partition: "events_2020", line: 1 },
      { kind: "detach-partition", table: "events", partition: "events_2021", concurrently: true, line: 2 },
    ] as const;
    expect(hitLines(detachPartitionNotConcurrent, [...ops])).toEqual([1]);
    expect(hitLines(detachPartitionNotConcurrent, [...ops], { database: "mysql" })).toEqual([]);
  });
});

describeFixtures("detach-partition-not-concurrent");
