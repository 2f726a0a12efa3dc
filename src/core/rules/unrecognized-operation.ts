import type { Rule } from "./rule.js";

// STUB: to be implemented.
export const unrecognizedOperation: Rule = {
  id: "unrecognized-operation",
  category: "needs-review",
  severity: "warning",
  description:
    "Code or SQL the analyser could not follow (dynamic SQL, unknown statement) needs a human review.",
  safeAlternative: "",
  check: () => [],
};
