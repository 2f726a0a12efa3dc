import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const addForeignKey: Rule = {
  id: "add-foreign-key",
  category: "locking",
  severity: "warning",
  description: "A validated foreign key scans the table while blocking writes on both tables.",
  safeAlternative: "",
  check: () => [],
};
