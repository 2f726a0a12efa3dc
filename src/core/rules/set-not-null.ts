import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const setNotNull: Rule = {
  id: "set-not-null",
  category: "locking",
  severity: "warning",
  description: "SET NOT NULL scans the whole table under an exclusive lock.",
  safeAlternative: "",
  check: () => [],
};
