import { describe, expect, it } from "@jest/globals";
import { escapeMarkdown, inlineMarkdown, renderMarkdown } from "../src/core/report/markdown.js";
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

  it("says nothing about approval when its caller puts the decision above it (the PR comment)", () => {
    const md = renderMarkdown(verdict, { approvalCategories: ["destructive"], decisionAbove: true });
    expect(md).not.toContain("**Approval required**");
    expect(md).toContain("needs approval: <code>db/migrate/1_drop.rb</code>");
  });

  it("one section per migration, open when it needs action; a line per finding with rule link and alternative", () => {
    const md = renderMarkdown(verdict, { approvalCategories: ["destructive"] });
    expect(md).not.toMatch(/^\|/m);
    expect(md).toContain(
      "<details open>\n<summary>🛑 needs approval: <code>db/migrate/1_drop.rb</code> · rails · added · 1 finding(s)</summary>",
    );
    expect(md).toMatch(
      /<summary>✅ 1 migration\(s\) without findings<\/summary>\n\n- <code>db\/migrate\/2_ok\.rb<\/code> · rails · modified/,
    );
    const line = md.split("\n").find((l) => l.includes(`[drop-column](${drop.docsUrl})`))!;
    expect(line).toContain("lines 3–4");
    expect(line).toContain("**Instead:** Ignore the column first");
    // The message's code span stays code (no &#96;), its pipe and HTML outside the span are escaped.
    expect(line).toContain("Drops `users.email` &#124; data &lt;b&gt;lost&lt;/b&gt;");
    expect(md).not.toContain("&#96;");
    expect(md).toContain("**Approval required**");
    // Sections are balanced.
    expect(md.match(/<details/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  it("links each finding to its lines in the reviewed commit", () => {
    const base = `https://github.com/acme/shop/blob/${"a".repeat(40)}`;
    const md = renderMarkdown(verdict, { approvalCategories: ["destructive"], blobBase: base });
    expect(md).toContain(`[lines 3–4](${base}/db/migrate/1_drop.rb#L3-L4)`);
    // Not a commit URL: no link.
    expect(
      renderMarkdown(verdict, { approvalCategories: ["destructive"], blobBase: "javascript:x" }),
    ).not.toContain("](javascript");
  });

  it("unbalanced backticks in a message are all escaped", () => {
    expect(inlineMarkdown("a `b` c")).toBe("a `b` c");
    expect(inlineMarkdown("a `b c")).toBe("a &#96;b c");
    expect(inlineMarkdown("`<img src=x>`")).toBe("`<img src=x>`");
  });

  it("says when annotations were cut and the full list is here", () => {
    const md = renderMarkdown(verdict, {
      approvalCategories: ["destructive"],
      omittedAnnotations: { error: 3, warning: 0, notice: 0 },
    });
    expect(md).toMatch(/3 finding\(s\) are not annotated.*full list is below/);
  });

  it("a hostile path cannot inject markup or close its section", () => {
    const hostile: FileReport[] = [
      {
        path: "db/migrate/1_|x|`$(id)`<script></summary></details>\n| a |.sql",
        framework: "sql",
        status: "added",
        findings: [drop],
      },
    ];
    const md = renderMarkdown(decideVerdict(hostile, ["destructive"], new Map()), {
      approvalCategories: ["destructive"],
    });
    expect(md).not.toContain("<script>");
    expect(md.match(/<\/details>/g)).toHaveLength(1);
    expect(md.match(/<\/summary>/g)).toHaveLength(1);
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
    expect(md).toMatch(/cut here to fit GitHub's size limit \(\d+ of 3000 findings/);
    expect(md.match(/<details/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  it("no migrations: one sentence", () => {
    expect(
      renderMarkdown(decideVerdict([], ["destructive"], new Map()), { approvalCategories: [] }),
    ).toContain("No migrations changed.");
  });
});
