// The history rules see: what the file did before each operation, replayed once per file and shared by every
// rule (History.snapshot and collect in core/rules/rule.ts).
import { context, type Op } from "../__fixtures__/rules/harness.js";
import { collect, History } from "../src/core/rules/rule.js";
import type { Operation } from "../src/core/types.js";

const op = (o: Op): Operation => ({ endLine: o.line, ...o }) as Operation;

describe("History.snapshot", () => {
  it("is the state when it was taken, whatever is recorded after", () => {
    const history = new History();
    const before = history.snapshot();
    history.record(op({ kind: "create-table", table: "orders", columns: [], line: 1 }));
    const created = history.snapshot();
    history.record(op({ kind: "drop-table", table: "orders", line: 2 }));
    expect(before.isNewTable("orders")).toBe(false);
    expect(created.isNewTable("orders")).toBe(true);
    expect(history.snapshot().isNewTable("orders")).toBe(false);
  });

  it("copies the new columns of a table, which later records change in place", () => {
    const history = new History();
    history.record(op({ kind: "add-column", table: "users", column: "nickname", line: 1 }));
    const added = history.snapshot();
    history.record(op({ kind: "drop-column", table: "users", column: "nickname", line: 2 }));
    expect(added.preExistingColumn("users", "nickname")).toBe(false);
    expect(history.snapshot().preExistingColumn("users", "nickname")).toBe(true);
  });
});

describe("collect", () => {
  it("gives every rule the history before each operation, the same on each call for one file", () => {
    const ctx = context([
      { kind: "create-table", table: "orders", columns: [], line: 1 },
      { kind: "drop-table", table: "orders", line: 2 },
      { kind: "drop-table", table: "orders", line: 3 },
    ]);
    const seen = () => {
      const states: boolean[] = [];
      collect(ctx, (_, history) => {
        states.push(history.isNewTable("orders"));
        return undefined;
      });
      return states;
    };
    expect(seen()).toEqual([false, true, false]);
    expect(seen()).toEqual([false, true, false]);
  });
});
