import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const unparseableMigration: Rule = {
  id: "unparseable-migration",
  category: "needs-review",
  severity: "warning",
  description: "The file could not be read or parsed, so nothing about it is known to be safe.",
  safeAlternative: "",
  check: () => [],
};
