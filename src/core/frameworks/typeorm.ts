import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const typeorm: Framework = {
  id: "typeorm",
  name: "TypeORM",
  matches: () => false,
  parse: () => ({ framework: "typeorm", operations: [], comments: [], problems: [] }),
};
