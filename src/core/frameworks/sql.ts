import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const plainSql: Framework = {
  id: "sql",
  name: "SQL",
  matches: () => false,
  parse: () => ({ framework: "sql", operations: [], comments: [], problems: [] }),
};
