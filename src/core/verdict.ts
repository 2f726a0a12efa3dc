// From the analysed files to what the check decides: which migrations need an approval (by category),
// the content they are identified by (blob shas), and the counts every reporter shows. Pure.
//
// An allow comment documents a finding; it is not an approval. The author writes it, so a finding in an
// approval category gates whether acknowledged or not (the deploy gate counts it too). Acknowledged
// findings in other categories stay reported and count for nothing.
import { activeFindings, countByCategory } from "./report/counts.js";
import type { Category, FileReport, Finding, Severity } from "./types.js";

export const CATEGORIES: readonly Category[] = [
  "destructive",
  "backward-incompatible",
  "locking",
  "irreversible",
  "needs-review",
];

/**
 * `needs-approval`: findings (acknowledged or not) in an approval category; `review`: other active findings;
 * `ok`: none.
 */
export type FileVerdict = "needs-approval" | "review" | "ok";

export interface Gated {
  path: string;
  /** Blob sha of the head version (the base version for a deleted file). */
  blob: string;
  categories: Category[];
}

export interface Verdict {
  files: { report: FileReport; verdict: FileVerdict }[];
  gated: Gated[];
  requiresApproval: boolean;
  /** Any destructive finding, acknowledged or not: an allow comment does not make a DROP less destructive. */
  destructive: boolean;
  /** Active (not acknowledged) findings. */
  findings: number;
  acknowledged: number;
  counts: Record<Category, number>;
}

/**
 * `blobs` maps a path to its blob sha (head side; base side for deleted files). A gated path missing from
 * it still gates, with the empty string as its identity: it can never match an earlier approval.
 */
export function decideVerdict(
  files: readonly FileReport[],
  approvalCategories: readonly Category[],
  blobs: ReadonlyMap<string, string>,
): Verdict {
  const gatedBy = new Set(approvalCategories);
  const gated: Gated[] = [];
  const rows = files.map((report) => {
    const active = report.findings.filter((f) => !f.acknowledged);
    const categories = CATEGORIES.filter(
      (c) => gatedBy.has(c) && report.findings.some((f) => f.category === c),
    );
    if (categories.length) gated.push({ path: report.path, blob: blobs.get(report.path) ?? "", categories });
    const verdict: FileVerdict = categories.length ? "needs-approval" : active.length ? "review" : "ok";
    return { report, verdict };
  });
  const all = files.flatMap((f) => f.findings);
  const active = activeFindings(files);
  return {
    files: rows,
    gated,
    requiresApproval: gated.length > 0,
    destructive: all.some((f) => f.category === "destructive"),
    findings: active.length,
    acknowledged: all.length - active.length,
    counts: countByCategory(files),
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export interface LocatedFinding {
  path: string;
  finding: Finding;
  gated: boolean;
}

/**
 * What is annotated, most severe first: severity, then those that gate, then by category, path and line.
 * Active findings, and acknowledged ones that still gate (shown as acknowledged, with the reason).
 */
export function rankFindings(
  files: readonly FileReport[],
  approvalCategories: readonly Category[],
): LocatedFinding[] {
  const gatedBy = new Set(approvalCategories);
  const located = files.flatMap((file) =>
    file.findings
      .filter((f) => !f.acknowledged || gatedBy.has(f.category))
      .map((finding) => ({ path: file.path, finding, gated: gatedBy.has(finding.category) })),
  );
  return located.sort(
    (a, b) =>
      SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
      Number(b.gated) - Number(a.gated) ||
      CATEGORIES.indexOf(a.finding.category) - CATEGORIES.indexOf(b.finding.category) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.finding.line - b.finding.line,
  );
}
