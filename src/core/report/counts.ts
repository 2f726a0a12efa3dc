import type { Category, FileReport, Finding } from "../types.js";

/** What the totals and the exit status read of a finding. */
export type TalliedFinding = Pick<Finding, "category" | "severity" | "acknowledged">;

/** What the totals and the exit status read of a file's report: a whole `FileReport` is one. */
export interface TalliedReport {
  findings: readonly TalliedFinding[];
}

/**
 * A report cut down to what the totals and the exit status read. The CLI keeps this of each file for its exit
 * status once the file is written out, not the whole report: at 10,000 files the findings' messages, excerpts
 * and advice were most of what the main thread kept alive until the end.
 */
export function tally(report: FileReport): TalliedReport {
  return {
    findings: report.findings.map((f) => ({
      category: f.category,
      severity: f.severity,
      acknowledged: f.acknowledged,
    })),
  };
}

/**
 * Findings not acknowledged by an allow comment: what the counts show and the CLI fails on. (The PR and deploy
 * gates also count acknowledged findings in an approval category; see verdict.ts.)
 */
export function activeFindings<F extends TalliedFinding>(files: readonly { findings: readonly F[] }[]): F[] {
  return files.flatMap((f) => f.findings.filter((x) => !x.acknowledged));
}

export function countByCategory(files: readonly TalliedReport[]): Record<Category, number> {
  const counts: Record<Category, number> = {
    destructive: 0,
    "backward-incompatible": 0,
    locking: 0,
    irreversible: 0,
    "needs-review": 0,
  };
  for (const f of activeFindings(files)) counts[f.category]++;
  return counts;
}

export function hasDestructive(files: readonly FileReport[]): boolean {
  return activeFindings(files).some((f) => f.category === "destructive");
}
