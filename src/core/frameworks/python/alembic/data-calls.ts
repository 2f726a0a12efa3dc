// Data changes in an Alembic revision: SQLAlchemy Core statements (`t.delete().where(...)`,
// `sa.update(t).values(...)`, `t.insert()`) run through `execute`, and ORM queries
// (`session.query(Model).filter(...).delete()` / `.update({...})`), read for their table, whether they are
// filtered, and which columns the filter requires to be NULL.
import { onlyNulls } from "../../shared/toolkit.js";
import {
  callArgs,
  dictEntries,
  expressionOf,
  isNone,
  methodName,
  receiver,
  statementsOf,
  stringValue,
  unwrap,
  type Node,
} from "../nodes.js";
import type { Env, Reader } from "./reader-context.js";
import { extend } from "../../../extend.js";

/** A SQLAlchemy Core statement: what it does to which table. */
export interface Statement {
  kind: "delete" | "update" | "insert";
  table: string;
  filtered: boolean;
  columns: string[];
  nullColumns: Set<string>;
}

/** `t.delete().where(...)`, `sa.update(t).values(...)`, `t.insert()`: the table and what the statement does. */
export function sqlStatement(r: Reader, node: Node, env: Env): Statement | undefined {
  const n = unwrap(node);
  if (n.type !== "call") return undefined;
  const name = methodName(n) ?? "";
  const recv = receiver(n);
  const args = callArgs(n);
  if (name === "where" || name === "filter" || name === "filter_by") {
    const inner = recv ? sqlStatement(r, recv, env) : undefined;
    if (!inner) return undefined;
    const nulls = new Set(inner.nullColumns);
    for (const a of [...args.positional, ...args.keywords.values()]) nullChecks(a, nulls);
    return extend(inner, { filtered: true, nullColumns: nulls });
  }
  if (name === "values") {
    const inner = recv ? sqlStatement(r, recv, env) : undefined;
    if (!inner) return undefined;
    const columns = [...args.keywords.keys(), ...[...(dictEntries(args.positional[0])?.keys() ?? [])]];
    return extend(inner, { columns: [...inner.columns, ...columns] });
  }
  if (name === "delete" || name === "update" || name === "insert") {
    // Method form `t.delete()`, or function form `sa.delete(t)`.
    const target = recv && tableOf(r, recv, env) !== undefined ? recv : args.positional[0];
    const table = target ? tableOf(r, target, env) : undefined;
    if (table === undefined) return undefined;
    return { kind: name, table, filtered: false, columns: [], nullColumns: new Set() };
  }
  return undefined;
}

function tableOf(r: Reader, node: Node, env: Env): string | undefined {
  const bound = r.binding(node, env);
  return bound?.kind === "table" ? bound.table : undefined;
}

/** The operation a Core statement run by `call` is; an insert changes no existing row. */
export function pushStatement(r: Reader, call: Node, s: Statement): void {
  if (s.kind === "delete") {
    r.push(call, { kind: "delete-rows", table: s.table, filtered: s.filtered, via: "delete()" });
  } else if (s.kind === "update") {
    r.push(call, {
      kind: "update-rows",
      table: s.table,
      columns: s.columns,
      filtered: s.filtered,
      onlyNulls: onlyNulls(s.columns, s.nullColumns),
      via: "update()",
    });
  }
}

/**
 * `session.query(Model).filter(...).delete()` / `.update({...})`, with the table from `__tablename__`; false
 * when the chain does not start at `query(...)`.
 */
export function ormQuery(r: Reader, call: Node, name: "delete" | "update"): boolean {
  let filtered = false;
  const nulls = new Set<string>();
  let node = receiver(call);
  while (node && unwrap(node).type === "call") {
    const link = unwrap(node);
    const method = methodName(link);
    if (method === "query") break;
    if (method === "filter" || method === "filter_by" || method === "where") {
      filtered = true;
      const args = callArgs(link);
      for (const a of args.positional) nullChecks(a, nulls);
      for (const [key, value] of args.keywords) if (isNullValue(value)) nulls.add(key);
    }
    node = receiver(link);
  }
  if (!node || methodName(unwrap(node)) !== "query") return false;
  const model = callArgs(unwrap(node)).positional[0];
  const table = model ? modelTable(r, model) : undefined;
  if (table === undefined) {
    r.unknown(
      call,
      `an ORM query's ${name}() on a model whose table is not declared in this file cannot be read`,
    );
    return true;
  }
  if (name === "delete") {
    r.push(call, { kind: "delete-rows", table, filtered, via: "Query.delete()" });
    return true;
  }
  const values = callArgs(call).positional[0];
  const columns: string[] = [];
  const dict = values ? unwrap(values) : undefined;
  if (dict?.type === "dictionary") {
    for (const pair of dict.namedChildren) {
      if (pair.type !== "pair") continue;
      const key = pair.childForFieldName("key");
      const column = key ? (stringValue(key) ?? columnName(key)) : undefined;
      if (column) columns.push(column);
    }
  }
  r.push(call, {
    kind: "update-rows",
    table,
    columns,
    filtered,
    onlyNulls: onlyNulls(columns, nulls),
    via: "Query.update()",
  });
  return true;
}

/** `__tablename__` of a model class declared in this file. */
function modelTable(r: Reader, model: Node): string | undefined {
  const n = unwrap(model);
  const cls = n.type === "identifier" ? r.module.classes.get(n.text) : undefined;
  for (const statement of statementsOf(cls?.childForFieldName("body"))) {
    const assignment = expressionOf(statement);
    if (assignment?.type !== "assignment") continue;
    if (assignment.childForFieldName("left")?.text !== "__tablename__") continue;
    return stringValue(assignment.childForFieldName("right"));
  }
  return undefined;
}

/** Columns a WHERE clause requires to be NULL: `t.c.x.is_(None)`, `t.c.x == None`, `column("x").is_(None)`. */
function nullChecks(node: Node, into: Set<string>): void {
  const n = unwrap(node);
  if (n.type === "call") {
    const name = methodName(n);
    const recv = receiver(n);
    const first = callArgs(n).positional[0];
    if ((name === "is_" || name === "isnot_distinct_from") && recv && first && isNullValue(first)) {
      const column = columnName(recv);
      if (column) into.add(column);
      return;
    }
    if (name === "and_") {
      for (const a of callArgs(n).positional) nullChecks(a, into);
    }
    return;
  }
  if (n.type === "comparison_operator") {
    const [left, right] = n.namedChildren;
    const op = n.children.find((c) => !c.isNamed)?.text;
    if (left && right && (op === "==" || op === "is") && isNullValue(right)) {
      const column = columnName(left);
      if (column) into.add(column);
    }
    return;
  }
  // `a & b` (SQLAlchemy's AND), parsed as a binary operator.
  if (
    (n.type === "boolean_operator" || n.type === "binary_operator") &&
    n.children.some((c) => c.text === "&")
  ) {
    for (const part of n.namedChildren) nullChecks(part, into);
  }
}

function isNullValue(node: Node): boolean {
  const n = unwrap(node);
  return isNone(n) || (n.type === "call" && methodName(n) === "null");
}

function columnName(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === "attribute") return n.childForFieldName("attribute")?.text;
  if (n.type === "call" && methodName(n) === "column") return stringValue(callArgs(n).positional[0]);
  return undefined;
}
