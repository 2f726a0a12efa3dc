import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const dropTable: Rule = {
  id: "drop-table",
  category: "destructive",
  severity: "error",
  description: "Dropping a table that existed before this migration deletes its rows.",
  safeAlternative: "",
  check: () => [],
};
