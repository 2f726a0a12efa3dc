// Calls inside a `create table` / `alter table` block: `add`, `timestamps`, `remove`, `modify`, keyed by name;
// with the column's type (column-types.ts), nullability and default.
import { describeType } from "../../column-types/index.js";
import type { ColumnDefault } from "../../types.js";
import { restatedType, type KnownColumn } from "../shared/known-columns.js";
import { truncate } from "../shared/toolkit.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { ectoColumnType, fromNullable, fromType, type EctoColumnType } from "./column-types.js";
import {
  booleanValue,
  callShape,
  isNil,
  keywordPairs,
  nameValue,
  stringLiteral,
  unwrap,
  type CallShape,
  type Node,
} from "./nodes.js";
import type { Env, Reader, TableCtx } from "./reader-context.js";

type ColumnHandler = (r: Reader, shape: CallShape, node: Node, env: Env, ctx: TableCtx) => boolean;

/** Trailing keywords, or a keyword list passed at position `index`. */
function options(shape: CallShape, index: number): Map<string, Node> {
  const opts = new Map<string, Node>();
  keywordPairs(shape.positional[index], opts);
  for (const [k, v] of shape.keywords) opts.set(k, v);
  return opts;
}

/** `references(:teams)` as a column's type: its foreign key. */
function addReference(r: Reader, node: Node, table: string, column: string, type: EctoColumnType): void {
  if (!type.references) return;
  r.push(node, {
    kind: "add-constraint",
    table,
    constraint: "foreign-key",
    name: type.references.name ?? `${table}_${column}_fkey`,
    validated: type.references.validated,
  });
}

const add: ColumnHandler = (r, shape, node, env, ctx) => {
  const { table } = ctx;
  const column = r.name(shape.positional[0], env);
  const opts = options(shape, 2);
  const type = ectoColumnType(shape.positional[1], opts);
  if (column === undefined || !type)
    return r.unknown(node, `${shape.name} of a column the reader cannot resolve`);
  const nullable = booleanValue(opts.get("null")) !== false;
  r.known.set(`${table}.${column}`, { type: type.type, nullable });
  if (ctx.creating) ctx.creating.push(column);
  else {
    const def = defaultOf(opts, type.autoIncrement === true);
    r.push(node, {
      kind: "add-column",
      table,
      column,
      type: describeType(type.type),
      notNull: !nullable,
      ...def,
    });
  }
  addReference(r, node, table, column, type);
  return true;
};

const timestamps: ColumnHandler = (r, shape, node, env, ctx) => {
  const { table } = ctx;
  const opts = options(shape, 0);
  const nullable = booleanValue(opts.get("null")) === true;
  const typeName = nameValue(opts.get("type")) ?? "naive_datetime";
  const type = ectoColumnType(opts.get("type"), new Map())?.type ?? { type: "datetime" };
  for (const key of ["inserted_at", "updated_at"]) {
    const option = opts.get(key);
    if (option?.text === "false") continue;
    const column = (option ? r.name(option, env) : undefined) ?? key;
    r.known.set(`${table}.${column}`, { type, nullable });
    if (ctx.creating) ctx.creating.push(column);
    else
      r.push(node, {
        kind: "add-column",
        table,
        column,
        type: typeName,
        notNull: !nullable,
        ...defaultOf(opts, false),
      });
  }
  return true;
};

const remove: ColumnHandler = (r, shape, node, env, { table }) => {
  const column = r.name(shape.positional[0], env);
  if (column === undefined) return r.unknown(node, `${shape.name} of a column the reader cannot resolve`);
  r.push(node, { kind: "drop-column", table, column });
  if (r.invertible && shape.name === "remove" && !shape.positional[1])
    r.notInvertible(node, "remove without the column type cannot be reverted in change/0");
  return true;
};

const modify: ColumnHandler = (r, shape, node, env, { table }) => {
  const column = r.name(shape.positional[0], env);
  const opts = options(shape, 2);
  const type = ectoColumnType(shape.positional[1], opts);
  if (column === undefined || !type) return r.unknown(node, "modify of a column the reader cannot resolve");
  const key = `${table}.${column}`;
  const from = opts.get("from");
  const fromColumn = fromType(from);
  const known = r.known.get(key);
  const old: KnownColumn | undefined = fromColumn
    ? {
        type: fromColumn.type,
        ...(fromNullable(from) !== undefined ? { nullable: fromNullable(from)! } : {}),
      }
    : known;
  const nullOpt = booleanValue(opts.get("null"));
  r.known.set(key, { type: type.type, ...(nullOpt !== undefined ? { nullable: nullOpt } : {}) });
  if (r.invertible && !from) r.notInvertible(node, "modify without from: cannot be reverted in change/0");
  if (r.learning) return true;
  // `modify :col, :type, null: true` restates the type to change nullability.
  const typeChange = restatedType(table, column, old, type.type, opts.has("null") || opts.has("default"));
  if (typeChange) r.push(node, typeChange);
  if (nullOpt === false && old?.nullable !== false) r.push(node, { kind: "set-not-null", table, column });
  if (nullOpt === true && old?.nullable !== true) r.push(node, { kind: "drop-not-null", table, column });
  if (opts.has("default")) r.push(node, { kind: "change-default", table, column, ...defaultOf(opts, false) });
  addReference(r, node, table, column, type);
  return true;
};

/** Calls inside a create/alter block, by name. */
export const COLUMN_CALLS: Readonly<Record<string, ColumnHandler>> = {
  add,
  add_if_not_exists: add,
  timestamps,
  remove,
  remove_if_exists: remove,
  modify,
};

function defaultOf(opts: Map<string, Node>, autoIncrement: boolean): { default?: ColumnDefault } {
  // `generated: "ALWAYS AS (...) STORED"` is computed for every existing row, like the SQL reader's reading.
  const generated = opts.get("generated");
  const expression = generated ? stringLiteral(unwrap(generated))?.value : undefined;
  if (expression !== undefined && /\bSTORED\b/i.test(expression)) {
    return { default: { volatile: true, text: truncate(`GENERATED ${expression}`) } };
  }
  const value = opts.get("default");
  if (value && !isNil(value)) {
    const n = unwrap(value);
    const shape = n.type === "call" ? callShape(n) : undefined;
    if (shape?.name === "fragment" && !shape.receiver) {
      const sql = stringLiteral(shape.positional[0])?.value;
      return {
        default: { volatile: sql === undefined ? true : isVolatileSql(sql), text: truncate(sql ?? n.text) },
      };
    }
    // Any other Elixir value is computed once, when the migration runs: a constant for every row.
    return { default: { volatile: false, text: truncate(n.text) } };
  }
  if (autoIncrement) return { default: { volatile: true, text: "auto-increment" } };
  return {};
}
