// The job summary (and the body of the PR comment): every migration and every finding as markdown tables.
// Pure. Paths and messages are data: pipes, backticks, HTML and newlines are escaped so a file name cannot
// break a table, open a code span or inject markup.
import type { Category, Severity } from "../types.js";
import type { FileVerdict, Verdict } from "../verdict.js";

/** GitHub's job summary holds 1 MiB per step; leave room for what else the step writes. In UTF-8 bytes. */
export const DEFAULT_MAX_BYTES = 900_000;

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

const MD_PUNCTUATION = /[\\`*_{}[\]()#+!|~<>&"'$]/g;
const HTML: Record<string, string> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "`": "&#96;",
};

// Control characters are data in a file name: shown as escapes, never passed to the renderer.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/** Text safe in a markdown table cell: HTML entities for markup, backslashes for emphasis, newlines visible. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(MD_PUNCTUATION, (c) => HTML[c] ?? `\\${c}`)
    .replace(/\r\n|\r|\n/g, "<br>")
    .replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** A link whose target cannot leave the parentheses or the https scheme. */
function link(text: string, url: string): string {
  if (!/^https:\/\/[^\s()<>"'`|]+$/.test(url)) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${url})`;
}

const VERDICT_LABEL: Record<FileVerdict, string> = {
  "needs-approval": "🛑 needs approval",
  review: "⚠️ review",
  ok: "✅ ok",
};

const SEVERITY_ICON: Record<Severity, string> = { error: "🛑", warning: "⚠️", notice: "ℹ️" };

export interface MarkdownOptions {
  approvalCategories: readonly Category[];
  /** How many findings of each level were not annotated (GitHub's per-step limit). */
  omittedAnnotations?: Record<Severity, number>;
  /** Size limit in UTF-8 bytes (the summary's limit is in bytes; emoji and non-ASCII names count more). */
  maxBytes?: number;
  /** Extra lines under the heading (range notes). Plain text; escaped here. */
  notes?: readonly string[];
  /**
   * The approval decision, rendered (report/comment.ts `renderSection`): shown first, right under the heading,
   * in place of the bare "Approval required" line, so the summary never shows a green check beside it.
   */
  decision?: string;
}

export function renderMarkdown(verdict: Verdict, options: MarkdownOptions): string {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const head: string[] = ["## Migration Guard", ""];
  if (options.decision) head.push(options.decision, "");
  const migrations = verdict.files.length;
  const counts = Object.entries(verdict.counts)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${n} ${c}`)
    .join(", ");
  head.push(
    migrations === 0
      ? "No migrations changed."
      : `${migrations} migration(s) analysed: ${verdict.findings} finding(s)${counts ? ` (${counts})` : ""}` +
          (verdict.acknowledged ? `, ${verdict.acknowledged} acknowledged by an allow comment` : "") +
          ".",
  );
  if (verdict.requiresApproval && !options.decision) {
    head.push(
      "",
      `**Approval required**: ${verdict.gated.length} migration(s) have findings in ` +
        `${options.approvalCategories.map((c) => `\`${c}\``).join(", ")}.`,
    );
  }
  for (const note of options.notes ?? []) head.push("", escapeMarkdown(note));
  const omitted = options.omittedAnnotations;
  const omittedTotal = omitted ? omitted.error + omitted.warning + omitted.notice : 0;
  if (omitted && omittedTotal > 0) {
    head.push(
      "",
      `GitHub shows at most 10 annotations of each level per step: ${omittedTotal} finding(s) are not ` +
        "annotated on the diff. The full list is below.",
    );
  }
  if (migrations === 0) return head.join("\n") + "\n";

  const sections: string[][] = [];
  const fileRows = [
    "",
    "### Migrations",
    "",
    "| Migration | Framework | Status | Verdict |",
    "| --- | --- | --- | --- |",
    ...verdict.files.map(({ report, verdict: v }) => {
      const renamed =
        report.previousPath !== undefined ? ` (from ${escapeMarkdown(report.previousPath)})` : "";
      return `| ${escapeMarkdown(report.path)}${renamed} | ${report.framework} | ${report.status} | ${VERDICT_LABEL[v]} |`;
    }),
  ];
  sections.push(fileRows);

  const findings = verdict.files.flatMap(({ report }) =>
    report.findings.map((f) => ({ path: report.path, f })),
  );
  if (findings.length) {
    sections.push([
      "",
      "### Findings",
      "",
      "| Migration | Line | Rule | Category | Finding | Safe alternative |",
      "| --- | --- | --- | --- | --- | --- |",
      ...findings.map(({ path, f }) => {
        const lines = f.endLine > f.line ? `${f.line}–${f.endLine}` : `${f.line}`;
        const ack = f.acknowledged ? ` (acknowledged: ${escapeMarkdown(f.acknowledged.reason)})` : "";
        return (
          `| ${escapeMarkdown(path)} | ${lines} | ${SEVERITY_ICON[f.severity]} ${link(f.rule, f.docsUrl)} | ` +
          `${f.category} | ${escapeMarkdown(f.message)}${ack} | ${escapeMarkdown(f.safeAlternative)} |`
        );
      }),
    ]);
  }

  // Cut at a row boundary when the tables would not fit, and say how much is missing.
  const out = [...head];
  let size = bytes(out.join("\n"));
  for (const section of sections) {
    for (let i = 0; i < section.length; i++) {
      const rowSize = bytes(section[i]) + 1;
      if (size + rowSize > max - 300) {
        out.push(
          "",
          "*The report was cut here to fit GitHub's size limit; the full list is in the JSON report " +
            "(the `report` output).*",
        );
        return out.join("\n") + "\n";
      }
      out.push(section[i]);
      size += rowSize;
    }
  }
  return out.join("\n") + "\n";
}
