// Prisma Migrate: one plain SQL file per migration, `<schema dir>/migrations/<timestamp>_<name>/migration.sql`.
// Prisma has no down migrations, so the whole file runs forward.
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";
import { readSql } from "./sql/files.js";

// Prisma writes `migrations/` beside the schema file that holds the `datasource` block: `prisma/migrations/`
// for `prisma/schema.prisma` (and for a multi-file schema whose main file is there, its models in
// `prisma/models/` or anywhere below `prisma/`), `prisma/schema/migrations/` for the `prisma/schema/` folder of
// the prismaSchemaFolder preview (5.15 to 6.6) and the layouts that kept it.
const PATH = /(^|\/)prisma\/(?:[^/]+\/)*?migrations\/[^/]+\/migration\.sql$/;

export const prisma: Framework = {
  id: "prisma",
  name: "Prisma",
  matches: (path) => PATH.test(path),
  // `migrations/<timestamp>_<name>/migration.sql`: the history is every sibling folder's migration.sql, in
  // folder-name order (as `prisma migrate deploy` applies them).
  // The schema beside `migrations/` seeds the history of the migrations a change adds (see SchemaDump): every
  // `.prisma` file of that folder and the folders below it, as Prisma reads a schema folder; a single
  // `schema.prisma` is the folder of one file.
  historyScope: (path) =>
    /(^|\/)migration\.sql$/.test(path)
      ? { depth: 2, file: "migration.sql", dumpExtension: ".prisma" }
      : undefined,
  readDumpFiles: (files) => reader("prismaSchema").readSchemaPrisma([...files.values()]),
  parse: (input, parsers) => readSql("prisma", [{ text: input.source, line: 1 }], input.database, parsers),
};
