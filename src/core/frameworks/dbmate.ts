import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const dbmate: Framework = {
  id: "dbmate",
  name: "dbmate",
  matches: () => false,
  parse: () => ({ framework: "dbmate", operations: [], comments: [], problems: [] }),
};
