import { describe, expect, it } from "@jest/globals";
import {
  escapeData,
  escapeProperty,
  formatAnnotation,
  planAnnotations,
  writeAnnotations,
} from "../src/adapters/annotations.js";
import type { Finding, Severity } from "../src/core/types.js";
import type { LocatedFinding } from "../src/core/verdict.js";

describe("escaping", () => {
  it("escapes properties: % first, then CR, LF, colon and comma", () => {
    expect(escapeProperty("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac%3Ad%2Ce");
    expect(escapeProperty("%3A")).toBe("%253A");
  });
  it("escapes data: %, CR and LF only", () => {
    expect(escapeData("50% done\r\n::error::x, y: z")).toBe("50%25 done%0D%0A::error::x, y: z");
  });
});

describe("formatAnnotation", () => {
  it("one line, hostile file name kept inside its property", () => {
    const line = formatAnnotation({
      level: "error",
      file: "db/migrate/1_$(touch x);`id`,line=99:\n::warning::.rb",
      line: 3,
      endLine: 5,
      title: "drop-column (destructive)",
      message: "Dropping\nthe column",
    });
    expect(line).not.toContain("\n");
    expect(line).toBe(
      "::error file=db/migrate/1_$(touch x);`id`%2Cline=99%3A%0A%3A%3Awarning%3A%3A.rb,line=3,endLine=5," +
        "title=drop-column (destructive)::Dropping%0Athe column",
    );
  });
  it("leaves endLine out for a one-line finding", () => {
    expect(formatAnnotation({ level: "notice", file: "a.sql", line: 1, endLine: 1, message: "m" })).toBe(
      "::notice file=a.sql,line=1::m",
    );
  });
});

function located(severity: Severity, n: number): LocatedFinding[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `f${i}.sql`,
    gated: severity === "error",
    finding: {
      rule: "r",
      category: "locking",
      severity,
      line: i + 1,
      endLine: i + 1,
      message: "m",
      safeAlternative: "s",
      docsUrl: "https://example.com/r",
    } satisfies Finding,
  }));
}

describe("planAnnotations", () => {
  it("keeps GitHub's 10 per level and counts the rest", () => {
    const plan = planAnnotations([
      ...located("error", 12),
      ...located("warning", 3),
      ...located("notice", 11),
    ]);
    expect(plan.shown.filter((a) => a.level === "error")).toHaveLength(10);
    expect(plan.shown.filter((a) => a.level === "warning")).toHaveLength(3);
    expect(plan.shown.filter((a) => a.level === "notice")).toHaveLength(10);
    expect(plan.omitted).toEqual({ error: 2, warning: 0, notice: 1 });
    expect(plan.shown[0]).toMatchObject({ file: "f0.sql", line: 1, title: "r (locking, needs approval)" });
    const out: string[] = [];
    writeAnnotations(plan, (l) => out.push(l));
    expect(out).toHaveLength(23);
    expect(out.every((l) => l.endsWith("\n") && l.indexOf("\n") === l.length - 1)).toBe(true);
  });
});
