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

export function toJsonFile(f: FileReport): JsonFile {
  return {
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
  };
}

export function toJsonReport(files: readonly FileReport[]): JsonReport {
  return { version: 1, files: files.map(toJsonFile) };
}

/**
 * The report as `JSON.stringify(toJsonReport(files), null, 2) + "\n"` prints it, one file at a time, so a
 * 50,000-file run never holds the whole text: `head`, then `file()` per file in order, then `tail()`.
 */
export const jsonReportPieces = {
  head: '{\n  "version": 1,\n  "files": [',
  /**
   * The file's object as it prints two levels down: stringified inside two arrays, which indent it by four, and
   * cut out of them (`[\n  [\n    ` before it, `\n  ]\n]` after). Re-indenting the object's own text line by
   * line gives the same, and took 1.2 times as long.
   */
  file: (f: FileReport, first: boolean): string =>
    (first ? "\n    " : ",\n    ") + JSON.stringify([[toJsonFile(f)]], null, 2).slice(10, -6),
  tail: (files: number): string => (files === 0 ? "]\n}\n" : "\n  ]\n}\n"),
};
