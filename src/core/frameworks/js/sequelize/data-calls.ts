// `queryInterface` row calls: bulkDelete and bulkUpdate (filtered by a non-empty `where`; `{ col: null }` makes a
// NULL-only backfill), one entry of DATA_CALLS per method. Inserts and reads change nothing a rule looks at.
import { isNullish, objectEntries, entriesOf, unwrap, type Node } from "../nodes.js";
import type { Scope } from "../walker.js";
import {
  missing,
  tableArg,
  visitArgs,
  type Binding,
  type QueryInterfaceHandler,
  type Reader,
} from "./reader-context.js";

/** A where argument restricts rows unless it is missing, null or `{}`. */
function filtered(r: Reader, node: Node | undefined, scope: Scope<Binding>): boolean {
  if (!node) return false;
  const value = r.resolve(node, scope);
  if (!value || isNullish(value)) return false;
  const entries = objectEntries(value);
  if (entries) return entries.partial || entries.entries.size > 0;
  return true;
}

/** `{ col: null }` or `{ col: { [Op.is]: null } }`: columns the filter restricts to NULL. */
function nullColumns(where: Node | undefined): Set<string> {
  const out = new Set<string>();
  for (const [column, value] of entriesOf(where)) {
    if (unwrap(value).type === "null") out.add(column);
    const inner = objectEntries(value);
    if (!inner) continue;
    for (const [, v] of inner.entries) if (unwrap(v).type === "null") out.add(column);
    // `[Op.is]: null` has a computed key, which objectEntries leaves out.
    if (/\[\s*(?:Op|Sequelize\.Op)\.is\s*\]\s*:\s*null/.test(value.text)) out.add(column);
  }
  return out;
}

/** What each `queryInterface` row method does. */
export const DATA_CALLS: Readonly<Record<string, QueryInterfaceHandler>> = {
  bulkInsert: visitArgs,
  upsert: visitArgs,
  insert: visitArgs,
  select: visitArgs,
  rawSelect: visitArgs,
  bulkDelete(r, c) {
    const t = tableArg(r, c, 0);
    if (t === undefined) return missing(r, c, "table name");
    r.push(c.span, {
      kind: "delete-rows",
      table: t,
      filtered: filtered(r, c.args[1], c.scope),
      via: "bulkDelete()",
    });
  },
  bulkUpdate(r, c) {
    const t = tableArg(r, c, 0);
    if (t === undefined) return missing(r, c, "table name");
    const values = objectEntries(r.resolve(c.args[1], c.scope));
    const columns = values && !values.partial ? [...values.entries.keys()] : [];
    const nulls = nullColumns(r.resolve(c.args[2], c.scope));
    r.push(c.span, {
      kind: "update-rows",
      table: t,
      columns,
      filtered: filtered(r, c.args[2], c.scope),
      onlyNulls: columns.length > 0 && columns.every((column) => nulls.has(column)),
      via: "bulkUpdate()",
    });
  },
};
