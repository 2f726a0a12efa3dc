import type { Category, FileReport, Finding } from "../types.js";

/**
 * Findings not acknowledged by an allow comment: what the counts show and the CLI fails on. (The PR and deploy
 * gates also count acknowledged findings in an approval category; see verdict.ts.)
 */
export function activeFindings(files: readonly FileReport[]): Finding[] {
  return files.flatMap((f) => f.findings.filter((x) => !x.acknowledged));
}

export function countByCategory(files: readonly FileReport[]): Record<Category, number> {
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
