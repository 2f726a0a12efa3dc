// dbmate: `-- migrate:up` and `-- migrate:down` sections in one file (options such as transaction:false
// may follow the marker). Only the up section runs forward.
import type { Framework } from "./framework.js";
import { fileComments, irreversible, isBlankSql, readSql, sections } from "./sql/files.js";

const UP = /^\s*--\s*migrate:up\b/i;
const DOWN = /^\s*--\s*migrate:down\b/i;
const HAS_UP = /^\s*--\s*migrate:up\b/im;

export const dbmate: Framework = {
  id: "dbmate",
  name: "dbmate",
  matches: (path, source) => /\.sql$/i.test(path) && HAS_UP.test(source),
  parse: (input, parsers) => {
    const parts = sections(input.source, { up: UP, down: DOWN });
    const result = readSql(
      "dbmate",
      parts.up,
      input.database,
      parsers,
      fileComments(input.source, input.database),
    );
    if (parts.downLine === undefined) {
      result.operations.push(irreversible("the migration has no -- migrate:down section", parts.upLine ?? 1));
    } else if (isBlankSql(parts.down, input.database)) {
      result.operations.push(irreversible("the -- migrate:down section is empty", parts.downLine));
    }
    return result;
  },
};
