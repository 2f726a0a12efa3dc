import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const laravel: Framework = {
  id: "laravel",
  name: "Laravel",
  matches: () => false,
  parse: () => ({ framework: "laravel", operations: [], comments: [], problems: [] }),
};
