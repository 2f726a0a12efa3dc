import { describe, expect, it } from "@jest/globals";
import type { ApprovalRecord } from "../src/core/approval.js";
import {
  isReportComment,
  MAX_COMMENT_CHARS,
  parseRecord,
  renderComment,
  renderRecord,
  REPORT_MARKER,
  type ApprovalSection,
} from "../src/core/report/comment.js";

const DIGEST = "d".repeat(64);
const RECORD: ApprovalRecord = {
  v: 1,
  approval: {
    digest: DIGEST,
    head: "a".repeat(40),
    by: "bob",
    via: "label",
    at: "2026-01-01T00:00:05Z",
    files: { "db/migrate/1_drop.rb": "1".repeat(40) },
  },
  heads: [{ sha: "a".repeat(40), digest: DIGEST, at: "2026-01-01T00:00:00Z" }],
};
const SECTION: ApprovalSection = {
  gated: 1,
  approved: false,
  approvedBy: [],
  digest: DIGEST,
  rejected: [],
  howToApprove: "Add the label.",
};

describe("renderComment", () => {
  it("starts with the marker, leads with the decision under the heading, the report, and the record last", () => {
    const body = renderComment(
      "## Report\n\nfindings",
      { ...SECTION, paths: ["db/migrate/1_drop.rb"] },
      RECORD,
    );
    expect(body.startsWith(REPORT_MARKER)).toBe(true);
    expect(isReportComment(body)).toBe(true);
    const lines = body.split("\n").filter((l) => l.trim());
    expect(lines[1]).toBe("## Report");
    expect(lines[2]).toMatch(
      /^⛔ \*\*Needs approval\*\* for this migration \(digest `dddddddddddd`\): db\/migrate\/1\\_drop\.rb\./,
    );
    expect(lines.indexOf("findings")).toBeGreaterThan(2);
    expect(body.trimEnd().endsWith("-->")).toBe(true);
    expect(parseRecord(body)).toEqual(RECORD);
  });

  it("shows who approved, the stale reason and the rejected approvals", () => {
    expect(renderComment("r", { ...SECTION, approved: true, approvedBy: ["bob", "carol"] }, RECORD)).toMatch(
      /^✅ \*\*Approved\*\* by `@bob`, `@carol` for this migration \(digest `dddddddddddd`\)/m,
    );
    const closed = renderComment(
      "r",
      { ...SECTION, stale: "It changed.\nTwice.", rejected: ["Eve is not allowed."] },
      RECORD,
    );
    expect(closed).toContain("Stale approval.** It changed. Twice.");
    expect(closed).toContain("- Eve is not allowed.");
  });

  it("quotes @mentions in the section so rewrites do not notify, leaving e-mail addresses alone", () => {
    const body = renderComment(
      "r",
      { ...SECTION, howToApprove: "Ask @bob or @ci-bot[bot] (ops@example.com)." },
      undefined,
    );
    expect(body).toContain("Ask `@bob` or `@ci-bot[bot]` (ops@example.com).");
  });

  it("says nothing needs approval when nothing is gated", () => {
    expect(renderComment("r", { ...SECTION, gated: 0 }, undefined)).toContain(
      "No migration in this pull request needs",
    );
  });

  it("stays under 65,536 characters, cutting the report with a note and never the marker or the record", () => {
    const report = Array.from(
      { length: 5000 },
      (_, i) => `| db/migrate/${i}_x.rb | drop-column | line ${i} |`,
    ).join("\n");
    const body = renderComment(report, SECTION, RECORD);
    expect(body.length).toBeLessThan(MAX_COMMENT_CHARS);
    expect(body.length).toBeGreaterThan(MAX_COMMENT_CHARS - 2000);
    expect(body.startsWith(REPORT_MARKER)).toBe(true);
    expect(body).toMatch(/report was cut to fit a GitHub comment/);
    expect(body).toContain("**Needs approval**");
    expect(parseRecord(body)).toEqual(RECORD);
    // Cut at a line boundary.
    const cutLine = body.split("\n").find((l, i, all) => all[i + 2]?.includes("report was cut"));
    expect(cutLine).toMatch(/\|$/);
  });

  it("closes a code fence the cut leaves open", () => {
    const report = "intro\n```sql\n" + "DROP TABLE x;\n".repeat(10_000) + "```\nend";
    const body = renderComment(report, SECTION, RECORD);
    const fences = body.match(/^```/gm) ?? [];
    expect(fences.length % 2).toBe(0);
    expect(body.length).toBeLessThan(MAX_COMMENT_CHARS);
  });

  it("never splits a surrogate pair in a report with no line breaks", () => {
    const body = renderComment("🙂".repeat(40_000), SECTION, RECORD, 1000);
    expect(body.length).toBeLessThan(1000);
    expect(body).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("honours a smaller limit and still keeps the record", () => {
    const body = renderComment("x\n".repeat(5000), SECTION, RECORD, 3000);
    expect(body.length).toBeLessThan(3000);
    expect(parseRecord(body)).toEqual(RECORD);
  });

  it("neutralizes HTML comments in the report: a file name cannot fake a record or hide the section", () => {
    const forged = renderRecord({ ...RECORD, approval: { ...RECORD.approval!, by: "mallory" } });
    const report = `| db/migrate/${forged}.rb |\n<!-- hide everything`;
    const body = renderComment(report, SECTION, undefined);
    expect(parseRecord(body)).toBeUndefined();
    expect(body).not.toMatch(/<!-- hide/);
    expect(renderComment(report, SECTION, RECORD)).toContain("&lt;!-- migration-guard:approval");
    expect(parseRecord(renderComment(report, SECTION, RECORD))).toEqual(RECORD);
  });

  it("keeps a record whose values contain --> readable and closed", () => {
    const record: ApprovalRecord = {
      ...RECORD,
      approval: { ...RECORD.approval!, files: { "db/migrate/1_-->x<y>.rb": "1".repeat(40) } },
    };
    const text = renderRecord(record);
    expect(text.indexOf("-->")).toBe(text.length - 3);
    expect(parseRecord(`${REPORT_MARKER}\n${text}`)).toEqual(record);
  });
});

describe("parseRecord", () => {
  const wrap = (json: string) => `${REPORT_MARKER}\nreport\n<!-- migration-guard:approval ${json} -->\n`;

  it("reads none from a body without a record", () => {
    expect(parseRecord("just a comment")).toBeUndefined();
    expect(parseRecord(`${REPORT_MARKER}\n<!-- migration-guard:approval {"v":1,"heads":[]}`)).toBeUndefined();
  });

  it("treats hand-edited or garbled records as none", () => {
    const good = JSON.parse(JSON.stringify(RECORD)) as Record<string, unknown>;
    const bad: unknown[] = [
      "{not json",
      "[]",
      "null",
      JSON.stringify({ ...good, v: 2 }),
      JSON.stringify({ ...good, heads: "x" }),
      JSON.stringify({ ...good, heads: [{ sha: "zz", digest: DIGEST, at: "2026-01-01T00:00:00Z" }] }),
      JSON.stringify({
        ...good,
        heads: [{ sha: "a".repeat(40), digest: "short", at: "2026-01-01T00:00:00Z" }],
      }),
      JSON.stringify({ ...good, heads: [{ sha: "a".repeat(40), digest: DIGEST, at: "not a time" }] }),
      JSON.stringify({ ...good, approval: { ...RECORD.approval, via: "magic" } }),
      JSON.stringify({ ...good, approval: { ...RECORD.approval, by: "bob; rm -rf /" } }),
      JSON.stringify({ ...good, approval: { ...RECORD.approval, digest: 42 } }),
      JSON.stringify({ ...good, approval: { ...RECORD.approval, files: { a: 1 } } }),
      JSON.stringify({ ...good, approval: "yes" }),
    ];
    for (const json of bad) expect(parseRecord(wrap(json as string))).toBeUndefined();
  });

  it("reads a record without an approval, and ignores unknown fields", () => {
    const json = JSON.stringify({ v: 1, heads: RECORD.heads, extra: true });
    expect(parseRecord(wrap(json))).toEqual({ v: 1, heads: RECORD.heads });
  });

  it("reads the last record when there are several", () => {
    const other = JSON.stringify({ v: 1, heads: [] });
    expect(parseRecord(wrap(other) + renderRecord(RECORD))).toEqual(RECORD);
  });
});
