import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const prisma: Framework = {
  id: "prisma",
  name: "Prisma",
  matches: () => false,
  parse: () => ({ framework: "prisma", operations: [], comments: [], problems: [] }),
};
