// Where a JS/TS reader puts what it found: operations with their spans, `unknown` for what it cannot follow,
// and SQL text handed to the shared SQL reader at the line it starts on.
import type { Parsers } from "../../parsers.js";
import type { Database, Operation, ParsedMigration, Span } from "../../types.js";
import { appendSql, appendTemplateSql } from "../sql/embedded.js";
import { snippet, spanOf, stringLiteral, stringTemplate, type Node } from "./nodes.js";
import type { OperationBody } from "../shared/toolkit.js";
import { extend } from "../../extend.js";

export type { OperationBody };

export class Emitter {
  constructor(
    readonly out: ParsedMigration,
    private readonly database: Database,
    private readonly parsers: Parsers,
  ) {}

  push(where: Node | Span, body: OperationBody): void {
    const span = "line" in where && typeof where.line === "number" ? where : spanOf(where as Node);
    this.out.operations.push(extend(body, { line: span.line, endLine: span.endLine }) as Operation);
  }

  unknown(node: Node, reason: string, span?: Span): void {
    this.push(span ?? node, { kind: "unknown", reason, text: snippet(node) });
  }

  /**
   * Reads `value` (already resolved from constants) as SQL text, or records why it cannot. `where` is the
   * call that runs it. `prepare` may rewrite placeholders or refuse the text (undefined → unknown).
   */
  sql(
    value: Node | undefined,
    where: Node,
    via: string,
    prepare?: (sql: string) => string | undefined,
  ): void {
    const literal = stringLiteral(value);
    const text = literal ? (prepare ? prepare(literal.value) : literal.value) : undefined;
    // A template with `${table}` is read by its static parts (`DELETE FROM ${t}` is still a delete).
    // `prepare` applies to each literal part (placeholders are numbered per part, which parses the same).
    const template = literal ? undefined : stringTemplate(value);
    const parts = template?.parts.map((p) => ("text" in p && prepare ? { text: prepare(p.text) } : p));
    if (
      template &&
      parts?.every((p) => !("text" in p) || p.text !== undefined) &&
      appendTemplateSql(
        this.out,
        {
          parts: parts as Array<{ text: string } | { hole: string }>,
          database: this.database,
          line: template.line,
        },
        this.parsers,
      )
    )
      return;
    if (!literal || text === undefined) {
      this.unknown(
        where,
        literal
          ? `${via} runs SQL whose identifiers are filled in at run time, which cannot be read`
          : `${via} runs SQL built at run time (a variable, template with \${...} or expression), which cannot be read`,
      );
      return;
    }
    appendSql(this.out, { sql: text, database: this.database, line: literal.line }, this.parsers);
  }
}
