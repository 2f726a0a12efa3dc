import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const goose: Framework = {
  id: "goose",
  name: "goose",
  matches: () => false,
  parse: () => ({ framework: "goose", operations: [], comments: [], problems: [] }),
};
