// The flagged lines shown under a finding in the PR comment (and as SARIF's snippet): short, dedented, and
// unable to break out of their code block however hostile the migration's text.
import { describe, expect, it } from "@jest/globals";
import { analyzeFile } from "../src/core/analyze.js";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import { excerpt, withExcerpts } from "../src/core/excerpt.js";
import { renderMarkdown } from "../src/core/report/markdown.js";
import type { Finding } from "../src/core/types.js";
import { decideVerdict } from "../src/core/verdict.js";
import { loadParsers } from "../src/parsers/index.js";

const lines = ["class X", "  def change", "    remove_column :users, :email", "", "  end", "end"];

describe("excerpt", () => {
  it("is the span's lines, dedented, at most three, a longer span ending in …", () => {
    expect(excerpt(lines, 3, 3)).toBe("remove_column :users, :email");
    expect(excerpt(lines, 2, 3)).toBe("def change\n  remove_column :users, :email");
    expect(excerpt(lines, 1, 6)).toBe("class X\n  def change\n    remove_column :users, :email\n…");
  });
  it("is nothing for blank lines or a line past the end; long lines are cut", () => {
    expect(excerpt(lines, 4, 4)).toBeUndefined();
    expect(excerpt(lines, 40, 40)).toBeUndefined();
    const long = excerpt(["x".repeat(500)], 1, 1)!;
    expect(long).toHaveLength(160);
    expect(long.endsWith("…")).toBe(true);
  });
  it("is added to each finding, and a clean file is not split into lines", () => {
    const f = { line: 3, endLine: 3 } as Finding;
    expect(withExcerpts([f], lines.join("\n"))).toEqual([{ ...f, excerpt: "remove_column :users, :email" }]);
    const none: Finding[] = [];
    expect(withExcerpts(none, lines.join("\n"))).toBe(none);
  });
});

describe("the excerpt in the PR comment", () => {
  it("comes from the analysed file and is shown as a ruby code block under its finding", async () => {
    const parsers = await loadParsers();
    const source =
      "class Drop < ActiveRecord::Migration[6.1]\n  def change\n    remove_column :users, :email\n  end\nend\n";
    const report = analyzeFile(
      { path: "db/migrate/1_drop.rb", content: source, status: "added" },
      parsers,
      DEFAULT_CONFIG,
    )!;
    expect(report.findings[0]).toMatchObject({
      rule: "drop-column",
      excerpt: "remove_column :users, :email",
    });
    const md = renderMarkdown(decideVerdict([report], ["destructive"], new Map()), {
      approvalCategories: ["destructive"],
    });
    expect(md).toContain("\n\n  ```ruby\n  remove_column :users, :email\n  ```");
  });

  it("cannot close its fence, open HTML, or end the section, whatever the code holds", () => {
    const hostile =
      "execute <<~SQL\n```\n</details><img src=x onerror=alert(1)> ```` DROP TABLE users; -- \u0007\nSQL";
    const finding: Finding = {
      rule: "drop-table",
      category: "destructive",
      severity: "error",
      line: 1,
      endLine: 3,
      message: "Drops users",
      safeAlternative: "Do not",
      docsUrl: "https://example.test/drop-table",
      excerpt: hostile,
    };
    const md = renderMarkdown(
      decideVerdict(
        [{ path: "db/migrate/1_x.rb", framework: "rails", status: "added", findings: [finding] }],
        ["destructive"],
        new Map(),
      ),
      { approvalCategories: ["destructive"] },
    );
    // The fence is five backticks: longer than the four-backtick run inside, so nothing inside closes it.
    const open = md.indexOf("  `````ruby\n");
    const close = md.indexOf("\n  `````", open + 1);
    expect(open).toBeGreaterThan(0);
    expect(close).toBeGreaterThan(open);
    const inside = md.slice(open, close);
    expect(inside).toContain("</details><img src=x onerror=alert(1)>");
    expect(inside).not.toContain("\u0007");
    expect(md.slice(close).match(/<\/details>/g)).toHaveLength(1);
  });
});
