import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const renameTable: Rule = {
  id: "rename-table",
  category: "backward-incompatible",
  severity: "warning",
  description: "Renaming a table breaks app code still using the old name during the deploy.",
  safeAlternative: "",
  check: () => [],
};
