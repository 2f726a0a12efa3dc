import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const unusedAllow: Rule = {
  id: "unused-allow",
  category: "needs-review",
  severity: "warning",
  description: "An allow comment that suppresses nothing (wrong rule, wrong line, or no reason).",
  safeAlternative: "",
  check: () => [],
};
