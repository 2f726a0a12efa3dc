import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const addRequiredColumn: Rule = {
  id: "add-required-column",
  category: "backward-incompatible",
  severity: "warning",
  description:
    "A NOT NULL column without a default fails on existing rows and breaks inserts from the old code.",
  safeAlternative: "",
  check: () => [],
};
