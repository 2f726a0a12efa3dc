// Prisma Migrate: one plain SQL file per migration, `<schema dir>/migrations/<timestamp>_<name>/migration.sql`.
// Prisma has no down migrations, so the whole file runs forward.
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";
import { readSql } from "./sql/files.js";

const PATH = /(^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/;

export const prisma: Framework = {
  id: "prisma",
  name: "Prisma",
  matches: (path) => PATH.test(path),
  // `migrations/<timestamp>_<name>/migration.sql`: the history is every sibling folder's migration.sql, in
  // folder-name order (as `prisma migrate deploy` applies them).
  // `schema.prisma` beside `migrations/` seeds the history of the migrations a change adds (see SchemaDump).
  historyScope: (path) =>
    /(^|\/)migration\.sql$/.test(path)
      ? { depth: 2, file: "migration.sql", dumps: ["schema.prisma"] }
      : undefined,
  readDump: (_name, source) => reader("prismaSchema").readSchemaPrisma(source),
  parse: (input, parsers) => readSql("prisma", [{ text: input.source, line: 1 }], input.database, parsers),
};
