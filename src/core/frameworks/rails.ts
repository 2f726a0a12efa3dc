// Rails (ActiveRecord) migrations, read with prism: the forward direction of each migration class as Operations.
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";
import { readStructureSql } from "./sql/structure-dump.js";

// db/migrate, engines' db/migrate, and multi-database dirs such as db/animals_migrate.
const MIGRATION_PATH = /(?:^|\/)db\/(?:[A-Za-z0-9_]+_)?migrate\/[^/]+\.rb$/;

export const rails: Framework = {
  id: "rails",
  name: "Rails",
  matches: (path) => MIGRATION_PATH.test(path),
  // `db/migrate` is dumped to `db/schema.rb`, or with `schema_format = :sql` to `db/structure.sql`;
  // `db/animals_migrate` to `db/animals_schema.rb` or `db/animals_structure.sql`. When both are there, the one
  // of the higher version is the one the app still writes (see folderHistories); on a tie structure.sql, which
  // pg_dump wrote from the database itself.
  historyScope: (path) => {
    const match = /(?:^|\/)db\/([A-Za-z0-9_]+_)?migrate\/[^/]+$/.exec(path);
    if (!match) return undefined;
    const prefix = match[1] ?? "";
    return { depth: 1, dumps: [`${prefix}structure.sql`, `${prefix}schema.rb`] };
  },
  readDump: (name, source, database, parsers) =>
    name.endsWith(".sql")
      ? readStructureSql(source, database, parsers)
      : reader("rails").readSchemaRb(source, database, parsers),
  parse: (input, parsers) => reader("rails").readRailsMigration(input.source, input.database, parsers),
};
