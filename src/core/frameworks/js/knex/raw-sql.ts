// Raw SQL in a Knex migration: `knex.raw(sql, bindings)` and `knex.schema.raw(sql)` hand their text to the
// shared SQL reader.
import type { Link } from "../nodes.js";
import type { Scope } from "../walker.js";
import type { Binding, Reader } from "./reader-context.js";

/** `knex.raw(sql)` / `knex.raw(sql, bindings)`: the SQL with the placeholders PostgreSQL's parser reads. */
export function readRaw(r: Reader, link: Link, scope: Scope<Binding>): void {
  const bindings = link.args[1];
  r.sql(link.args[0], link.call!, scope, "knex.raw()", (sql) => {
    if (!bindings) return sql;
    // `??` binds an identifier, so the table or column is not known until run time.
    if (sql.includes("??")) return undefined;
    // `?` binds a value: PostgreSQL's parser reads `$n` where Knex will send the value.
    if (r.database !== "postgresql") return sql;
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  });
}
