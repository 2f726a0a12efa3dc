import { describe, expect, it } from "@jest/globals";
import { exitStatus, FailOnError, namedPathProblems, parseFailOn } from "../src/core/exit-status.js";
import { tally } from "../src/core/report/counts.js";
import type { Category, FileReport, Severity } from "../src/core/types.js";

const report = (category: Category, severity: Severity, acknowledged = false): FileReport => ({
  path: "db/migrate/1_x.rb",
  framework: "rails",
  status: "unchanged",
  findings: [
    {
      rule: "r",
      category,
      severity,
      line: 1,
      endLine: 1,
      message: "m",
      safeAlternative: "s",
      docsUrl: "https://example.com/r",
      ...(acknowledged ? { acknowledged: { reason: "ok", line: 1 } } : {}),
    },
  ],
});

describe("exitStatus", () => {
  it("fails on an active finding in a --fail-on category, or at severity error", () => {
    const failOn = parseFailOn(undefined);
    expect(failOn).toEqual(["destructive", "needs-review"]);
    expect(exitStatus([report("destructive", "warning")], failOn)).toBe(1);
    expect(exitStatus([report("needs-review", "warning")], failOn)).toBe(1);
    expect(exitStatus([report("locking", "warning")], failOn)).toBe(0);
    expect(exitStatus([report("locking", "error")], failOn)).toBe(1);
    expect(exitStatus([report("destructive", "warning", true)], failOn)).toBe(0);
    expect(exitStatus([report("needs-review", "warning")], parseFailOn("none"))).toBe(0);
    expect(exitStatus([report("locking", "notice")], parseFailOn("locking, irreversible"))).toBe(1);
  });

  it("decides the same from the tally the CLI keeps as from the whole reports", () => {
    const cases: [FileReport, string | undefined][] = [];
    for (const category of ["destructive", "needs-review", "locking", "irreversible"] as Category[])
      for (const severity of ["notice", "warning", "error"] as Severity[])
        for (const acknowledged of [false, true])
          for (const failOn of [undefined, "none", "locking"])
            cases.push([report(category, severity, acknowledged), failOn]);
    const decided = cases.map(([r, f]) => [
      exitStatus([r], parseFailOn(f)),
      exitStatus([tally(r)], parseFailOn(f)),
    ]);
    expect(decided.filter(([whole, tallied]) => whole !== tallied)).toEqual([]);
    expect(new Set(decided.map(([whole]) => whole))).toEqual(new Set([0, 1]));
  });

  it("rejects what is not a category", () => {
    expect(() => parseFailOn("destructive,scary")).toThrow(FailOnError);
    expect(() => parseFailOn("")).toThrow(FailOnError);
  });
});

describe("namedPathProblems", () => {
  it("one problem per named path that held no migration", () => {
    expect(
      namedPathProblems([
        { arg: "db", isDirectory: true, files: 3, analysed: 2 },
        { arg: "notes.txt", isDirectory: false, files: 1, analysed: 0 },
        { arg: "empty", isDirectory: true, files: 0, analysed: 0 },
      ]).map((p) => p.split(" ")[0]),
    ).toEqual(["notes.txt", "empty"]);
    expect(namedPathProblems([{ arg: "db", isDirectory: true, files: 1, analysed: 1 }])).toEqual([]);
  });
});
