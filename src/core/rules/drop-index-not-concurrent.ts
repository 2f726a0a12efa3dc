import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const dropIndexNotConcurrent: Rule = {
  id: "drop-index-not-concurrent",
  category: "locking",
  severity: "notice",
  description: "Dropping an index without CONCURRENTLY takes an exclusive lock on the table.",
  safeAlternative: "",
  check: () => [],
};
