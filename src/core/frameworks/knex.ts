import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const knex: Framework = {
  id: "knex",
  name: "Knex",
  matches: () => false,
  parse: () => ({ framework: "knex", operations: [], comments: [], problems: [] }),
};
