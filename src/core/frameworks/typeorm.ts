// TypeORM migrations, read with tree-sitter-typescript / tree-sitter-javascript: the `up(queryRunner)` method
// of the migration class as forward Operations (see js/typeorm-reader.ts).
import type { Framework } from "./framework.js";
import { EXPORTS_UP, isScriptPath } from "./js/detect.js";
import { reader } from "./readers.js";

const TYPEORM = /\bMigrationInterface\b|\bQueryRunner\b|\bup\s*\(\s*queryRunner\b/;

export const typeorm: Framework = {
  id: "typeorm",
  name: "TypeORM",
  matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && TYPEORM.test(source),
  parse: (input, parsers) => reader("typeorm").readTypeormMigration(input, parsers),
};
