import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const updateRows: Rule = {
  id: "update-rows",
  category: "destructive",
  severity: "error",
  description: "An UPDATE that overwrites values of a pre-existing column loses the old values.",
  safeAlternative: "",
  check: () => [],
};
