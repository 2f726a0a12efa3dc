import type { Framework } from "./framework.js";

// STUB: to be implemented.
export const django: Framework = {
  id: "django",
  name: "Django",
  matches: () => false,
  parse: () => ({ framework: "django", operations: [], comments: [], problems: [] }),
};
