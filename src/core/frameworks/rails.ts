// Rails (ActiveRecord) migrations, read with prism: the forward direction of each migration class as Operations.
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";

// db/migrate, engines' db/migrate, and multi-database dirs such as db/animals_migrate.
const MIGRATION_PATH = /(?:^|\/)db\/(?:[A-Za-z0-9_]+_)?migrate\/[^/]+\.rb$/;

export const rails: Framework = {
  id: "rails",
  name: "Rails",
  matches: (path) => MIGRATION_PATH.test(path),
  parse: (input, parsers) => reader("rails").readRailsMigration(input.source, input.database, parsers),
};
