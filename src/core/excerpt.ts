// The flagged lines of a finding, as a short excerpt for the PR comment and SARIF's `region.snippet`: at most
// three lines of the span (a longer span ends in `…`), common indentation removed, each line cut at 160
// characters. Pure; computed once per file with findings, never for a clean one.
import type { Finding } from "./types.js";
import { extend } from "./extend.js";

const MAX_LINES = 3;
const MAX_WIDTH = 160;

export function excerpt(lines: readonly string[], line: number, endLine: number): string | undefined {
  const last = Math.min(Math.max(endLine, line), lines.length, line + MAX_LINES - 1);
  const picked = lines.slice(line - 1, last).map((l) => l.replace(/\s+$/, ""));
  if (!picked.some((l) => l.trim())) return undefined;
  const indent = Math.min(...picked.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  const out = picked.map((l) => {
    const text = l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length));
    return text.length > MAX_WIDTH ? `${text.slice(0, MAX_WIDTH - 1)}…` : text;
  });
  if (endLine > last) out.push("…");
  return out.join("\n");
}

/** The findings, each with the excerpt of its span of `source`. */
export function withExcerpts(findings: Finding[], source: string): Finding[] {
  if (!findings.length || !source) return findings;
  const lines = source.split(/\r?\n/);
  return findings.map((f) => {
    const text = excerpt(lines, f.line, f.endLine);
    return text === undefined ? f : extend(f, { excerpt: text });
  });
}
