import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const volatileDefault: Rule = {
  id: "volatile-default",
  category: "locking",
  severity: "warning",
  description: "A column added with a volatile default rewrites the whole table under an exclusive lock.",
  safeAlternative: "",
  check: () => [],
};
