// Rails data calls: model and relation methods that change rows (`delete_all`, `update_all`, `find_each`
// with a block, `record.destroy`), read as delete-rows/update-rows on the table the model names.
import { BlockArgumentNode, BlockNode, CallNode, LocalVariableReadNode } from "@ruby/prism/src/nodes.js";
import { pluralize, tableize } from "../shared/inflect.js";
import {
  arrayElements,
  blockParameterNames,
  callArgs,
  constantName,
  hashEntries,
  isNil,
  stringLiteral,
  symbolOrString,
  type CallArgs,
  type Node,
} from "./nodes.js";
import type { Binding, Ctx, Reader, Relation } from "./reader-context.js";
import { extend } from "../../extend.js";

const RELATION_PASSTHROUGH = new Set([
  "all",
  "unscoped",
  "in_batches",
  "order",
  "reorder",
  "readonly",
  "select",
  "includes",
  "preload",
  "eager_load",
  "references",
  "lock",
  "distinct",
  "unscope",
  "find_each",
  "each",
]);

/** Relation methods that narrow the rows; with the pass-through ones, the only ones a strict read accepts. */
const RELATION_FILTERS = new Set([
  "where",
  "rewhere",
  "not",
  "or",
  "limit",
  "offset",
  "joins",
  "left_joins",
  "left_outer_joins",
  "merge",
  "group",
  "having",
]);

/** Constants that are not models, for calls whose names are not ActiveRecord's alone (`each`, `delete`, `update`). */
const NOT_MODELS = new Set([
  "Rails",
  "ActiveRecord",
  "ActiveSupport",
  "File",
  "Dir",
  "IO",
  "Time",
  "Date",
  "DateTime",
  "Hash",
  "Array",
  "Set",
  "Struct",
  "Kernel",
  "Process",
  "Thread",
  "JSON",
  "YAML",
  "CSV",
  "URI",
  "Logger",
  "SecureRandom",
  "Class",
  "Module",
  "Object",
  "Integer",
  "String",
  "Float",
  "Redis",
  "Sidekiq",
]);

const SINGLE_RECORD = new Set([
  "find",
  "find_by",
  "find_by!",
  "first",
  "first!",
  "last",
  "last!",
  "take",
  "take!",
]);

const RECORD_DELETES = new Set(["destroy", "destroy!", "delete"]);

const RECORD_UPDATES = new Set([
  "update",
  "update!",
  "update_attributes",
  "update_attributes!",
  "update_column",
  "update_columns",
  "update_attribute",
  "save",
  "save!",
  "touch",
  "increment!",
  "decrement!",
  "toggle!",
]);

const ITERATORS = new Set(["find_each", "each", "find_in_batches", "in_batches"]);

/** Model and relation calls that change rows. Returns false when the call is not one. */
export function visitDataCall(r: Reader, call: CallNode, ctx: Ctx): boolean {
  const name = call.name;
  const args = callArgs(call);
  if (name === "delete_all" || name === "destroy_all" || name === "delete_by" || name === "destroy_by") {
    const rel = relationOf(r, call.receiver, ctx);
    if (!rel) {
      r.unknown(call, `${name} on a relation the reader cannot resolve to a table`);
    } else {
      r.push(call, {
        kind: "delete-rows",
        table: rel.table,
        filtered: rel.filtered || name.endsWith("_by"),
        via: name,
      });
    }
    r.notInvertible(ctx, call, `${name} in change runs again on rollback`);
    return true;
  }
  if (name === "update_all") {
    const rel = relationOf(r, call.receiver, ctx);
    if (!rel) r.unknown(call, "update_all on a relation the reader cannot resolve to a table");
    else pushUpdate(r, call, rel, assignedColumns(args), "update_all");
    r.notInvertible(ctx, call, "update_all in change runs again on rollback");
    return true;
  }
  if (ITERATORS.has(name) && (call.block instanceof BlockNode || call.block instanceof BlockArgumentNode)) {
    // `each` is everyone's; only a receiver that is clearly a model relation counts.
    const rel = relationOf(r, call.receiver, ctx, name === "each");
    if (!rel) return false;
    if (call.block instanceof BlockArgumentNode) {
      // `find_each(&:destroy)`
      const method = symbolOrString(call.block.expression);
      if (method !== undefined) recordMethod(r, call, rel, method, [], ctx);
      return true;
    }
    const [param] = blockParameterNames(call.block);
    const env = new Map(ctx.env);
    if (param) {
      const batch = name === "in_batches" || name === "find_in_batches";
      env.set(param, batch ? { kind: "relation", rel } : { kind: "record", rel });
    }
    r.walkBlock(call.block, extend(ctx, { env }));
    return true;
  }
  // `User.find(1).destroy`, `User.find_by(email: x).update!(...)`
  if (call.receiver instanceof CallNode && SINGLE_RECORD.has(call.receiver.name)) {
    const rel = relationOf(r, call.receiver.receiver, ctx, true);
    if (rel && visitRecordCall(r, call, extend(rel, { filtered: true }), ctx)) return true;
  }
  // `User.delete(ids)`, `User.destroy(id)`, `User.update(id, attrs)`, `User.where(...).update(attrs)`
  const ambiguous = name === "delete" || name === "destroy" || name === "update" || name === "update!";
  const rel = ambiguous ? relationOf(r, call.receiver, ctx, true) : undefined;
  if (rel && (name === "delete" || name === "destroy")) {
    const filtered = rel.filtered || args.positional.length > 0;
    r.push(call, { kind: "delete-rows", table: rel.table, filtered, via: name });
    r.notInvertible(ctx, call, `${name} in change runs again on rollback`);
    return true;
  }
  if (rel && (name === "update" || name === "update!") && args.positional.length + args.options.size > 0) {
    const byId = args.positional.length >= 2;
    const attrs = byId ? hashEntries(args.positional[1]) : (hashEntries(args.positional[0]) ?? args.options);
    pushUpdate(r, call, extend(rel, { filtered: byId || rel.filtered }), [...(attrs?.keys() ?? [])], name);
    r.notInvertible(ctx, call, `${name} in change runs again on rollback`);
    return true;
  }
  return false;
}

/** Calls on one record (`user.destroy`, `user.update!(...)`). Returns false when the call changes nothing. */
export function visitRecordCall(r: Reader, call: CallNode, rel: Relation, ctx: Ctx): boolean {
  return recordMethod(r, call, rel, call.name, recordColumns(call), ctx);
}

export function recordMethod(
  r: Reader,
  call: CallNode,
  rel: Relation,
  method: string,
  columns: string[],
  ctx: Ctx,
): boolean {
  if (RECORD_DELETES.has(method)) {
    r.push(call, { kind: "delete-rows", table: rel.table, filtered: rel.filtered, via: method });
  } else if (RECORD_UPDATES.has(method)) {
    pushUpdate(r, call, rel, columns, method);
  } else {
    return false;
  }
  r.notInvertible(ctx, call, `${method} in change runs again on rollback`);
  return true;
}

export function recordColumns(call: CallNode): string[] {
  const args = callArgs(call);
  if (call.name === "update_column" || call.name === "update_attribute" || call.name === "touch") {
    const column = symbolOrString(args.positional[0]);
    return column === undefined ? [] : [column];
  }
  return assignedColumns(args);
}

export function pushUpdate(r: Reader, call: CallNode, rel: Relation, columns: string[], via: string): void {
  r.push(call, {
    kind: "update-rows",
    table: rel.table,
    columns,
    filtered: rel.filtered,
    onlyNulls: columns.length > 0 && columns.every((c) => rel.nullColumns.has(c)),
    via,
  });
}

/**
 * The table and filter a relation expression selects, or undefined when it cannot be told. `strict` is for
 * method names other libraries share: then only model-looking constants and known relation methods count.
 */
export function relationOf(r: Reader, node: Node | null, ctx: Ctx, strict = false): Relation | undefined {
  if (!node) return undefined;
  const constant = constantName(node);
  if (constant !== undefined) {
    const last = constant.split("::").pop()!;
    const model = r.models.get(last);
    if (model !== undefined) return { table: model, filtered: false, nullColumns: new Set() };
    if (r.constants.has(last)) return undefined;
    if (strict && (NOT_MODELS.has(constant.split("::")[0]!) || !/^[A-Z][a-z]/.test(last))) return undefined;
    return { table: tableize(last), filtered: false, nullColumns: new Set() };
  }
  if (node instanceof LocalVariableReadNode) {
    const binding = ctx.env.get(node.name);
    return binding?.kind === "relation" ? binding.rel : undefined;
  }
  if (!(node instanceof CallNode) || !node.receiver) return undefined;
  // `user.posts` on a record being iterated: an association, whose table Rails names after it by default.
  if (node.receiver instanceof LocalVariableReadNode && ctx.env.get(node.receiver.name)?.kind === "record") {
    if (strict || !/^[a-z_]\w*$/.test(node.name)) return undefined;
    return { table: pluralize(node.name), filtered: true, nullColumns: new Set() };
  }
  if (node.name === "not" && node.receiver instanceof CallNode && node.receiver.name === "where") {
    const base = relationOf(r, node.receiver.receiver, ctx, strict);
    return base && extend(base, { filtered: true });
  }
  const base = relationOf(r, node.receiver, ctx, strict);
  if (!base) return undefined;
  if (RELATION_PASSTHROUGH.has(node.name)) return base;
  // `where(a: nil).or(...)` no longer guarantees the NULLs.
  if (node.name === "or") return extend(base, { filtered: true, nullColumns: new Set() });
  if (strict && !RELATION_FILTERS.has(node.name) && !SINGLE_RECORD.has(node.name)) return undefined;
  if (node.name === "where" || node.name === "rewhere") {
    const args = callArgs(node);
    if (args.positional.length === 0 && args.options.size === 0) return base;
    const nullColumns = new Set(base.nullColumns);
    for (const column of nullFilterColumns(args)) nullColumns.add(column);
    return { table: base.table, filtered: true, nullColumns };
  }
  // A scope, limit, joins, find_by...: it narrows the rows, though not in a way the reader can name.
  return extend(base, { filtered: true });
}

/** Columns an `update_all` / `update(...)` assigns: hash keys, or the names before `=` in an SQL fragment. */
function assignedColumns(args: CallArgs): string[] {
  const first = args.positional[0];
  const hash = hashEntries(first) ?? (args.options.size > 0 ? args.options : undefined);
  if (hash) return [...hash.keys()];
  const sql = stringLiteral(first) ?? stringLiteral(arrayElements(first)?.[0]);
  if (!sql) return [];
  const columns: string[] = [];
  for (const piece of splitTopLevel(sql.value)) {
    const m = /^\s*["`]?([A-Za-z_]\w*)["`]?\s*=(?!=)/.exec(piece);
    if (m) columns.push(m[1]!);
  }
  return columns;
}

function splitTopLevel(sql: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = "";
  for (const c of sql) {
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      pieces.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  pieces.push(current);
  return pieces;
}

/** Columns a `where` requires to be NULL: `where(col: nil)` or `where("col IS NULL")` without OR. */
function nullFilterColumns(args: CallArgs): string[] {
  const hash = hashEntries(args.positional[0]) ?? args.options;
  const columns: string[] = [];
  for (const [key, value] of hash) if (isNil(value)) columns.push(key);
  const sql = stringLiteral(args.positional[0]) ?? stringLiteral(arrayElements(args.positional[0])?.[0]);
  if (sql && !/\bOR\b/i.test(sql.value)) {
    for (const m of sql.value.matchAll(/["`]?([A-Za-z_]\w*)["`]?\s+IS\s+NULL\b/gi)) columns.push(m[1]!);
  }
  return columns;
}

/** What a local variable holds after `x = User.where(...)` or `x = User.find(id)`: a relation or one record. */
export function relationBinding(r: Reader, node: Node, ctx: Ctx): Binding | undefined {
  if (node instanceof CallNode && node.receiver && !(node.block instanceof BlockNode)) {
    if (SINGLE_RECORD.has(node.name)) {
      const rel = relationOf(r, node.receiver, ctx);
      return rel && { kind: "record", rel: extend(rel, { filtered: true }) };
    }
    const rel =
      RELATION_PASSTHROUGH.has(node.name) || node.name === "where" || node.name === "not"
        ? relationOf(r, node, ctx)
        : undefined;
    if (rel) return { kind: "relation", rel };
  }
  return undefined;
}
