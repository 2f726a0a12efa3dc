// RunSQL in a Django migration: its SQL (a string, a list of strings or (sql, params) pairs, or a module
// constant holding one) handed to the shared SQL reader; without reverse_sql Django cannot unapply it.
import { arg, dottedName, elements, isNone, unwrap, type CallArgs, type Node } from "../nodes.js";
import { resolveConstant } from "../source.js";
import type { OperationHandler, Reader } from "./reader-context.js";

function readRunSql(r: Reader, call: Node, args: CallArgs): void {
  const sql = arg(args, 0, "sql");
  if (!sql) return r.unknown(call, "RunSQL without SQL cannot be followed");
  sqlValue(r, sql, call);
  const reverse = arg(args, 1, "reverse_sql");
  if (!reverse || isNone(reverse)) {
    r.push(call, {
      kind: "irreversible",
      reason: "RunSQL has no reverse_sql, so Django cannot unapply it",
    });
  }
}

function sqlValue(r: Reader, node: Node, call: Node): void {
  const value = resolveConstant(r.module, unwrap(node));
  if (dottedName(value)?.endsWith(".noop")) return;
  const items = elements(value);
  if (!items) return r.sql.forward(value, call, "RunSQL");
  for (const item of items) {
    // A list holds strings or (sql, params) pairs.
    const pair = elements(item);
    r.sql.forward(pair ? pair[0] : item, call, "RunSQL");
  }
}

/** Operations that run raw SQL, by class name. */
export const SQL_OPERATIONS: Readonly<Record<string, OperationHandler>> = {
  RunSQL: (r, call, args) => readRunSql(r, call, args),
};
