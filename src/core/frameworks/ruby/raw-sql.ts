// Raw SQL in a Rails migration: `execute` and the `exec_*` family hand their literal SQL to the SQL reader;
// SQL built at run time is an `unknown`. The `select_*` family only reads.
import { LocalVariableReadNode } from "@ruby/prism/src/nodes.js";
import type { CallNode } from "@ruby/prism/src/nodes.js";
import { appendSql } from "../sql/embedded.js";
import { callArgs, stringLiteral } from "./nodes.js";
import type { Ctx, Reader } from "./reader-context.js";

export function visitSql(r: Reader, call: CallNode, ctx: Ctx): void {
  const arg = callArgs(call).positional[0];
  let literal = stringLiteral(arg);
  if (!literal && arg instanceof LocalVariableReadNode) {
    const bound = ctx.env.get(arg.name);
    if (bound?.kind === "literal" && bound.contentOffset !== undefined) {
      literal = { value: bound.value, contentOffset: bound.contentOffset };
    }
  }
  if (!literal) {
    r.unknown(call, `${call.name} with SQL built at run time (interpolation or a variable) cannot be read`);
  } else {
    appendSql(
      { ...r.result, operations: r.operations },
      { sql: literal.value, database: r.database, line: r.src.line(literal.contentOffset) },
      r.parsers,
    );
  }
  r.notInvertible(ctx, call, `${call.name} outside reversible cannot be reverted in change`);
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
