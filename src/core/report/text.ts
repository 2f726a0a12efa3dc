// Plain text for terminals: one block per file, one line per finding, then the totals.
import type { FileReport } from "../types.js";
import { countByCategory, type TalliedReport } from "./counts.js";
import { plain, type Style } from "./style.js";

/** One file's block, newline-terminated (the CLI streams these as files finish). */
export function textFileBlock(file: FileReport, style: Style = plain): string {
  const lines: string[] = [];
  const status = file.status === "unchanged" ? "" : ` (${file.status})`;
  lines.push(`${style.path(file.path)}${status} ${style.dim(`[${file.framework}]`)}`);
  if (file.findings.length === 0) lines.push(`  ${style.ok("no findings")}`);
  for (const f of file.findings) {
    const where = f.endLine > f.line ? `${f.line}-${f.endLine}` : `${f.line}`;
    const ack = f.acknowledged ? ` (acknowledged: ${f.acknowledged.reason})` : "";
    const paint = f.acknowledged
      ? style.dim
      : { error: style.error, warning: style.warning, notice: style.dim }[f.severity];
    const severity = paint(f.severity);
    lines.push(`  ${where}: ${severity} ${f.category} ${style.dim(f.rule)}: ${f.message}${ack}`);
    lines.push(`      ${style.dim("instead:")} ${f.safeAlternative}`);
  }
  return lines.join("\n") + "\n";
}

/** The totals that close the text report: a blank line, then the counts. */
export function textTotals(files: readonly TalliedReport[]): string {
  const counts = countByCategory(files);
  const summary = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([category, n]) => `${n} ${category}`)
    .join(", ");
  return `\n${files.length} migration file(s) analysed: ${summary || "no findings"}.\n`;
}

export function toText(files: readonly FileReport[]): string {
  return files.map((file) => textFileBlock(file)).join("") + textTotals(files);
}
