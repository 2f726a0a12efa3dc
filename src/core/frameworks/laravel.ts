// Laravel migrations, read with tree-sitter-php: `up()` of each migration class as forward Operations
// (see php/laravel-reader.ts for what is followed and what cannot be known).
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";

// database/migrations, and the sub-folders some apps keep there (database/migrations/tenant/...).
const MIGRATION_PATH = /(?:^|\/)database\/migrations\/(?:[^/]+\/)*[^/]+\.php$/;

export const laravel: Framework = {
  id: "laravel",
  name: "Laravel",
  matches: (path) => MIGRATION_PATH.test(path),
  parse: (input, parsers) => reader("laravel").readLaravelMigration(input.source, input.database, parsers),
};
