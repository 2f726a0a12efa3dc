import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const renameColumn: Rule = {
  id: "rename-column",
  category: "backward-incompatible",
  severity: "warning",
  description: "Renaming a column breaks app code still using the old name during the deploy.",
  safeAlternative: "",
  check: () => [],
};
