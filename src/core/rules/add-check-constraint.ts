import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const addCheckConstraint: Rule = {
  id: "add-check-constraint",
  category: "locking",
  severity: "warning",
  description: "A validated CHECK constraint scans the whole table under an exclusive lock.",
  safeAlternative: "",
  check: () => [],
};
