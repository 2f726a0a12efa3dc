// Writes a report as files finish instead of building it whole: at 50,000 files the JSON text alone was 94 MB.
// The bytes are exactly those of the whole-report renderers (text, JSON); SARIF and GitLab's are written at the end.
// The writer keeps the whole reports only for SARIF and GitLab; the text totals are counted from what the caller kept.
import { jsonReportPieces } from "./core/report/json.js";
import { toGitLabCodeQuality } from "./core/report/gitlab.js";
import { toSarif } from "./core/report/sarif.js";
import type { Style } from "./core/report/style.js";
import type { TalliedReport } from "./core/report/counts.js";
import { textFileBlock, textTotals } from "./core/report/text.js";
import type { FileReport } from "./core/types.js";

export type Format = "text" | "json" | "sarif" | "gitlab";

/** Pieces smaller than this are gathered into one write: a write per file would be 50,000 system calls. */
const FLUSH_AT = 1 << 16;

export interface ReportWriter {
  /** The next file, in report order. */
  add(report: FileReport): void;
  /** Closes the report; `reports` are the files added, in order, as much of each as the totals count. */
  end(reports: readonly TalliedReport[]): void;
}

export interface TextOptions {
  /** Colours for a terminal (plain by default). */
  style?: Style;
  /** Only the files with findings, no totals (`--quiet`). */
  quiet?: boolean;
}

export function reportWriter(
  format: Format,
  write: (text: string) => void,
  version: string,
  text: TextOptions = {},
): ReportWriter {
  let pending = "";
  let count = 0;
  const whole: FileReport[] = [];
  const put = (text: string) => {
    pending += text;
    if (pending.length >= FLUSH_AT) {
      write(pending);
      pending = "";
    }
  };
  const flush = (text: string) => {
    write(pending + text);
    pending = "";
  };
  if (format === "json") put(jsonReportPieces.head);
  return {
    add(report) {
      if (format === "json") put(jsonReportPieces.file(report, count === 0));
      else if (format === "text") {
        if (!(text.quiet && report.findings.length === 0)) put(textFileBlock(report, text.style));
      } else whole.push(report); // SARIF and GitLab are whole documents, written at the end
      count++;
    },
    end(reports) {
      if (format === "json") flush(jsonReportPieces.tail(count));
      else if (format === "text") flush(text.quiet ? "" : textTotals(reports));
      else if (format === "gitlab") flush(JSON.stringify(toGitLabCodeQuality(whole), null, 2) + "\n");
      else flush(JSON.stringify(toSarif(whole, version), null, 2) + "\n");
    },
  };
}
