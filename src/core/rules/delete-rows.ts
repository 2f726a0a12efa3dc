import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const deleteRows: Rule = {
  id: "delete-rows",
  category: "destructive",
  severity: "error",
  description: "Deleting rows (DELETE, delete_all, destroy_all, .delete()) loses stored data.",
  safeAlternative: "",
  check: () => [],
};
