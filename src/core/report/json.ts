// The machine-readable report (docs/json-report.md). `version` changes only when a field changes meaning.
import type { Category, FileReport, Severity } from "../types.js";

export interface JsonFinding {
  rule: string;
  category: Category;
  severity: Severity;
  line: number;
  endLine: number;
  message: string;
  safeAlternative: string;
  docsUrl: string;
  acknowledged?: { reason: string; line: number };
}

export interface JsonFile {
  path: string;
  framework: string;
  status: string;
  previousPath?: string;
  findings: JsonFinding[];
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

export function toJsonReport(files: readonly FileReport[]): JsonReport {
  return {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      framework: f.framework,
      status: f.status,
      ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
      findings: f.findings.map((x) => ({
        rule: x.rule,
        category: x.category,
        severity: x.severity,
        line: x.line,
        endLine: x.endLine,
        message: x.message,
        safeAlternative: x.safeAlternative,
        docsUrl: x.docsUrl,
        ...(x.acknowledged ? { acknowledged: x.acknowledged } : {}),
      })),
    })),
  };
}
