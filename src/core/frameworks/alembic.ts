import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const alembic: Framework = {
  id: "alembic",
  name: "Alembic",
  matches: () => false,
  parse: () => ({ framework: "alembic", operations: [], comments: [], problems: [] }),
};
