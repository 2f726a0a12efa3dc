// SQL embedded in a migration (`execute`, `RunSQL`, `DB::statement`...), read by the shared SQL reader.
// Its own module, so that tests can stand in for `sqlToOperations` and still see what every reader hands it.
import type { Parsers } from "../../parsers.js";
import { sqlToOperations, type SqlInput, type SqlResult } from "./index.js";

/**
 * Follows SQL embedded in a migration (`execute`, `RunSQL`, `DB::statement`...): its operations, comments and
 * problems join those of the file it sits in.
 */
export function appendSql(into: SqlResult, input: SqlInput, parsers: Parsers): void {
  const sql = sqlToOperations(input, parsers);
  into.operations.push(...sql.operations);
  into.comments.push(...sql.comments);
  into.problems.push(...sql.problems);
}
