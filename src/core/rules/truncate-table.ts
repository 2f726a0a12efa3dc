import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const truncateTable: Rule = {
  id: "truncate-table",
  category: "destructive",
  severity: "error",
  description: "TRUNCATE deletes every row of the table.",
  safeAlternative: "",
  check: () => [],
};
