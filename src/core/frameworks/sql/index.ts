// SQL text → forward Operations. Shared by the SQL frameworks and by every adapter that follows
// `execute`/`RunSQL`/`op.execute`/`DB::statement` into SQL.
import type { Parsers } from "../../parsers.js";
import type { Comment, Database, Operation, ParseProblem } from "../../types.js";

export interface SqlInput {
  sql: string;
  database: Database;
  /** 1-based line in the host file where `sql` starts (lines inside `sql` are offset from it). */
  line: number;
}

export interface SqlResult {
  operations: Operation[];
  comments: Comment[];
  problems: ParseProblem[];
}

// STUB: to be implemented.
export function sqlToOperations(input: SqlInput, _parsers: Parsers): SqlResult {
  return {
    operations: [
      { kind: "unknown", reason: "SQL analysis is not implemented", line: input.line, endLine: input.line },
    ],
    comments: [],
    problems: [],
  };
}
