// Raw SQL in a Laravel migration: `DB::statement` and its siblings hand their SQL to the shared SQL reader; SQL
// built at run time is read by its static parts, or else is an `unknown`.
import { appendCallSql, sqlBuiltAtRunTime, type SqlArgument } from "../../sql/embedded.js";
import { arg, stringLiteral, stringTemplate, unwrap, type Node } from "../nodes.js";
import type { Env, FacadeHandler, Reader } from "./reader-context.js";

/** Hands the SQL text to the shared SQL reader, or records why it cannot be read. */
export function readSql(r: Reader, node: Node | undefined, call: Node, via: string, env: Env): void {
  if (r.learning) return;
  const read: SqlArgument<Node> = {
    literal: stringLiteral,
    resolve: (n) => r.string(n, env),
    // Interpolation or `.` keeps the verb: `"DELETE FROM {$table}"` is still a delete.
    template: (n) => stringTemplate(n, (x) => r.string(x, env)),
  };
  if (!appendCallSql(r.out, node && unwrap(node), call, read, r)) r.unknown(call, sqlBuiltAtRunTime(via));
}

const statement =
  (name: string): FacadeHandler =>
  (r, args, call, env) =>
    readSql(r, arg(args, 0, "query"), call, `DB::${name}`, env);

/** `DB::<name>(...)` (or `DB::connection(...)-><name>(...)`) calls that run SQL, by method name. */
export const DB_CALLS: Readonly<Record<string, FacadeHandler>> = {
  statement: statement("statement"),
  unprepared: statement("unprepared"),
  update: statement("update"),
  delete: statement("delete"),
  affectingStatement: statement("affectingStatement"),
};
