import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const columnTypeRewrite: Rule = {
  id: "column-type-rewrite",
  category: "locking",
  severity: "warning",
  description: "Most column type changes rewrite the table under an exclusive lock.",
  safeAlternative: "",
  check: () => [],
};
