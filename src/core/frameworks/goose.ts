// goose SQL migrations: `-- +goose Up` and `-- +goose Down` sections in one file. Only the Up section runs
// forward; `-- +goose StatementBegin` / `StatementEnd` wrap one statement that may hold semicolons.
import type { Framework } from "./framework.js";
import { fileComments, irreversible, isBlankSql, readSql, sections } from "./sql/files.js";
import { eachStatementCommits } from "./shared/transactions.js";

const UP = /^\s*--\s*\+goose\s+up\b/i;
const DOWN = /^\s*--\s*\+goose\s+down\b/i;
const BEGIN = /^\s*--\s*\+goose\s+statementbegin\b/i;
const END = /^\s*--\s*\+goose\s+statementend\b/i;
const HAS_UP = /^\s*--\s*\+goose\s+up\b/im;
const NO_TRANSACTION = /^\s*--\s*\+goose\s+no\s+transaction\b/im;

export const goose: Framework = {
  id: "goose",
  name: "goose",
  matches: (path, source) => /\.sql$/i.test(path) && HAS_UP.test(source),
  parse: (input, parsers) => {
    const parts = sections(input.source, { up: UP, down: DOWN, blockBegin: BEGIN, blockEnd: END });
    const result = readSql(
      "goose",
      parts.up,
      input.database,
      parsers,
      fileComments(input.source, input.database),
    );
    // goose runs a NO TRANSACTION file statement by statement, each committing on its own.
    if (NO_TRANSACTION.test(input.source)) eachStatementCommits(result.operations);
    if (parts.downLine === undefined) {
      result.operations.push(irreversible("the migration has no -- +goose Down section", parts.upLine ?? 1));
    } else if (isBlankSql(parts.down, input.database)) {
      result.operations.push(irreversible("the -- +goose Down section is empty", parts.downLine));
    }
    return result;
  },
};
