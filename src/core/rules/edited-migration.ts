import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const editedMigration: Rule = {
  id: "edited-migration",
  category: "needs-review",
  severity: "warning",
  description:
    "Editing, renaming or deleting a migration that exists on the base branch: it will not re-run where it already ran.",
  safeAlternative: "",
  check: () => [],
};
