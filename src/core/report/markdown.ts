// The job summary (and the body of the PR comment), sized for a pull request's width: the decision first, then
// one collapsible section per migration (open when it needs action), each finding on its own line with its
// rule link, its lines (linked to the reviewed commit) and the safe alternative. Pure. Paths and messages are
// data: markup is escaped so a file name cannot inject HTML; the code spans our messages use stay code.
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

/** A control character as `\x07`: shown, never passed on to the renderer. */
const showControl = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;

/** Text safe in a markdown table cell: HTML entities for markup, backslashes for emphasis, newlines visible. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(MD_PUNCTUATION, (c) => HTML[c] ?? `\\${c}`)
    .replace(/\r\n|\r|\n/g, "<br>")
    .replace(CONTROL, showControl);
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
  /** The decision is put above this report by its caller (the PR comment): no bare "Approval required" line. */
  decisionAbove?: boolean;
  /** `https://github.com/owner/repo/blob/<sha>`: findings link to their lines in the reviewed commit. */
  blobBase?: string;
}

/** HTML text (for `<summary>`, where markdown is not read). */
function escapeHtml(text: string): string {
  return text
    .replace(/[<>&"'|]/g, (c) => HTML[c])
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(CONTROL, showControl);
}

/**
 * A message with its code spans kept as code: the text between backticks is shown as code (markdown and HTML
 * are not read inside a code span), the rest is escaped. Unbalanced backticks: everything is escaped.
 */
export function inlineMarkdown(text: string): string {
  const parts = text.split("`");
  if (parts.length % 2 === 0) return escapeMarkdown(text);
  return parts
    .map((part, i) =>
      i % 2 === 0
        ? escapeMarkdown(part)
        : `\`${part.replace(/\r\n|\r|\n/g, " ").replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16)}`)}\``,
    )
    .join("");
}

// The fence's info string: GitHub highlights the excerpt in the migration's own language.
const LANGUAGE: Partial<Record<string, string>> = {
  rails: "ruby",
  django: "python",
  alembic: "python",
  laravel: "php",
  doctrine: "php",
  "ef-core": "csharp",
  ecto: "elixir",
  knex: "js",
  sequelize: "js",
  "db-migrate": "js",
  "node-pg-migrate": "js",
  typeorm: "ts",
  liquibase: "",
  prisma: "sql",
};

/**
 * An excerpt of the migration as a fenced code block inside a list item: markdown and HTML are not read
 * inside it, and the fence is longer than any run of backticks in the code, so the code cannot close it.
 */
function codeBlock(code: string, framework: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  const language = LANGUAGE[framework] ?? "sql";
  const body = code
    .replace(CONTROL, showControl)
    .split("\n")
    .map((l) => `  ${l}`.trimEnd())
    .join("\n");
  return `\n\n  ${fence}${language}\n${body}\n  ${fence}`;
}

/** `blob/<sha>/<path>#L3-L4`, each path segment encoded; undefined without a commit to point at. */
function lineUrl(base: string | undefined, path: string, line: number, endLine: number): string | undefined {
  if (!base || !/^https:\/\/[^\s()<>"'`|]+\/blob\/[0-9a-f]{40,64}$/.test(base)) return undefined;
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `${base}/${encoded}#L${line}${endLine > line ? `-L${endLine}` : ""}`;
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
  if (verdict.requiresApproval && !options.decision && !options.decisionAbove) {
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

  // One section per migration, the ones that need action first (a stable sort keeps the diff's order within).
  const rank: Record<FileVerdict, number> = { "needs-approval": 0, review: 1, ok: 2 };
  const ordered = [...verdict.files].sort((a, b) => rank[a.verdict] - rank[b.verdict]);
  const clean = ordered.filter((f) => f.report.findings.length === 0);
  const sections: string[][] = ordered
    .filter((f) => f.report.findings.length > 0)
    .map(({ report, verdict: v }) => {
      const renamed =
        report.previousPath !== undefined ? ` (from <code>${escapeHtml(report.previousPath)}</code>)` : "";
      const lines = [
        "",
        `<details${v === "ok" ? "" : " open"}>`,
        `<summary>${VERDICT_LABEL[v]}: <code>${escapeHtml(report.path)}</code>${renamed} · ${report.framework} · ` +
          `${report.status} · ${report.findings.length} finding(s)</summary>`,
        "",
      ];
      for (const f of report.findings) {
        const span = f.endLine > f.line ? `lines ${f.line}–${f.endLine}` : `line ${f.line}`;
        const url = lineUrl(options.blobBase, report.path, f.line, f.endLine);
        const where = url ? `[${span}](${url})` : span;
        const ack = f.acknowledged ? ` *(acknowledged: ${inlineMarkdown(f.acknowledged.reason)})*` : "";
        // One row with its excerpt: a cut for the size limit never splits a code block.
        lines.push(
          `- ${SEVERITY_ICON[f.severity]} ${link(f.rule, f.docsUrl)} · ${f.category} · ${where}: ` +
            `${inlineMarkdown(f.message)}${ack}<br>**Instead:** ${inlineMarkdown(f.safeAlternative)}` +
            (f.excerpt ? codeBlock(f.excerpt, report.framework) : ""),
        );
      }
      lines.push("", "</details>");
      return lines;
    });
  if (clean.length) {
    sections.push([
      "",
      `<details>`,
      `<summary>✅ ${clean.length} migration(s) without findings</summary>`,
      "",
      ...clean.map(
        ({ report }) => `- <code>${escapeHtml(report.path)}</code> · ${report.framework} · ${report.status}`,
      ),
      "",
      "</details>",
    ]);
  }

  // Cut between findings when it would not fit, close the open section, and say how much is missing.
  const out = [...head];
  let size = bytes(out.join("\n"));
  const total = verdict.files.reduce((n, f) => n + Math.max(1, f.report.findings.length), 0);
  let shown = 0;
  const closing = "\n\n</details>";
  for (const section of sections) {
    for (let i = 0; i < section.length; i++) {
      const rowSize = bytes(section[i]) + 1;
      if (size + rowSize > max - 400) {
        if (i > 0) out.push(closing.trimStart());
        out.push(
          "",
          `*The report was cut here to fit GitHub's size limit (${shown} of ${total} findings and clean ` +
            "migrations shown); the full list is in the JSON report (the `report` output).*",
        );
        return out.join("\n") + "\n";
      }
      out.push(section[i]);
      size += rowSize;
      if (section[i].startsWith("- ")) shown++;
    }
  }
  return out.join("\n") + "\n";
}
