// Flyway: versioned `V<version>__<description>.sql` and repeatable `R__<description>.sql` scripts run
// forward; `U<version>__<description>.sql` undo scripts are the way back and never run when migrating.
import type { Framework } from "./framework.js";
import { basename, readSql } from "./sql/files.js";

const VERSION = String.raw`\d+(?:[._]\d+)*`;
const VERSIONED = new RegExp(`^V${VERSION}__.*\\.sql$`);
const UNDO = new RegExp(`^U${VERSION}__.*\\.sql$`);
const REPEATABLE = /^R__.+\.sql$/;

export const flyway: Framework = {
  id: "flyway",
  name: "Flyway",
  matches: (path) => {
    const name = basename(path);
    return VERSIONED.test(name) || UNDO.test(name) || REPEATABLE.test(name);
  },
  parse: (input, parsers) => {
    if (UNDO.test(basename(input.path)))
      return { framework: "flyway", operations: [], comments: [], problems: [] };
    return readSql("flyway", [{ text: input.source, line: 1 }], input.database, parsers);
  },
};
