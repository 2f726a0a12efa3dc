// Inline acknowledgements: `migration-guard:allow <rule>[,<rule>] -- <reason>` in a comment on the line of a
// finding or the line just above it. The finding stays in the report, marked acknowledged with the reason. It
// documents the finding; it is not an approval: in an approval category it still needs a person's approval.
import type { Config } from "./config.js";
import { docsUrl } from "./docs.js";
import type { Comment, Finding } from "./types.js";

const DIRECTIVE = /migration-guard:allow\b\s*([A-Za-z0-9_,\s-]*?)\s*(?:--\s*(.*?))?\s*$/;

export const UNUSED_ALLOW = "unused-allow";

interface Directive {
  comment: Comment;
  ruleIds: string[];
  reason: string;
  used: boolean;
}

function parseDirectives(comments: readonly Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const comment of comments) {
    for (const line of comment.text.split("\n")) {
      const m = DIRECTIVE.exec(line);
      if (!m) continue;
      const ruleIds = (m[1] ?? "").split(/[\s,]+/).filter(Boolean);
      out.push({ comment, ruleIds, reason: (m[2] ?? "").trim(), used: false });
    }
  }
  return out;
}

function covers(d: Directive, f: Finding): boolean {
  // Same line(s) as the comment, or the statement that starts on the line after it.
  return f.line <= d.comment.endLine + 1 && f.endLine >= d.comment.line;
}

function meta(d: Directive, message: string, config: Config): Finding | undefined {
  const severity = config.rules[UNUSED_ALLOW] ?? "warning";
  if (severity === "off") return undefined;
  return {
    rule: UNUSED_ALLOW,
    category: "needs-review",
    severity,
    line: d.comment.line,
    endLine: d.comment.endLine,
    message,
    safeAlternative: "Remove the comment, or name the rule it is meant for and give a reason after `--`.",
    docsUrl: docsUrl(UNUSED_ALLOW),
  };
}

export function applyAllowComments(
  findings: Finding[],
  comments: readonly Comment[],
  config: Config,
): Finding[] {
  const directives = parseDirectives(comments);
  if (directives.length === 0) return findings;
  for (const f of findings) {
    const d = directives.find((x) => x.reason && x.ruleIds.includes(f.rule) && covers(x, f));
    if (d) {
      d.used = true;
      f.acknowledged = { reason: d.reason, line: d.comment.line };
    }
  }
  const extra: Finding[] = [];
  for (const d of directives) {
    let problem: string | undefined;
    if (d.ruleIds.length === 0)
      problem = "names no rule; write `migration-guard:allow <rule-id> -- <reason>`";
    else if (!d.reason)
      problem = `for ${d.ruleIds.join(", ")} gives no reason after \`--\`, so it acknowledges nothing`;
    else if (!d.used)
      problem = `for ${d.ruleIds.join(", ")} matches no finding on this line or the next; it suppresses nothing`;
    if (problem) {
      const f = meta(d, `The allow comment ${problem}.`, config);
      if (f) extra.push(f);
    }
  }
  return findings.concat(extra);
}
