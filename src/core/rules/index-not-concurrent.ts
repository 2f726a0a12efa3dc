import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const indexNotConcurrent: Rule = {
  id: "index-not-concurrent",
  category: "locking",
  severity: "warning",
  description:
    "Building an index on an existing table without CONCURRENTLY blocks writes for the whole build.",
  safeAlternative: "",
  check: () => [],
};
