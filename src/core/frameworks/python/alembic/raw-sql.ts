// SQL an Alembic revision runs: `op.execute(...)` and `conn.execute` / `op.get_bind().execute` /
// `session.execute` (in an upgrade, always the database), with SQL text, `sa.text(...)`, a name bound to
// either, or a SQLAlchemy Core statement (data-calls.ts reads those).
import { callArgs, methodName, unwrap, type Node } from "../nodes.js";
import { pushStatement, sqlStatement } from "./data-calls.js";
import type { Env, OpHandler, Reader } from "./reader-context.js";

/** Methods of any receiver that send their first argument to the database. */
export const SQL_METHODS = new Set(["execute", "exec_driver_sql", "executemany"]);

/** SQL text, `sa.text(...)`, or a SQLAlchemy delete/update statement, run by `call`. */
export function execute(r: Reader, call: Node, node: Node | undefined, env: Env): void {
  if (!node) return r.unknown(call, "execute() without a statement cannot be followed");
  const n = unwrap(node);
  if (n.type === "identifier") {
    const bound = env.get(n.text);
    if (bound?.kind === "sql") return r.sql.forward(bound.node, call, "execute()");
    if (bound?.kind === "statement") {
      const statement = sqlStatement(r, bound.node, env);
      if (statement) return pushStatement(r, call, statement);
    }
  }
  if (n.type === "call") {
    const name = methodName(n);
    if (name === "text") return r.sql.forward(callArgs(n).positional[0], call, "execute(text(...))");
    const statement = sqlStatement(r, n, env);
    if (statement) return pushStatement(r, call, statement);
  }
  r.sql.forward(n, call, "execute()");
}

/** Alembic operations that run SQL, by their `op.` name. */
export const SQL_CALLS: Readonly<Record<string, OpHandler>> = {
  execute: (r, op) => execute(r, op.node, op.args.keywords.get("sqltext") ?? op.args.positional[0], op.env),
};
