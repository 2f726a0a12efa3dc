// Sequelize migrations (sequelize-cli and umzug), read with tree-sitter-javascript / tree-sitter-typescript:
// `up` as forward Operations (see js/sequelize-reader.ts for what is followed and what cannot be known).
import type { Framework } from "./framework.js";
import { EXPORTS_UP, isScriptPath } from "./js/detect.js";
import { reader } from "./readers.js";

const SEQUELIZE =
  /\bqueryInterface\b|\bQueryInterface\b|\bfrom\s+["']sequelize["']|\brequire\(\s*["']sequelize["']\s*\)/;

export const sequelize: Framework = {
  id: "sequelize",
  name: "Sequelize",
  matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && SEQUELIZE.test(source),
  parse: (input, parsers) => reader("sequelize").readSequelizeMigration(input, parsers),
};
