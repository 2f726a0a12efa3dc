import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const sequelize: Framework = {
  id: "sequelize",
  name: "Sequelize",
  matches: () => false,
  parse: () => ({ framework: "sequelize", operations: [], comments: [], problems: [] }),
};
