import type { Rule } from "./rule.js";

// Findings of this rule come from src/core/suppress.ts, which alone sees the comments; the entry exists so
// the rule has an id, a docs page and a severity the config can change or turn off.
export const unusedAllow: Rule = {
  id: "unused-allow",
  category: "needs-review",
  severity: "warning",
  description: "An allow comment that suppresses nothing (wrong rule, wrong line, or no reason).",
  safeAlternative: "Remove the comment, or name the rule it is meant for and give a reason after `--`.",
  check: () => [],
};
