// Query builder writes: `knex('users').where(...).update(...)`, `knex.from('t').del()`. The chain's table and
// filters are gathered link by link; a writing link is one entry of QUERY_CALLS.
import { entriesOf, spanBetween, stringValue, unwrap, type Link, type Node } from "../nodes.js";
import type { Span } from "../../../types.js";
import { handlerFor } from "../../shared/toolkit.js";
import type { Scope } from "../walker.js";
import type { Binding, Reader } from "./reader-context.js";

/** Links that name the query's table. */
export const QUERY_TABLE = new Set(["table", "from", "into", "fromRaw"]);

/** What the chain said before a link: its table, whether it is filtered, which columns must be NULL. */
interface QueryChain {
  table: string | undefined;
  filtered: boolean;
  /** An `or...` filter: the NULL columns no longer bound every row. */
  alternatives: boolean;
  nulls: Set<string>;
  scope: Scope<Binding>;
}

/** A writing link; false when the chain cannot be followed further (its table is not known). */
type QueryHandler = (r: Reader, q: QueryChain, link: Link, call: Node, span: Span) => boolean;

const deleteRows: QueryHandler = (r, q, link, call, span) => {
  if (q.table === undefined) {
    r.unknown(call, "a query whose table is not a string literal deletes rows", span);
    return false;
  }
  r.push(span, { kind: "delete-rows", table: q.table, filtered: q.filtered, via: `.${link.name}()` });
  return true;
};

const updateRows: QueryHandler = (r, q, link, call, span) => {
  if (q.table === undefined) {
    r.unknown(call, "a query whose table is not a string literal updates rows", span);
    return false;
  }
  const first = r.resolve(link.args[0], q.scope);
  const single = stringValue(first);
  const columns = single !== undefined ? [single] : [...entriesOf(first).keys()];
  r.push(span, {
    kind: "update-rows",
    table: q.table,
    columns,
    filtered: q.filtered,
    onlyNulls: !q.alternatives && columns.length > 0 && columns.every((c) => q.nulls.has(c)),
    via: `.${link.name}()`,
  });
  return true;
};

/** What each writing link of a query does; any other link only has its arguments read. */
export const QUERY_CALLS: Readonly<Record<string, QueryHandler>> = {
  del: deleteRows,
  delete: deleteRows,
  truncate(r, q, _link, call, span) {
    if (q.table === undefined) {
      r.unknown(call, "a query whose table is not a string literal is truncated", span);
      return false;
    }
    r.push(span, { kind: "truncate", tables: [q.table] });
    return true;
  },
  update: updateRows,
  increment: updateRows,
  decrement: updateRows,
};

/** `knex('users')...` / `knex.from('users')...`: the links in order, `where*` gathered, writes by QUERY_CALLS. */
export function readQuery(
  r: Reader,
  root: Node,
  initial: string | undefined,
  links: Link[],
  scope: Scope<Binding>,
): void {
  const q: QueryChain = { table: initial, filtered: false, alternatives: false, nulls: new Set(), scope };
  for (const link of links) {
    const name = link.name;
    const call = link.call;
    if (!call) continue;
    if (QUERY_TABLE.has(name) && link.args[0]) {
      q.table = r.name(link.args[0], scope) ?? q.table;
      continue;
    }
    if (/^(?:and|or)?where/i.test(name) || name === "whereNull" || name === "having") {
      q.filtered = true;
      if (name.startsWith("or")) q.alternatives = true;
      nullFilter(r, name, link.args, q.nulls, scope);
      continue;
    }
    const handler = handlerFor(QUERY_CALLS, name);
    if (!handler) {
      for (const a of link.args) r.visit(a, scope);
      continue;
    }
    if (!handler(r, q, link, call, spanBetween(root, call))) return;
  }
}

/** Columns a where-link restricts to NULL: whereNull('c'), where('c', null), where({ c: null }), whereRaw('c IS NULL'). */
function nullFilter(r: Reader, name: string, args: Node[], nulls: Set<string>, scope: Scope<Binding>): void {
  const lower = name.toLowerCase();
  if (lower.endsWith("wherenull")) {
    const column = r.name(args[0], scope);
    if (column !== undefined) nulls.add(column);
    return;
  }
  if (lower.endsWith("whereraw")) {
    const sql = r.name(args[0], scope);
    const m = sql ? /^\s*"?(\w+)"?\s+IS\s+NULL\s*$/i.exec(sql) : undefined;
    if (m) nulls.add(m[1]!);
    return;
  }
  if (!/^(and)?where$/i.test(name)) return;
  const first = r.resolve(args[0], scope);
  const column = stringValue(first);
  if (column !== undefined) {
    const value =
      args.length === 2
        ? args[1]
        : args.length === 3 && /^is$/i.test(stringValue(args[1]) ?? "")
          ? args[2]
          : undefined;
    if (value && unwrap(value).type === "null") nulls.add(column.replace(/^.*\./, ""));
    return;
  }
  for (const [k, v] of entriesOf(first)) if (unwrap(v).type === "null") nulls.add(k.replace(/^.*\./, ""));
}
