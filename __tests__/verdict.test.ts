import { describe, expect, it } from "@jest/globals";
import type { Category, FileReport, Finding, Severity } from "../src/core/types.js";
import { decideVerdict, rankFindings } from "../src/core/verdict.js";

function finding(rule: string, category: Category, severity: Severity, line: number, ack = false): Finding {
  return {
    rule,
    category,
    severity,
    line,
    endLine: line,
    message: "m",
    safeAlternative: "s",
    docsUrl: `https://example.com/${rule}`,
    ...(ack ? { acknowledged: { reason: "ok", line: 1 } } : {}),
  };
}

const file = (path: string, findings: Finding[], status: FileReport["status"] = "added"): FileReport => ({
  path,
  framework: "rails",
  status,
  findings,
});

const files = [
  file("db/migrate/1_drop.rb", [finding("drop-column", "destructive", "error", 3)]),
  file("db/migrate/2_index.rb", [finding("index-not-concurrent", "locking", "warning", 2)]),
  file("db/migrate/3_ok.rb", []),
  file("db/migrate/4_ack.rb", [finding("drop-table", "destructive", "error", 4, true)]),
  file("db/migrate/5_gone.rb", [finding("edited-migration", "needs-review", "warning", 1)], "deleted"),
];

describe("decideVerdict", () => {
  it("gates the files with findings in the approval categories, identified by blob", () => {
    const v = decideVerdict(files, ["destructive"], new Map([["db/migrate/1_drop.rb", "abc"]]));
    expect(v.gated).toEqual([
      { path: "db/migrate/1_drop.rb", blob: "abc", categories: ["destructive"] },
      { path: "db/migrate/4_ack.rb", blob: "", categories: ["destructive"] },
    ]);
    expect(v.requiresApproval).toBe(true);
    expect(v.destructive).toBe(true);
    expect(v.findings).toBe(3);
    expect(v.acknowledged).toBe(1);
    expect(v.counts.destructive).toBe(1);
    expect(v.files.map((f) => f.verdict)).toEqual([
      "needs-approval",
      "review",
      "ok",
      "needs-approval",
      "review",
    ]);
  });

  it("follows approval-categories", () => {
    const v = decideVerdict(files, ["locking", "needs-review"], new Map());
    expect(v.gated.map((g) => [g.path, g.categories, g.blob])).toEqual([
      ["db/migrate/2_index.rb", ["locking"], ""],
      ["db/migrate/5_gone.rb", ["needs-review"], ""],
    ]);
    expect(v.destructive).toBe(true);
  });

  it("an allow comment is not an approval: an acknowledged finding in an approval category still gates", () => {
    const v = decideVerdict([files[3]], ["destructive"], new Map([["db/migrate/4_ack.rb", "b1"]]));
    expect(v.requiresApproval).toBe(true);
    expect(v.gated).toEqual([{ path: "db/migrate/4_ack.rb", blob: "b1", categories: ["destructive"] }]);
    expect(v.files[0].verdict).toBe("needs-approval");
    expect(v.destructive).toBe(true);
    expect(v.findings).toBe(0);
    expect(v.acknowledged).toBe(1);
  });

  it("an acknowledged finding outside the approval categories gates nothing", () => {
    const v = decideVerdict(
      [file("a.rb", [finding("index-not-concurrent", "locking", "warning", 2, true)])],
      ["destructive", "needs-review"],
      new Map(),
    );
    expect(v.requiresApproval).toBe(false);
    expect(v.files[0].verdict).toBe("ok");
  });

  it("nothing changed: nothing required", () => {
    expect(decideVerdict([], ["destructive"], new Map())).toMatchObject({
      gated: [],
      requiresApproval: false,
      findings: 0,
    });
  });
});

describe("rankFindings", () => {
  it("most severe first, gated before not, then path and line; acknowledged left out unless they gate", () => {
    const ranked = rankFindings(
      [
        file("b.rb", [finding("x", "locking", "error", 9), finding("y", "destructive", "error", 5)]),
        file("a.rb", [finding("z", "needs-review", "notice", 1), finding("w", "locking", "warning", 1)]),
        file("c.rb", [finding("v", "destructive", "error", 1, true)]),
        file("d.rb", [finding("u", "locking", "warning", 1, true)]),
      ],
      ["destructive"],
    );
    expect(ranked.map((r) => `${r.path}:${r.finding.line}:${r.finding.rule}`)).toEqual([
      "b.rb:5:y",
      "c.rb:1:v",
      "b.rb:9:x",
      "a.rb:1:w",
      "a.rb:1:z",
    ]);
  });
});
