// Knex migrations, read with tree-sitter-javascript / tree-sitter-typescript: `up` as forward Operations
// (see js/knex-reader.ts for what is followed and what cannot be known).
import type { Framework } from "./framework.js";
import { EXPORTS_UP, isScriptPath } from "./js/detect.js";
import { reader } from "./readers.js";

// `knex.schema`, `import { Knex } from "knex"`, an `up(knex)` parameter named after the library, or the schema
// builder under another name (`db.schema.createTable(...)`).
const KNEX =
  /\bknex\.schema\b|\bfrom\s+["']knex["']|\brequire\(\s*["']knex["']\s*\)|\bup\s*\(\s*knex\b|\(\s*knex\s*(?::\s*Knex\s*)?\)\s*(?:=>|\{)|\.schema\s*\.\s*(?:createTable|alterTable|dropTable|table)\s*\(/;

export const knex: Framework = {
  id: "knex",
  name: "Knex",
  matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && KNEX.test(source),
  parse: (input, parsers) => reader("knex").readKnexMigration(input, parsers),
};
