import { describe, expect, it } from "@jest/globals";
import { mergeReports } from "../src/core/merge-reports.js";
import type { FileReport, Finding } from "../src/core/types.js";

const f = (rule: string, line: number): Finding => ({
  rule,
  category: "destructive",
  severity: "error",
  line,
  endLine: line,
  message: "m",
  safeAlternative: "s",
  docsUrl: "https://example.com",
});
const report = (path: string, findings: Finding[]): FileReport => ({
  path,
  framework: "sql",
  status: "added",
  findings,
});

describe("mergeReports", () => {
  it("every finding either reading found, once; files only the other read join in path order", () => {
    const merged = mergeReports(
      [report("b.sql", [f("drop-column", 3)])],
      [report("a.sql", [f("drop-table", 1)]), report("b.sql", [f("drop-column", 3), f("delete-rows", 1)])],
    );
    expect(merged.map((r) => [r.path, r.findings.map((x) => `${x.rule}:${x.line}`)])).toEqual([
      ["a.sql", ["drop-table:1"]],
      ["b.sql", ["delete-rows:1", "drop-column:3"]],
    ]);
  });
});
