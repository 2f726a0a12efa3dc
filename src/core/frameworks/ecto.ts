import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const ecto: Framework = {
  id: "ecto",
  name: "Ecto",
  matches: () => false,
  parse: () => ({ framework: "ecto", operations: [], comments: [], problems: [] }),
};
