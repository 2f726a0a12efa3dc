import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const addUniqueConstraint: Rule = {
  id: "add-unique-constraint",
  category: "locking",
  severity: "warning",
  description: "A UNIQUE or PRIMARY KEY constraint builds an index under an exclusive lock.",
  safeAlternative: "",
  check: () => [],
};
