import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const irreversibleMigration: Rule = {
  id: "irreversible-migration",
  category: "irreversible",
  severity: "notice",
  description: "The migration cannot be rolled back by the framework.",
  safeAlternative: "",
  check: () => [],
};
