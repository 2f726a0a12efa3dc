import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const flyway: Framework = {
  id: "flyway",
  name: "Flyway",
  matches: () => false,
  parse: () => ({ framework: "flyway", operations: [], comments: [], problems: [] }),
};
