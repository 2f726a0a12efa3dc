// The sticky PR comment: a hidden marker (how the check finds its comment again), the decision (the approval
// section, right under the heading, so nobody reads a table of findings before knowing whether the gate is
// open), the check's markdown report, and the hidden approval record the gate reads back on the next run.
// Pure strings. The marker, the decision and the record are never truncated; the report is, to fit the limit.
import { shortSha, type ApprovalRecord, type RecordedApproval, type SeenHead } from "../approval.js";
import { escapeMarkdown } from "./markdown.js";

export const REPORT_MARKER = "<!-- migration-guard:report -->";
const RECORD_OPEN = "<!-- migration-guard:approval ";
const RECORD_CLOSE = " -->";
/** GitHub rejects an issue comment body longer than this (characters). */
export const MAX_COMMENT_CHARS = 65_536;
const MAX_STALE_CHARS = 4_000;
const MAX_REJECTED = 10;
const MAX_PATHS = 10;

export interface ApprovalSection {
  /** How many migrations need approval. */
  gated: number;
  /** Their paths, when known: the decision names what it covers. */
  paths?: string[];
  approved: boolean;
  approvedBy: string[];
  digest: string;
  stale?: string;
  rejected: string[];
  howToApprove: string;
  /** Shown when the gate could not read approvals (no token, API refused). */
  unavailable?: string;
}

export function renderComment(
  report: string,
  section: ApprovalSection,
  record: ApprovalRecord | undefined,
  max: number = MAX_COMMENT_CHARS,
): string {
  // The report's own heading stays first; the decision goes right under it, before any count or table.
  const trimmed = report.trim();
  const heading = /^## [^\n]*/.exec(trimmed)?.[0] ?? "";
  const rest = trimmed.slice(heading.length).trim();
  const head = `${REPORT_MARKER}\n${heading ? `${neutralize(heading)}\n\n` : ""}${renderSection(section)}\n\n`;
  const tail = record ? `\n\n${renderRecord(record)}\n` : "\n";
  const body = neutralize(rest);
  // Strictly under the limit, counted in UTF-16 units (never fewer than GitHub's characters).
  const budget = max - 1 - head.length - tail.length;
  return head + fit(body, budget) + tail;
}

/**
 * The decision first, in one line: "Approved by @x for these N migrations (digest …)" or "Needs approval: …",
 * then why an approval does not count and how to give one. Used by the sticky comment and the job summary.
 */
export function renderSection(s: ApprovalSection): string {
  const lines: string[] = [];
  if (s.gated === 0) {
    lines.push("✅ No migration in this pull request needs an approval.");
    return neutralize(lines.join("\n"));
  }
  const these = s.gated === 1 ? "this migration" : `these ${s.gated} migrations`;
  const digest = `(digest \`${shortSha(s.digest)}\`)`;
  const paths = s.paths ?? [];
  const listed =
    paths.length === 0
      ? ""
      : `: ${paths
          .slice(0, MAX_PATHS)
          .map((p) => escapeMarkdown(p))
          .join(", ")}${paths.length > MAX_PATHS ? ` and ${paths.length - MAX_PATHS} more` : ""}`;
  if (s.approved) {
    lines.push(
      `✅ **Approved** by ${s.approvedBy.map((l) => `@${l}`).join(", ")} for ${these} ${digest}${listed}. ` +
        "A push that changes them makes the approval stale.",
    );
  } else {
    lines.push(`⛔ **Needs approval** for ${these} ${digest}${listed}. ${oneLine(s.howToApprove)}`);
    if (s.unavailable) lines.push("", `> ${oneLine(s.unavailable)}`);
    if (s.stale) lines.push("", `> ⚠️ **Stale approval.** ${oneLine(clip(s.stale, MAX_STALE_CHARS))}`);
    const rejected = s.rejected.slice(0, MAX_REJECTED);
    if (rejected.length) lines.push("", ...rejected.map((r) => `- ${oneLine(r)}`));
    if (s.rejected.length > MAX_REJECTED) lines.push(`- … and ${s.rejected.length - MAX_REJECTED} more`);
  }
  return neutralize(quietMentions(lines.join("\n")));
}

/** `@login` in a code span: the comment is rewritten on every push, and a mention would notify each time. */
function quietMentions(markdown: string): string {
  return markdown.replace(/(^|[^\w`@/])@([A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\[bot\])?)(?![\w`])/g, "$1`@$2`");
}

/** The hidden record: JSON inside an HTML comment, with `<` and `>` escaped so no value can close it. */
export function renderRecord(record: ApprovalRecord): string {
  const json = JSON.stringify(record).replace(/[<>]/g, (c) => (c === "<" ? "\\u003c" : "\\u003e"));
  return `${RECORD_OPEN}${json}${RECORD_CLOSE}`;
}

/** Whether a comment body is the check's sticky comment (by its marker at the very start). */
export function isReportComment(body: string): boolean {
  return body.trimStart().startsWith(REPORT_MARKER);
}

/**
 * The record from a comment body; undefined when there is none or it does not read as one (hand-edited,
 * garbled, wrong types). Only the last record counts: the check writes it last, after everything else.
 */
export function parseRecord(body: string): ApprovalRecord | undefined {
  const start = body.lastIndexOf(RECORD_OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf(RECORD_CLOSE, start + RECORD_OPEN.length);
  if (end < 0) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(body.slice(start + RECORD_OPEN.length, end));
  } catch {
    return undefined;
  }
  if (!isObject(data) || data.v !== 1 || !Array.isArray(data.heads)) return undefined;
  const heads: SeenHead[] = [];
  for (const h of data.heads) {
    if (!isObject(h) || !isSha(h.sha) || !isDigest(h.digest) || !isTime(h.at)) return undefined;
    heads.push({ sha: h.sha, digest: h.digest, at: h.at });
  }
  const record: ApprovalRecord = { v: 1, heads };
  if (data.approved !== undefined) {
    if (typeof data.approved !== "boolean") return undefined;
    record.approved = data.approved;
  }
  if (data.approval !== undefined) {
    const a = data.approval;
    if (
      !isObject(a) ||
      !isDigest(a.digest) ||
      !isSha(a.head) ||
      typeof a.by !== "string" ||
      !/^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(a.by) ||
      (a.via !== "label" && a.via !== "review") ||
      !isTime(a.at)
    ) {
      return undefined;
    }
    const approval: RecordedApproval = { digest: a.digest, head: a.head, by: a.by, via: a.via, at: a.at };
    if (a.files !== undefined) {
      if (!isObject(a.files)) return undefined;
      const files: Record<string, string> = {};
      for (const [path, blob] of Object.entries(a.files)) {
        if (typeof blob !== "string") return undefined;
        files[path] = blob;
      }
      approval.files = files;
    }
    record.approval = approval;
  }
  // The signature is checked by whoever trusts the record (the deploy), with the key; here it is only carried.
  if (typeof data.sig === "string" && /^[0-9a-f]{64}$/.test(data.sig)) record.sig = data.sig;
  return record;
}

/** The report, cut at a line boundary to `budget` characters with a note, fences closed. */
function fit(report: string, budget: number): string {
  if (report.length <= budget) return report;
  const note = (shown: number) =>
    `\n\n> ✂️ The report was cut to fit a GitHub comment (${shown.toLocaleString("en-US")} of ` +
    `${report.length.toLocaleString("en-US")} characters shown). The job summary and the JSON report have all of it.`;
  // Room for the note and a closing fence; the note's figures only get shorter than this estimate.
  const room = budget - note(report.length).length - "\n```".length;
  if (room <= 0) return "";
  let cut = report.lastIndexOf("\n", room);
  if (cut < room / 2) cut = room;
  // Never split a surrogate pair.
  const code = report.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  let kept = report.slice(0, cut).trimEnd();
  if ((kept.match(/^\s*(```|~~~)/gm) ?? []).length % 2 === 1) kept += "\n```";
  return kept + note(kept.length);
}

/** The report is shown, never hidden: an HTML comment in it could swallow the section or fake a record. */
function neutralize(markdown: string): string {
  return markdown.replace(/<!--/g, "&lt;!--");
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
const isSha = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v);
const isDigest = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f]{64}$/.test(v);
const isTime = (v: unknown): v is string => typeof v === "string" && !Number.isNaN(Date.parse(v));
