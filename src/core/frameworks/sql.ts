// Plain SQL migrations of tools without a file convention of their own (or run by hand): the last resort, so
// it only takes `.sql` files that sit under a directory whose name says migrations:
//   migrations/, migration/, migrate/ (so db/migrate/, db/migrations/, sql/migrations/, database/migrations/),
//   schema_migrations/, db_migrations/, sql_migrations/ (also with `-`), at any depth.
// A `.sql` anywhere else (src/queries/report.sql, db/structure.sql, seeds) is not a migration. Files that
// undo a migration (down.sql, 001_x_down.sql, rollback.sql, undo.sql, revert.sql; Diesel keeps
// `migrations/<name>/down.sql` beside `up.sql`) never run forward, and nothing vendored is ours.
import type { Framework } from "./framework.js";
import { readSql } from "./sql/files.js";

const MIGRATION_DIR = /^(migrations?|migrate|(schema|db|sql)[-_]migrations)$/i;
const REVERSE_FILE = /(^|[._-])(down|rollback|undo|revert)\.sql$/i;
const VENDORED = new Set(["node_modules", "vendor", "third_party"]);

function isPlainSqlMigration(path: string): boolean {
  if (!/\.sql$/i.test(path)) return false;
  const segments = path.split("/");
  const name = segments.pop() ?? "";
  if (REVERSE_FILE.test(name)) return false;
  if (segments.some((s) => VENDORED.has(s))) return false;
  return segments.some((s) => MIGRATION_DIR.test(s));
}

export const plainSql: Framework = {
  id: "sql",
  name: "SQL",
  matches: (path) => isPlainSqlMigration(path),
  parse: (input, parsers) => readSql("sql", [{ text: input.source, line: 1 }], input.database, parsers),
};
