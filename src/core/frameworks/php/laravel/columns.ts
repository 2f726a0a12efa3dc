// A Blueprint column method and its modifiers (`$table->string('email')->nullable()->unique()`): a column added
// (or listed in the create), or restated with `->change()`; its default; the indexes Laravel names for it.
import { describeType, type ColumnType } from "../../../column-types/index.js";
import type { ColumnDefault } from "../../../types.js";
import { restatedType } from "../../shared/known-columns.js";
import { truncate } from "../../shared/toolkit.js";
import { isVolatileSql } from "../../shared/volatile-defaults.js";
import type { ColumnDefinition } from "../column-types.js";
import {
  arg,
  booleanValue,
  callArgs,
  isNull,
  methodName,
  scopeName,
  stringValue,
  unwrap,
  type ChainLink,
  type Node,
} from "../nodes.js";
import type { Blueprint, Env, Reader } from "./reader-context.js";

/** Modifiers of a column method the reader reads (besides the inline index methods, which are commands too). */
export const COLUMN_MODIFIERS: readonly string[] = [
  "nullable",
  "default",
  "change",
  "useCurrent",
  "constrained",
  "references",
  "storedAs",
  "virtualAs",
  "generatedAs",
];

/** The name Laravel gives an index it names itself: `users_email_unique`. */
export function indexName(table: string, columns: readonly string[], suffix: string): string {
  return `${table}_${columns.join("_")}_${suffix}`.replace(/[-.]/g, "_").toLowerCase();
}

/** An index, unique or primary key on `columns`, as Laravel adds it on PostgreSQL. */
export function readIndex(
  r: Reader,
  bp: Blueprint,
  method: string,
  columns: string[],
  name: string | undefined,
  at: Node,
): void {
  const { table } = bp;
  if (method === "primary") {
    r.push(at, {
      kind: "add-constraint",
      table,
      constraint: "primary-key",
      validated: true,
      ...(name !== undefined ? { name } : {}),
    });
    return;
  }
  if (method === "unique") {
    // Laravel adds a unique index as `alter table ... add constraint ... unique (...)` on PostgreSQL.
    r.push(at, {
      kind: "add-constraint",
      table,
      constraint: "unique",
      validated: true,
      name: name ?? indexName(table, columns, "unique"),
    });
    return;
  }
  r.push(at, { kind: "add-index", table, columns, name: name ?? indexName(table, columns, "index") });
}

/** A column method with its modifiers: added (or listed in the create), or changed with `->change()`. */
export function readColumn(
  r: Reader,
  bp: Blueprint,
  def: ColumnDefinition,
  modifiers: ChainLink[],
  at: Node,
  env: Env,
): void {
  const { table } = bp;
  if (!def.columns) {
    r.unknown(at, "a column whose name the reader cannot resolve");
    return;
  }
  const mods = new Map<string, ChainLink>();
  for (const m of modifiers) mods.set(m.name, m);
  const nullableMod = mods.get("nullable");
  const nullable = nullableMod ? (booleanValue(arg(nullableMod.args, 0, "value")) ?? true) : def.nullable;
  const defaultField = defaultOf(mods, def);

  if (mods.has("change")) {
    for (const column of def.columns)
      change(r, table, column, def.type, nullableMod ? nullable : undefined, mods, defaultField, at);
    return;
  }
  for (const column of def.columns) {
    r.known.set(`${table}.${column}`, { type: def.type, ...(nullable !== undefined ? { nullable } : {}) });
    if (bp.creating) bp.creating.push(column);
    else
      r.push(at, {
        kind: "add-column",
        table,
        column,
        type: describeType(def.type),
        notNull: nullable !== true,
        ...defaultField,
      });
  }
  // Inline index modifiers: `->unique()`, `->index()`, `->primary()`, `->constrained()`.
  for (const m of modifiers) {
    if (m.name === "unique" || m.name === "index" || m.name === "primary" || m.name === "fullText")
      readIndex(r, bp, m.name, def.columns, r.string(arg(m.args, 0, "indexName"), env), m.call);
    if (m.name === "constrained" || m.name === "references")
      r.push(m.call, {
        kind: "add-constraint",
        table,
        constraint: "foreign-key",
        validated: true,
        name: indexName(table, def.columns, "foreign"),
      });
  }
}

function change(
  r: Reader,
  table: string,
  column: string,
  type: ColumnType,
  nullable: boolean | undefined,
  mods: Map<string, ChainLink>,
  defaultField: { default?: ColumnDefault },
  at: Node,
): void {
  const key = `${table}.${column}`;
  const old = r.known.get(key);
  r.known.set(key, { type, ...(nullable !== undefined ? { nullable } : {}) });
  if (r.learning) return;
  // `->nullable()->change()` restates the type to relax the column.
  const typeChange = restatedType(table, column, old, type, mods.has("nullable") || mods.has("default"));
  if (typeChange) r.push(at, typeChange);
  // `->change()` restates every modifier: without `nullable()` the column becomes NOT NULL.
  if (nullable === false || (nullable === undefined && old?.nullable === true))
    r.push(at, { kind: "set-not-null", table, column });
  else if (nullable === true && old?.nullable !== true) r.push(at, { kind: "drop-not-null", table, column });
  if (mods.has("default") || mods.has("useCurrent"))
    r.push(at, { kind: "change-default", table, column, ...defaultField });
}

function defaultOf(mods: Map<string, ChainLink>, def: ColumnDefinition): { default?: ColumnDefault } {
  const d = mods.get("default");
  if (d) {
    const value = arg(d.args, 0, "value");
    if (!value || isNull(value)) return {};
    const raw = rawExpression(value);
    if (raw !== undefined) return { default: { volatile: isVolatileSql(raw), text: truncate(raw) } };
    // Any other PHP value is computed once, when the migration runs: a constant for every row.
    return { default: { volatile: false, text: truncate(unwrap(value).text) } };
  }
  if (mods.has("useCurrent")) return { default: { volatile: false, text: "CURRENT_TIMESTAMP" } };
  for (const generated of ["storedAs", "virtualAs", "generatedAs"]) {
    const m = mods.get(generated);
    if (m) return { default: { volatile: generated === "storedAs", text: truncate(m.call.text) } };
  }
  if (def.autoIncrement) return { default: { volatile: true, text: "auto-increment" } };
  return {};
}

/** `DB::raw('...')` or `new Expression('...')`: SQL the database evaluates. */
function rawExpression(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === "scoped_call_expression" && scopeName(n) === "DB" && methodName(n) === "raw")
    return stringValue(callArgs(n).positional[0]) ?? "DB::raw(...)";
  if (n.type === "object_creation_expression") {
    const cls = n.namedChildren.find((c) => c?.type === "name" || c?.type === "qualified_name");
    const args = n.namedChildren.find((c) => c?.type === "arguments");
    if (cls && /Expression$/.test(cls.text)) {
      const first = args?.namedChildren.find((c) => c?.type === "argument")?.namedChildren[0];
      return stringValue(first) ?? "new Expression(...)";
    }
  }
  return undefined;
}
