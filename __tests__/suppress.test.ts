import { runRules } from "../src/core/analyze.js";
import { DEFAULT_CONFIG, parseConfig, type Config } from "../src/core/config.js";
import { ruleById, rules } from "../src/core/rules/index.js";
import type { Comment, Finding } from "../src/core/types.js";
import { context, type Op } from "../__fixtures__/rules/harness.js";

const KNOWN = rules.map((r) => r.id);
const dropEmail: Op = { kind: "drop-column", table: "users", column: "email", line: 5 };

function comment(line: number, text: string, endLine = line): Comment {
  return { line, endLine, text };
}

function run(comments: Comment[], config: Config = DEFAULT_CONFIG, ops: Op[] = [dropEmail]): Finding[] {
  return runRules(context(ops), config, comments);
}

function summary(findings: Finding[]): [string, number, boolean][] {
  return findings.map((f) => [f.rule, f.line, f.acknowledged !== undefined]);
}

describe("allow comments", () => {
  it("acknowledge a finding on the same line, keeping it in the report", () => {
    const findings = run([comment(5, " migration-guard:allow drop-column -- copied to contacts in #812")]);
    expect(summary(findings)).toEqual([["drop-column", 5, true]]);
    expect(findings[0]?.acknowledged).toEqual({ reason: "copied to contacts in #812", line: 5 });
  });

  it("acknowledge a finding on the line below", () => {
    expect(summary(run([comment(4, "migration-guard:allow drop-column -- column unused since v3")]))).toEqual(
      [["drop-column", 5, true]],
    );
  });

  it("acknowledge a multi-line statement from the line above its start", () => {
    const findings = run([comment(4, "migration-guard:allow drop-column -- unused")], DEFAULT_CONFIG, [
      { ...dropEmail, endLine: 8 } as Op,
    ]);
    expect(summary(findings)).toEqual([["drop-column", 5, true]]);
  });

  it("acknowledge several rules named in one comment", () => {
    const ops: Op[] = [
      { kind: "change-column-type", table: "users", column: "age", type: "smallint", lossy: true, line: 5 },
    ];
    const findings = run(
      [comment(4, "migration-guard:allow lossy-type-change, change-column-type -- ages fit in smallint")],
      DEFAULT_CONFIG,
      ops,
    );
    expect(summary(findings)).toEqual([
      ["change-column-type", 5, true],
      ["column-type-rewrite", 5, false],
      ["lossy-type-change", 5, true],
    ]);
  });

  it("do not reach two lines down: the finding stays and the comment is unused-allow", () => {
    expect(summary(run([comment(3, "migration-guard:allow drop-column -- too far")]))).toEqual([
      ["unused-allow", 3, false],
      ["drop-column", 5, false],
    ]);
  });

  it("with the wrong rule id acknowledge nothing and report unused-allow", () => {
    const findings = run([comment(4, "migration-guard:allow drop-table -- wrong rule")]);
    expect(summary(findings)).toEqual([
      ["unused-allow", 4, false],
      ["drop-column", 5, false],
    ]);
    expect(findings.find((f) => f.rule === "unused-allow")?.category).toBe("needs-review");
  });

  it("without a reason acknowledge nothing and report unused-allow", () => {
    expect(summary(run([comment(5, "migration-guard:allow drop-column")]))).toEqual([
      ["drop-column", 5, false],
      ["unused-allow", 5, false],
    ]);
    expect(summary(run([comment(5, "migration-guard:allow drop-column --   ")]))).toEqual([
      ["drop-column", 5, false],
      ["unused-allow", 5, false],
    ]);
  });

  it("naming no rule report unused-allow", () => {
    expect(summary(run([comment(5, "migration-guard:allow -- because")]))).toEqual([
      ["drop-column", 5, false],
      ["unused-allow", 5, false],
    ]);
  });

  it("find the directive on any line of a block comment", () => {
    const block = comment(
      2,
      "Email moved to contacts.\nmigration-guard:allow drop-column -- moved in #812",
      4,
    );
    expect(summary(run([block]))).toEqual([["drop-column", 5, true]]);
  });

  it("leave unrelated comments alone", () => {
    expect(summary(run([comment(4, "drop the email column, see #812")]))).toEqual([
      ["drop-column", 5, false],
    ]);
  });
});

describe("rule settings from config", () => {
  it("turn a rule off", () => {
    const config = parseConfig("rules:\n  drop-column: off\n", "x.yml", KNOWN);
    expect(run([], config)).toEqual([]);
  });

  it("turn a rule off, so an allow comment for it is unused", () => {
    const config = parseConfig("rules:\n  drop-column: off\n", "x.yml", KNOWN);
    expect(summary(run([comment(4, "migration-guard:allow drop-column -- moved")], config))).toEqual([
      ["unused-allow", 4, false],
    ]);
  });

  it("override the severity", () => {
    expect(ruleById("drop-column")?.severity).toBe("error");
    const config = parseConfig("rules:\n  drop-column: notice\n", "x.yml", KNOWN);
    expect(run([], config).map((f) => [f.rule, f.severity])).toEqual([["drop-column", "notice"]]);
  });

  it("apply to unused-allow too", () => {
    const wrong = [comment(4, "migration-guard:allow drop-table -- wrong rule")];
    const error = parseConfig("rules:\n  unused-allow: error\n", "x.yml", KNOWN);
    expect(run(wrong, error).find((f) => f.rule === "unused-allow")?.severity).toBe("error");
    const off = parseConfig("rules:\n  unused-allow: off\n", "x.yml", KNOWN);
    expect(summary(run(wrong, off))).toEqual([["drop-column", 5, false]]);
  });
});
