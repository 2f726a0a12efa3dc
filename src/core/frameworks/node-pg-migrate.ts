// node-pg-migrate migrations, read with tree-sitter-javascript / tree-sitter-typescript: `up(pgm)` as forward
// Operations (see js/node-pg-migrate-reader.ts for what is followed and what cannot be known).
import type { Framework } from "./framework.js";
import { EXPORTS_UP, isScriptPath } from "./js/detect.js";
import { reader } from "./readers.js";

const NODE_PG_MIGRATE = /\bpgm\b|\bMigrationBuilder\b|["']node-pg-migrate["']/;

export const nodePgMigrate: Framework = {
  id: "node-pg-migrate",
  name: "node-pg-migrate",
  matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && NODE_PG_MIGRATE.test(source),
  parse: (input, parsers) => reader("nodePgMigrate").readNodePgMigration(input, parsers),
};
