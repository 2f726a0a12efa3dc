// GitLab's Code Quality report (a JSON array of issues, shown in the merge request widget and the diff), for
// the CLI in a GitLab pipeline: `migration-guard diff --format gitlab > gl-code-quality-report.json`.
// Format: https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
import { createHash } from "node:crypto";
import type { FileReport, Finding } from "../types.js";

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: "info" | "minor" | "major" | "critical" | "blocker";
  categories: string[];
  location: { path: string; lines: { begin: number; end: number } };
}

/** An acknowledged finding stays visible as information; the others by severity. */
function severityOf(f: Finding): CodeQualityIssue["severity"] {
  if (f.acknowledged) return "info";
  return f.severity === "error" ? "critical" : f.severity === "warning" ? "major" : "minor";
}

export function toGitLabCodeQuality(files: readonly FileReport[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return files.flatMap((file) =>
    file.findings.map((f) => {
      // Stable across runs and line moves (GitLab compares base and head by fingerprint): the rule, the file
      // and what the finding says, plus its rank among identical ones in the file.
      const key = `${f.rule}\0${file.path}\0${f.message}`;
      const rank = (seen.get(key) ?? 0) + 1;
      seen.set(key, rank);
      return {
        description: `${f.rule}: ${f.message} Instead: ${f.safeAlternative}`,
        check_name: f.rule,
        fingerprint: createHash("sha256").update(`${key}\0${rank}`).digest("hex").slice(0, 32),
        severity: severityOf(f),
        categories: ["Bug Risk", f.category],
        location: { path: file.path, lines: { begin: f.line, end: f.endLine } },
      };
    }),
  );
}
