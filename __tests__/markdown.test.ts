import { describe, expect, it } from "@jest/globals";
import { escapeMarkdown, renderMarkdown } from "../src/core/report/markdown.js";
import type { FileReport, Finding } from "../src/core/types.js";
import { decideVerdict } from "../src/core/verdict.js";

const drop: Finding = {
  rule: "drop-column",
  category: "destructive",
  severity: "error",
  line: 3,
  endLine: 4,
  message: "Drops `users.email` | data <b>lost</b>",
  safeAlternative: "Ignore the column first",
  docsUrl: "https://github.com/migration-guard/migration-guard/blob/main/docs/rules/drop-column.md",
};

const files: FileReport[] = [
  { path: "db/migrate/1_drop.rb", framework: "rails", status: "added", findings: [drop] },
  { path: "db/migrate/2_ok.rb", framework: "rails", status: "modified", findings: [] },
];

describe("escapeMarkdown", () => {
  it("neutralises pipes, backticks, HTML, emphasis and newlines", () => {
    const out = escapeMarkdown("a|b `c` <img src=x onerror=alert(1)> *d* _e_ [l](u)\nnext\r\n");
    expect(out.replace(/<br>/g, "")).not.toMatch(/[|`<>\n\r]/);
    expect(out).toContain("&#124;");
    expect(out).toContain("&#96;c&#96;");
    expect(out).toContain("&lt;img");
    expect(out).toContain("\\*d\\*");
    expect(out).toContain("\\[l\\]\\(u\\)");
    expect(out).toContain("<br>next");
  });
  it("shows control characters instead of passing them on", () => {
    expect(escapeMarkdown("a\u0007b")).toBe("a\\x07b");
  });
});

describe("renderMarkdown", () => {
  const verdict = decideVerdict(files, ["destructive"], new Map());

  it("leads with the decision when given, in place of the bare approval line", () => {
    const md = renderMarkdown(verdict, { approvalCategories: ["destructive"], decision: "DECISION" });
    const lines = md.split("\n").filter((l) => l.trim());
    expect(lines.slice(0, 2)).toEqual(["## Migration Guard", "DECISION"]);
    expect(md).not.toContain("**Approval required**");
  });

  it("a table of every migration and every finding, with the safe alternative and docs link", () => {
    const md = renderMarkdown(verdict, { approvalCategories: ["destructive"] });
    expect(md).toContain("| Migration | Framework | Status | Verdict |");
    expect(md).toMatch(/\| db\/migrate\/1\\_drop\.rb \| rails \| added \| 🛑 needs approval \|/);
    expect(md).toMatch(/\| db\/migrate\/2\\_ok\.rb \| rails \| modified \| ✅ ok \|/);
    expect(md).toContain(`[drop-column](${drop.docsUrl})`);
    expect(md).toContain("| 3–4 |");
    expect(md).toContain("Ignore the column first");
    expect(md).toContain("**Approval required**");
    // Every table row has exactly its columns: the message's pipe is escaped.
    const row = md.split("\n").find((l) => l.includes("drop-column]"))!;
    expect(row.split(" | ")).toHaveLength(6);
  });

  it("says when annotations were cut and the full list is here", () => {
    const md = renderMarkdown(verdict, {
      approvalCategories: ["destructive"],
      omittedAnnotations: { error: 3, warning: 0, notice: 0 },
    });
    expect(md).toMatch(/3 finding\(s\) are not annotated.*full list is below/);
  });

  it("a hostile path cannot break a row or inject markup", () => {
    const hostile: FileReport[] = [
      { path: "db/migrate/1_|x|`$(id)`<script>\n| a |.sql", framework: "sql", status: "added", findings: [] },
    ];
    const md = renderMarkdown(decideVerdict(hostile, ["destructive"], new Map()), {
      approvalCategories: ["destructive"],
    });
    const rows = md.split("\n").filter((l) => l.startsWith("| db"));
    expect(rows).toHaveLength(1);
    expect(rows[0].split(" | ")).toHaveLength(4);
    expect(md).not.toContain("<script>");
  });

  it("stays under the size limit and says where the rest is", () => {
    const many: FileReport[] = Array.from({ length: 3000 }, (_, i) => ({
      path: `db/migrate/${i}_x.rb`,
      framework: "rails",
      status: "added",
      findings: [drop],
    }));
    const md = renderMarkdown(decideVerdict(many, ["destructive"], new Map()), {
      approvalCategories: ["destructive"],
      maxBytes: 50_000,
    });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(50_000);
    expect(md).toContain("the full list is in the JSON report");
  });

  it("no migrations: one sentence", () => {
    expect(
      renderMarkdown(decideVerdict([], ["destructive"], new Map()), { approvalCategories: [] }),
    ).toContain("No migrations changed.");
  });
});
