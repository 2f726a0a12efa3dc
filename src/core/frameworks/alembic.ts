// Alembic revisions, read with tree-sitter-python: `upgrade()` as forward Operations, `downgrade()` only for
// reversibility (see python/alembic-reader.ts).
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";

// `versions/` is Alembic's own directory name, whatever holds it (alembic/, migrations/, db/...).
const VERSION_PATH = /(?:^|\/)(?:versions\/[^/]+|alembic\/versions\/.+)\.py$/;
const UPGRADE = /^def\s+upgrade\s*\(/m;
const REVISION = /^revision\s*(?::[^=\n]+)?=/m;

export const alembic: Framework = {
  id: "alembic",
  name: "Alembic",
  matches: (path, source) =>
    VERSION_PATH.test(path) &&
    !path.endsWith("/__init__.py") &&
    UPGRADE.test(source) &&
    REVISION.test(source),
  parse: (input, parsers) => reader("alembic").readAlembicMigration(input, parsers),
};
