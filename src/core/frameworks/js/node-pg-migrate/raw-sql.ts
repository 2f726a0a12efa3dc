// Raw SQL in a node-pg-migrate migration: `pgm.sql(text, args)` and `pgm.db.query(text)` hand their text to the
// shared SQL reader.
import type { Link, Node } from "../nodes.js";
import type { Scope } from "../walker.js";
import type { Binding, PgmHandler, Reader } from "./reader-context.js";

/** `pgm.db.query(sql)` / `pgm.db.select(sql)`: the link after `db`, when it is one of them. */
export function readDbQuery(r: Reader, query: Link | undefined, scope: Scope<Binding>): Node | undefined {
  if (!query?.call || (query.name !== "query" && query.name !== "select")) return undefined;
  r.sql(query.args[0], query.call, scope, "pgm.db.query()");
  return query.call;
}

/** pgm methods that run SQL, by name. */
export const SQL_CALLS: Readonly<Record<string, PgmHandler>> = {
  sql(r, c) {
    const hasArgs = c.args.length > 1;
    // `{name}` placeholders are filled from the second argument at run time.
    r.sql(c.args[0], c.call, c.scope, "pgm.sql()", (sql) =>
      hasArgs && /\{\w+\}/.test(sql) ? undefined : sql,
    );
  },
};
