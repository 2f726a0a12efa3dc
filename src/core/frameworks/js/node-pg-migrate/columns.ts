// Columns in a node-pg-migrate migration: `addColumns` (each column at its own line), `dropColumns`,
// `renameColumn` and `alterColumn`, one entry of COLUMN_CALLS per method; column definitions (`'integer'` or
// `{ type, notNull, default, ... }`) and their defaults (`pgm.func(...)`).
import type { ColumnDefault, Span } from "../../../types.js";
import { isVolatileSql } from "../../shared/volatile-defaults.js";
import { addedColumn, columnDefault, SERIAL_DEFAULT } from "../column-toolkit.js";
import { sqlType, type JsColumnType } from "../column-types.js";
import {
  booleanValue,
  chainOf,
  entriesOf,
  objectEntries,
  spanOf,
  stringValue,
  unwrap,
  type Node,
} from "../nodes.js";
import type { Scope } from "../walker.js";
import {
  columnNames,
  missing,
  tableArg,
  type Binding,
  type PgmHandler,
  type Reader,
} from "./reader-context.js";

/** A column definition is a type string or `{ type, notNull, default, ... }`. */
export function columnType(r: Reader, def: Node, scope: Scope<Binding>): JsColumnType | undefined {
  const value = r.resolve(def, scope);
  const text = stringValue(value) ?? stringValue(entriesOf(value).get("type"));
  return text === undefined ? undefined : sqlType(text);
}

/** `default`: a literal, `pgm.func('now()')`, or an expression. */
function defaultOf(r: Reader, node: Node | undefined, scope: Scope<Binding>): ColumnDefault | undefined {
  return columnDefault(r.resolve(node, scope), (value) => {
    const { links } = chainOf(value);
    const last = links[links.length - 1];
    if (last?.name !== "func") return undefined;
    const sql = stringValue(r.resolve(last.args[0], scope));
    return { volatile: sql !== undefined && isVolatileSql(sql), text: sql ?? unwrap(value).text };
  });
}

function addColumn(
  r: Reader,
  span: Span,
  table: string,
  column: string,
  def: Node,
  scope: Scope<Binding>,
): void {
  const options = entriesOf(r.resolve(def, scope));
  const type = columnType(r, def, scope);
  if (type) r.known.set(table, column, type.type);
  const primary = booleanValue(options.get("primaryKey")) === true;
  const notNull = booleanValue(options.get("notNull")) === true || primary || type?.serial === true;
  const value = type?.serial ? SERIAL_DEFAULT : defaultOf(r, options.get("default"), scope);
  const ops = addedColumn(table, column, {
    type,
    notNull,
    default: value,
    primary,
    unique: booleanValue(options.get("unique")) === true,
    references: options.has("references"),
    check: options.has("check"),
  });
  for (const op of ops) r.push(span, op);
}

const addColumns: PgmHandler = (r, c) => {
  const t = tableArg(r, c);
  const columns = objectEntries(r.resolve(c.args[1], c.scope));
  if (t === undefined || !columns || columns.partial) return missing(r, c, "table name or columns");
  for (const [column, def] of columns.entries) {
    // Each column at its own line, so a finding (and an allow comment) points at the one it is about.
    const pair = def.parent?.type === "pair" ? def.parent : undefined;
    addColumn(r, pair ? spanOf(pair) : c.span, t, column, def, c.scope);
  }
};

const dropColumns: PgmHandler = (r, c) => {
  const t = tableArg(r, c);
  const value = r.resolve(c.args[1], c.scope);
  // dropColumns also takes an object whose keys are the columns.
  const columns = columnNames(r, value, c.scope) ?? [...(objectEntries(value)?.entries.keys() ?? [])];
  if (t === undefined || columns.length === 0) return missing(r, c, "table or column names");
  for (const column of columns) r.push(c.span, { kind: "drop-column", table: t, column });
};

/** `alterColumn(table, column, { type, notNull, allowNull, default })`: only what the options name changes. */
const alterColumn: PgmHandler = (r, c) => {
  const { call, span, scope } = c;
  const t = tableArg(r, c);
  const column = r.name(c.args[1], scope);
  if (t === undefined || column === undefined) return missing(r, c, "table or column name");
  const options = objectEntries(r.resolve(c.args[2], scope))?.entries ?? new Map<string, Node>();
  const typeText = r.name(options.get("type"), scope);
  if (options.has("type") && typeText === undefined) {
    r.unknown(call, "pgm.alterColumn whose type is not a string literal cannot be followed", span);
  } else if (typeText !== undefined) {
    const change = r.known.restate(t, column, sqlType(typeText));
    if (change) r.push(span, change);
  }
  const notNull = booleanValue(options.get("notNull"));
  const allowNull = booleanValue(options.get("allowNull"));
  if (notNull === true || allowNull === false) r.push(span, { kind: "set-not-null", table: t, column });
  else if (notNull === false || allowNull === true) r.push(span, { kind: "drop-not-null", table: t, column });
  if (options.has("default")) {
    const value = defaultOf(r, options.get("default"), scope);
    r.push(span, { kind: "change-default", table: t, column, ...(value ? { default: value } : {}) });
  }
};

/** What each pgm column method does. */
export const COLUMN_CALLS: Readonly<Record<string, PgmHandler>> = {
  addColumns,
  addColumn: addColumns,
  dropColumns,
  dropColumn: dropColumns,
  renameColumn(r, c) {
    const [t, from, to] = [tableArg(r, c), r.name(c.args[1], c.scope), r.name(c.args[2], c.scope)];
    if (t === undefined || from === undefined || to === undefined)
      return missing(r, c, "table or column names");
    r.push(c.span, { kind: "rename-column", table: t, column: from, newName: to });
  },
  alterColumn,
};
