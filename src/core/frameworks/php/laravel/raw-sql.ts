// Raw SQL in a Laravel migration: `DB::statement` and its siblings hand their SQL to the shared SQL reader; SQL
// built at run time is read by its static parts, or else is an `unknown`.
import { appendCallSql } from "../../sql/embedded.js";
import { arg, stringLiteral, stringTemplate, unwrap, type Node } from "../nodes.js";
import type { Env, FacadeHandler, Reader } from "./reader-context.js";

/** Hands the SQL text to the shared SQL reader, or records why it cannot be read. */
export function readSql(r: Reader, node: Node | undefined, call: Node, via: string, env: Env): void {
  if (r.learning) return;
  const n = node ? unwrap(node) : undefined;
  let literal = n ? stringLiteral(n) : undefined;
  if (!literal && n) {
    const value = r.string(n, env);
    if (value !== undefined) literal = { value, line: call.startPosition.row + 1 };
  }
  // Interpolation or `.` keeps the verb: `"DELETE FROM {$table}"` is still a delete.
  const template = !literal && n ? stringTemplate(n, (x) => r.string(x, env)) : undefined;
  if (!appendCallSql(r.out, { literal, template }, r.database, r.parsers)) {
    r.unknown(
      call,
      `${via} runs SQL built at run time (a variable, interpolation or expression), which cannot be read`,
    );
  }
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
