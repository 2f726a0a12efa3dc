import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const dropColumn: Rule = {
  id: "drop-column",
  category: "destructive",
  severity: "error",
  description:
    "Dropping a column that existed before this migration deletes its values, and breaks app code still reading it.",
  safeAlternative: "",
  check: () => [],
};
