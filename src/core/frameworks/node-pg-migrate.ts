import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const nodePgMigrate: Framework = {
  id: "node-pg-migrate",
  name: "node-pg-migrate",
  matches: () => false,
  parse: () => ({ framework: "node-pg-migrate", operations: [], comments: [], problems: [] }),
};
