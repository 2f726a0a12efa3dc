// What the Django and Alembic readers do before reading: parse the file, start its result with the module's
// comments and syntax problems, and give the reader the SQL forwarder that adds to that result.
import type { Parsers } from "../../parsers.js";
import type { ParsedMigration } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { SqlForwarder } from "./forward-sql.js";
import { withPythonModule, type PythonModule } from "./source.js";

export function readPythonMigration(
  framework: "django" | "alembic",
  input: ParseInput,
  parsers: Parsers,
  read: (module: PythonModule, sql: SqlForwarder, out: ParsedMigration) => void,
): ParsedMigration {
  return withPythonModule(input.source, parsers, (module) => {
    const out: ParsedMigration = {
      framework,
      operations: [],
      comments: module.comments,
      problems: module.problems,
    };
    read(module, new SqlForwarder(module, input.database, parsers, out), out);
    return out;
  });
}
