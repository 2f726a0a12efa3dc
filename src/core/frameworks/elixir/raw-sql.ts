// Raw SQL in an Ecto migration: `execute` (with SQL, a function, or a captured helper) and `repo().query!`
// hand their literal SQL to the shared SQL reader; SQL built at run time is read by its static parts, or else
// is an `unknown`.
import { appendCallSql, sqlBuiltAtRunTime, type SqlArgument } from "../sql/embedded.js";
import { stringLiteral, stringTemplate, unwrap, type Node } from "./nodes.js";
import type { CallHandler, Env, Reader } from "./reader-context.js";

/** Hands the SQL text to the shared SQL reader, or records why it cannot be read. */
export function readSql(r: Reader, node: Node | undefined, where: Node, via: string, env: Env): void {
  if (r.learning) return;
  const read: SqlArgument<Node> = {
    literal: stringLiteral,
    resolve: (n) => (n.type === "identifier" || n.type === "unary_operator" ? r.name(n, env) : undefined),
    // Interpolation or `<>` keeps the verb: `"DELETE FROM #{table}"` is still a delete.
    template: (n) => stringTemplate(n, (x) => r.name(x, env)),
  };
  if (!appendCallSql(r.out, node && unwrap(node), where, read, r)) r.unknown(where, sqlBuiltAtRunTime(via));
}

/** `execute "SQL"`, `execute "up", "down"`, `execute fn -> ... end`, `execute(&up/0, &down/0)`. */
const execute: CallHandler = (r, shape, node, env) => {
  const [up, down] = shape.positional;
  if (!up) return r.unknown(node, "execute without arguments");
  const fn = unwrap(up);
  if (fn.type === "anonymous_function") {
    for (const clause of fn.namedChildren) {
      const body = clause?.type === "stab_clause" ? clause.childForFieldName("right") : undefined;
      if (body) r.visit(body, env, undefined);
    }
  } else if (fn.type === "unary_operator" && fn.text.startsWith("&")) {
    // &helper/0: the function runs forward.
    const name = /^&\s*([a-z_][a-zA-Z0-9_?!]*)\s*\/\s*0$/.exec(fn.text)?.[1];
    if (!name || !r.followCapture(name)) r.unknown(node, "execute with a function the reader cannot follow");
  } else {
    readSql(r, up, node, "execute", env);
  }
  if (r.invertible && !down) r.notInvertible(node, "execute/1 in change/0 cannot be reverted");
  return true;
};

/** `"SQL" |> execute()`: the piped value is the SQL. */
export function executePiped(r: Reader, sql: Node, node: Node, env: Env): true {
  readSql(r, sql, node, "execute", env);
  if (r.invertible) r.notInvertible(node, "execute/1 in change/0 cannot be reverted");
  return true;
}

/** Calls of the migration itself that run SQL, by name. */
export const SQL_CALLS: Readonly<Record<string, CallHandler>> = { execute };
