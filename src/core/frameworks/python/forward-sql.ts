// SQL that Python migration code sends to the database (`RunSQL`, `op.execute`, `cursor.execute`), handed to the
// shared SQL reader with the line its text starts on. SQL built at run time becomes an `unknown` operation.
import type { Parsers } from "../../parsers.js";
import type { Database, ParsedMigration } from "../../types.js";
import { appendCallSql, sqlBuiltAtRunTime, type SqlArgument } from "../sql/embedded.js";
import { spanOf, stringLiteral, stringTemplate, unwrap, type Node } from "./nodes.js";
import { resolveConstant, type PythonModule } from "./source.js";
import { truncate } from "../shared/toolkit.js";

export class SqlForwarder {
  constructor(
    private readonly module: PythonModule,
    private readonly database: Database,
    private readonly parsers: Parsers,
    private readonly out: ParsedMigration,
  ) {}

  /** The literal SQL text of an expression (a string, or a module-level constant holding one). */
  literal(node: Node): { value: string; line: number } | undefined {
    return stringLiteral(resolveConstant(this.module, unwrap(node)));
  }

  /** Reads `node` as SQL text, or records why it cannot. `where` is the call that runs it, for the span. */
  forward(node: Node | undefined, where: Node, via: string): void {
    const read: SqlArgument<Node> = {
      literal: (n) => this.literal(n),
      resolve: () => undefined,
      // An f-string, `+`, `%` or `.format` keeps its verb: `f"DELETE FROM {t}"` is still a delete.
      template: (n) => stringTemplate(resolveConstant(this.module, unwrap(n))),
    };
    const input = { database: this.database, parsers: this.parsers };
    if (appendCallSql(this.out, node, where, read, input)) return;
    this.out.operations.push({
      kind: "unknown",
      ...spanOf(where),
      reason: sqlBuiltAtRunTime(via, "a variable, f-string or expression"),
      text: truncate(where.text),
    });
  }
}
