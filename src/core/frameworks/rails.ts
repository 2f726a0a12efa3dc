import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const rails: Framework = {
  id: "rails",
  name: "Rails",
  matches: () => false,
  parse: () => ({ framework: "rails", operations: [], comments: [], problems: [] }),
};
