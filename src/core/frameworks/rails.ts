// Rails (ActiveRecord) migrations, read with prism: the forward direction of each migration class as Operations.
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";

// db/migrate, engines' db/migrate, and multi-database dirs such as db/animals_migrate.
const MIGRATION_PATH = /(?:^|\/)db\/(?:[A-Za-z0-9_]+_)?migrate\/[^/]+\.rb$/;

export const rails: Framework = {
  id: "rails",
  name: "Rails",
  matches: (path) => MIGRATION_PATH.test(path),
  // `db/migrate` is dumped to `db/schema.rb`, `db/animals_migrate` to `db/animals_schema.rb`.
  historyScope: (path) => {
    const prefix = /(?:^|\/)db\/([A-Za-z0-9_]+_)?migrate\/[^/]+$/.exec(path)?.[1];
    return /(?:^|\/)db\/(?:[A-Za-z0-9_]+_)?migrate\/[^/]+$/.test(path)
      ? { depth: 1, dump: `${prefix ?? ""}schema.rb` }
      : undefined;
  },
  readDump: (source, database, parsers) => reader("rails").readSchemaRb(source, database, parsers),
  parse: (input, parsers) => reader("rails").readRailsMigration(input.source, input.database, parsers),
};
