// Annotations on the exact file and line, written as workflow commands on stdout. GitHub shows at most 10
// of each level per step, so the most severe go first and the rest are counted (the summary lists them all).
// File names are data: a name holding `,` `:` `%` or a newline must not end the property or the command.
import type { Severity } from "../core/types.js";
import type { LocatedFinding } from "../core/verdict.js";

/** GitHub's per-step display limits. */
export const ANNOTATION_LIMITS: Readonly<Record<Severity, number>> = { error: 10, warning: 10, notice: 10 };

export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export interface Annotation {
  level: Severity;
  message: string;
  file: string;
  line: number;
  endLine?: number;
  title?: string;
}

/** One `::level file=...,line=...::message` line (without the newline). */
export function formatAnnotation(a: Annotation): string {
  const props: [string, string][] = [
    ["file", a.file],
    ["line", String(a.line)],
  ];
  if (a.endLine !== undefined && a.endLine > a.line) props.push(["endLine", String(a.endLine)]);
  if (a.title) props.push(["title", a.title]);
  const rendered = props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
  return `::${a.level} ${rendered}::${escapeData(a.message)}`;
}

export interface AnnotationPlan {
  shown: Annotation[];
  /** Findings not annotated because their level was full. */
  omitted: Record<Severity, number>;
}

/** Picks what to annotate from findings already ranked most severe first. */
export function planAnnotations(ranked: readonly LocatedFinding[]): AnnotationPlan {
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const { path, finding, gated } of ranked) {
    const level = finding.severity;
    if (used[level] >= ANNOTATION_LIMITS[level]) {
      omitted[level]++;
      continue;
    }
    used[level]++;
    // An acknowledged finding that still gates is shown as such: the allow comment is not the approval.
    const ack = finding.acknowledged;
    shown.push({
      level,
      file: path,
      line: finding.line,
      endLine: finding.endLine,
      title: `${finding.rule} (${finding.category}${gated ? ", needs approval" : ""}${ack ? ", acknowledged" : ""})`,
      message:
        `${finding.message}\n` +
        (ack ? `Acknowledged (line ${ack.line}): ${ack.reason}\n` : "") +
        `Instead: ${finding.safeAlternative}\n${finding.docsUrl}`,
    });
  }
  return { shown, omitted };
}

export function writeAnnotations(
  plan: AnnotationPlan,
  write: (line: string) => void = (l) => process.stdout.write(l),
): void {
  for (const a of plan.shown) write(`${formatAnnotation(a)}\n`);
}
