// db-migrate migrations, read with tree-sitter-javascript / tree-sitter-typescript: `up(db, callback)` as forward
// Operations (see js/db-migrate-reader.ts). db-migrate names its files `<14-digit timestamp>-<name>.js` under
// `migrations/`; the content decides, since Knex and node-pg-migrate share the folder and the extension.
// `--sql-file` migrations keep their SQL in `migrations/sqls/<name>-up.sql`, which the plain SQL reader takes.
import type { Framework } from "./framework.js";
import { EXPORTS_UP, isScriptPath } from "./js/detect.js";
import { reader } from "./readers.js";

// The generated `setup(options, seedLink)` with `options.dbmigrate`, `exports._meta`, the package name, or a
// driver method called on the `db` handle (Knex's builder hangs off `.schema`, so `db.dropTable(` is not Knex).
const DB_MIGRATE =
  /\bdbmigrate\b|["']db-migrate["']|\bexports\._meta\b|\bdb\s*\.\s*(?:runSql|createTable|dropTable|renameTable|addColumn|removeColumn|renameColumn|changeColumn|addIndex|removeIndex|addForeignKey|removeForeignKey)\s*[.(]/;

export const dbMigrate: Framework = {
  id: "db-migrate",
  name: "db-migrate",
  matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && DB_MIGRATE.test(source),
  parse: (input, parsers) => reader("dbMigrate").readDbMigrateMigration(input, parsers),
};
