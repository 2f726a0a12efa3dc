import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const lossyTypeChange: Rule = {
  id: "lossy-type-change",
  category: "destructive",
  severity: "error",
  description: "Changing a column to a narrower type can truncate or reject stored values.",
  safeAlternative: "",
  check: () => [],
};
