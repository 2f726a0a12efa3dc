// Two readings of the same diff, made with two configs, as one: every finding either reading found. Used when
// a pull request changes the config file: the check judges the migrations under the base's config and the
// head's, so a config change (a rule turned off, a path excluded) cannot hide a finding before it is merged,
// while a config change that teaches the check something new (a `paths:` entry) still counts. Pure.
import type { FileReport, Finding } from "./types.js";
import { byLineThenRule } from "./order.js";

const key = (f: Finding) => `${f.rule}\0${f.line}\0${f.endLine}`;

/** `primary`'s reports, with the findings only `extra` has added, and the files only `extra` read. */
export function mergeReports(primary: readonly FileReport[], extra: readonly FileReport[]): FileReport[] {
  const byPath = new Map(extra.map((r) => [r.path, r]));
  const merged = primary.map((report) => {
    const other = byPath.get(report.path);
    byPath.delete(report.path);
    if (!other) return report;
    const seen = new Set(report.findings.map(key));
    const added = other.findings.filter((f) => !seen.has(key(f)));
    if (added.length === 0) return report;
    const findings = [...report.findings, ...added].sort(byLineThenRule);
    return { ...report, findings };
  });
  // Files only the other config reads as migrations (the head's config excludes them) join in path order,
  // which is git's diff order.
  return [...merged, ...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
