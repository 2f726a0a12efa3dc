import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const changeColumnType: Rule = {
  id: "change-column-type",
  category: "backward-incompatible",
  severity: "warning",
  description: "Changing a column's type can break app code still running during the deploy.",
  safeAlternative: "",
  check: () => [],
};
