import type { Category, FileReport, Finding } from "../types.js";

/** Findings that still count: acknowledged ones are reported but gate nothing. */
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
