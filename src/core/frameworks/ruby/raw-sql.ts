// Raw SQL in a Rails migration: `execute` and the `exec_*` family hand their literal SQL to the SQL reader;
// SQL built at run time is an `unknown`. The `select_*` family only reads.
import {
  CallNode,
  EmbeddedStatementsNode,
  InterpolatedStringNode,
  LocalVariableReadNode,
  StatementsNode,
} from "@ruby/prism/src/nodes.js";
import { appendSql, appendTemplateSql, type SqlPart } from "../sql/embedded.js";
import { callArgs, stringLiteral, type Node } from "./nodes.js";
import type { Ctx, Reader } from "./reader-context.js";
import { extend } from "../../extend.js";

export function visitSql(r: Reader, call: CallNode, ctx: Ctx): void {
  const arg = callArgs(call).positional[0];
  let literal = stringLiteral(arg);
  if (!literal && arg instanceof LocalVariableReadNode) {
    const bound = ctx.env.get(arg.name);
    if (bound?.kind === "literal" && bound.contentOffset !== undefined) {
      literal = { value: bound.value, contentOffset: bound.contentOffset };
    }
  }
  const template = literal ? undefined : sqlTemplate(r, arg, ctx);
  if (template) {
    const into = extend(r.result, { operations: r.operations });
    const line = r.src.line(template.offset);
    if (!appendTemplateSql(into, { parts: template.parts, database: r.database, line }, r.parsers)) {
      r.unknown(call, `${call.name} with SQL built at run time (interpolation or a variable) cannot be read`);
    }
  } else if (!literal) {
    r.unknown(call, `${call.name} with SQL built at run time (interpolation or a variable) cannot be read`);
  } else {
    appendSql(
      extend(r.result, { operations: r.operations }),
      { sql: literal.value, database: r.database, line: r.src.line(literal.contentOffset) },
      r.parsers,
    );
  }
  r.notInvertible(ctx, call, `${call.name} outside reversible cannot be reverted in change`);
}

/**
 * `"DELETE FROM #{table} WHERE ..."` (a string or heredoc with interpolation, or `"..." + x` concatenation) as
 * literal parts and run-time holes. A hole holding a variable bound to a literal (a loop over `%w[a b]`) is
 * that literal.
 */
function sqlTemplate(
  r: Reader,
  node: Node | undefined,
  ctx: Ctx,
): { parts: SqlPart[]; offset: number } | undefined {
  if (node instanceof CallNode && node.name === "+" && node.receiver) {
    const left = sqlTemplate(r, node.receiver, ctx);
    const rightNode = callArgs(node).positional[0];
    if (!left || !rightNode) return undefined;
    const right = sqlTemplate(r, rightNode, ctx) ?? { parts: [hole(r, rightNode, ctx)], offset: left.offset };
    return { parts: [...left.parts, ...right.parts], offset: left.offset };
  }
  const literal = stringLiteral(node);
  if (literal) return { parts: [{ text: literal.value }], offset: literal.contentOffset };
  if (!(node instanceof InterpolatedStringNode)) return undefined;
  const parts: SqlPart[] = [];
  let offset: number | undefined;
  for (const part of node.parts) {
    const text = stringLiteral(part);
    if (text) {
      offset ??= text.contentOffset;
      parts.push({ text: text.value });
    } else if (part instanceof EmbeddedStatementsNode) {
      offset ??= part.location.startOffset;
      const only = part.statements instanceof StatementsNode ? part.statements.body : [];
      parts.push(only.length === 1 ? hole(r, only[0]!, ctx) : { hole: r.src.text(part.location) });
    } else {
      offset ??= part.location.startOffset;
      parts.push({ hole: r.src.text(part.location) });
    }
  }
  return offset === undefined ? undefined : { parts, offset };
}

function hole(r: Reader, node: Node, ctx: Ctx): SqlPart {
  const value = r.name(node, ctx);
  return value !== undefined ? { text: value } : { hole: r.src.text(node.location) };
}

function readsOnly(): void {}

/** Calls on self or `connection` that run SQL: writers are read as SQL, the `select_*` family only reads. */
export const SQL_CALLS: Readonly<Record<string, (r: Reader, call: CallNode, ctx: Ctx) => void>> = {
  execute: visitSql,
  exec_query: visitSql,
  exec_update: visitSql,
  exec_delete: visitSql,
  exec_insert: visitSql,
  select_all: readsOnly,
  select_one: readsOnly,
  select_value: readsOnly,
  select_values: readsOnly,
  select_rows: readsOnly,
};
