// Plain text for terminals: one block per file, one line per finding, then the totals.
import type { FileReport } from "../types.js";
import { countByCategory } from "./counts.js";

export function toText(files: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const file of files) {
    const status = file.status === "unchanged" ? "" : ` (${file.status})`;
    lines.push(`${file.path}${status} [${file.framework}]`);
    if (file.findings.length === 0) lines.push("  no findings");
    for (const f of file.findings) {
      const where = f.endLine > f.line ? `${f.line}-${f.endLine}` : `${f.line}`;
      const ack = f.acknowledged ? ` (acknowledged: ${f.acknowledged.reason})` : "";
      lines.push(`  ${where}: ${f.severity} ${f.category} ${f.rule}: ${f.message}${ack}`);
      lines.push(`      instead: ${f.safeAlternative}`);
    }
  }
  const counts = countByCategory(files);
  const summary = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([category, n]) => `${n} ${category}`)
    .join(", ");
  lines.push("");
  lines.push(`${files.length} migration file(s) analysed: ${summary || "no findings"}.`);
  return lines.join("\n") + "\n";
}
