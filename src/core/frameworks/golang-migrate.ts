import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const golangMigrate: Framework = {
  id: "golang-migrate",
  name: "golang-migrate",
  matches: () => false,
  parse: () => ({ framework: "golang-migrate", operations: [], comments: [], problems: [] }),
};
