// Ecto migration commands: `create`, `alter`, `drop`, `rename` (and their `_if_exists` / `_if_not_exists`
// forms), keyed by command name; `create` and `drop` then by what they work on (`table(...)`, `index(...)`,
// `unique_index(...)`, `constraint(...)`). The add/remove/modify inside a create/alter block are in columns.ts.
import { handlerFor } from "../shared/toolkit.js";
import {
  blockStatements,
  booleanValue,
  callShape,
  nameValue,
  unwrap,
  type CallShape,
  type Node,
} from "./nodes.js";
import type { CallHandler, Env, Reader } from "./reader-context.js";

/** A command on one kind of object: `command` is `create ...`/`drop ...`, `what` the `table(...)`-like call. */
type TargetHandler = (
  r: Reader,
  command: CallShape,
  what: CallShape,
  target: Node,
  node: Node,
  env: Env,
) => boolean;

/** CONCURRENTLY needs both the option and a migration outside a transaction; without the latter it fails. */
function concurrently(r: Reader, index: CallShape): boolean {
  return booleanValue(index.keywords.get("concurrently")) === true && r.disableDdlTransaction;
}

/** `create table(:t) do ... end` / `create_if_not_exists table(...)`: the table, then its block's columns. */
const createTable: TargetHandler = (r, shape, what, target, node, env) => {
  const ifNotExists = shape.name === "create_if_not_exists";
  const table = r.tableOf(target, env);
  if (table === undefined) return r.unknown(node, `${shape.name} table on a name the reader cannot resolve`);
  const columns: string[] = [];
  const primaryKey = what.keywords.get("primary_key");
  if (primaryKey?.text !== "false") columns.push(nameValue(primaryKey) ?? "id");
  r.push(node, { kind: "create-table", table, columns, ...(ifNotExists ? { ifNotExists } : {}) });
  r.walk(blockStatements(shape.doBlock), env, { table, creating: columns });
  return true;
};

const createIndex: TargetHandler = (r, shape, what, _target, node, env) => {
  const table = r.name(what.positional[0], env);
  const single = r.name(what.positional[1], env);
  const columns = r.names(what.positional[1], env) ?? (single !== undefined ? [single] : undefined);
  if (table === undefined || !columns)
    return r.unknown(node, `${shape.name} ${what.name} with names the reader cannot resolve`);
  const name = r.name(what.keywords.get("name"), env) ?? `${table}_${columns.join("_")}_index`;
  const unique = what.name === "unique_index" || booleanValue(what.keywords.get("unique")) === true;
  r.push(node, {
    kind: "add-index",
    table,
    columns,
    name,
    ...(unique ? { unique } : {}),
    ...(concurrently(r, what) ? { concurrently: true } : {}),
  });
  return true;
};

const createConstraint: TargetHandler = (r, _shape, what, _target, node, env) => {
  const table = r.name(what.positional[0], env);
  const name = r.name(what.positional[1], env);
  if (table === undefined) return r.unknown(node, "create constraint on a table the reader cannot resolve");
  const constraint = what.keywords.has("exclude") ? "exclusion" : "check";
  r.push(node, {
    kind: "add-constraint",
    table,
    constraint,
    ...(name !== undefined ? { name } : {}),
    validated: what.keywords.get("validate")?.text !== "false",
  });
  return true;
};

/** What `create` / `create_if_not_exists` works on, by the call's name. */
const CREATE_TARGETS: Readonly<Record<string, TargetHandler>> = {
  table: createTable,
  index: createIndex,
  unique_index: createIndex,
  constraint: createConstraint,
};

/** `drop table(:t)`: a table from a variable is still dropped, named by where its table comes from. */
const dropTable: TargetHandler = (r, shape, _what, target, node, env) => {
  const table = r.tableOf(target, env) ?? r.runTimeTable(target);
  if (table === undefined) return r.unknown(node, `${shape.name} table on a name the reader cannot resolve`);
  const ifExists = shape.name === "drop_if_exists";
  const cascade =
    nameValue(shape.keywords.get("mode")) === "cascade" || nameValue(shape.positional[1]) === "cascade";
  r.push(node, {
    kind: "drop-table",
    table,
    ...(ifExists ? { ifExists } : {}),
    ...(cascade ? { cascade } : {}),
  });
  if (r.invertible)
    r.notInvertible(node, "drop of a table in change/0 cannot be reverted (its columns are unknown)");
  return true;
};

const dropIndex: TargetHandler = (r, _shape, what, _target, node, env) => {
  const table = r.name(what.positional[0], env);
  const columns = r.names(what.positional[1], env);
  const name =
    r.name(what.keywords.get("name"), env) ??
    (table !== undefined && columns ? `${table}_${columns.join("_")}_index` : undefined);
  r.push(node, {
    kind: "drop-index",
    ...(table !== undefined ? { table } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(columns ? { columns } : {}),
    ...(concurrently(r, what) ? { concurrently: true } : {}),
  });
  return true;
};

const dropConstraint: TargetHandler = (r, _shape, what, _target, node, env) => {
  const table = r.name(what.positional[0], env);
  const name = r.name(what.positional[1], env);
  if (table === undefined) return r.unknown(node, "drop constraint on a table the reader cannot resolve");
  r.push(node, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
  // Ecto reverses creating a constraint, never dropping one (it cannot vouch for the data meanwhile).
  if (r.invertible) r.notInvertible(node, "drop of a constraint in change/0 cannot be reverted");
  return true;
};

/** What `drop` / `drop_if_exists` works on, by the call's name. */
const DROP_TARGETS: Readonly<Record<string, TargetHandler>> = {
  table: dropTable,
  index: dropIndex,
  unique_index: dropIndex,
  constraint: dropConstraint,
};

/** `create x(...)` / `drop x(...)`: the handler `targets` holds for `x`, else an unknown. */
const onTarget =
  (targets: Readonly<Record<string, TargetHandler>>): CallHandler =>
  (r, shape, node, env) => {
    const target = shape.positional[0] ? unwrap(shape.positional[0]) : undefined;
    const what = target?.type === "call" ? callShape(target) : undefined;
    if (!target || !what || what.receiver)
      return r.unknown(node, `${shape.name} of something the reader cannot resolve`);
    const handler = handlerFor(targets, what.name);
    if (!handler) return r.unknown(node, `${shape.name} ${what.name}(...) is not a command the reader knows`);
    return handler(r, shape, what, target, node, env);
  };

/** `alter table(:t) do ... end`: the block's columns on that table. */
const alter: CallHandler = (r, shape, node, env) => {
  const table = r.tableOf(shape.positional[0], env) ?? r.runTimeTable(shape.positional[0]);
  if (table === undefined) return r.unknown(node, "alter on a table the reader cannot resolve");
  r.walk(blockStatements(shape.doBlock), env, { table });
  return true;
};

/** `rename table(:a), to: table(:b)` or `rename table(:t), :col, to: :new`; renaming an index keeps its data. */
const rename: CallHandler = (r, shape, node, env) => {
  const target = shape.positional[0] ? unwrap(shape.positional[0]) : undefined;
  const what = target?.type === "call" ? callShape(target) : undefined;
  if (!what || what.receiver) return r.unknown(node, "rename of something the reader cannot resolve");
  if (what.name !== "table") return true; // renaming an index or constraint keeps its data and is instant
  const table = r.tableOf(target, env);
  const to = shape.keywords.get("to");
  if (shape.positional.length === 1) {
    const newName = r.tableOf(to, env);
    if (table === undefined || newName === undefined)
      return r.unknown(node, "rename table with names the reader cannot resolve");
    r.push(node, { kind: "rename-table", table, newName });
    return true;
  }
  const column = r.name(shape.positional[1], env);
  const newName = r.name(to, env);
  if (table === undefined || column === undefined || newName === undefined)
    return r.unknown(node, "rename column with names the reader cannot resolve");
  r.push(node, { kind: "rename-column", table, column, newName });
  return true;
};

/** Migration commands, by name. */
export const SCHEMA_CALLS: Readonly<Record<string, CallHandler>> = {
  create: onTarget(CREATE_TARGETS),
  create_if_not_exists: onTarget(CREATE_TARGETS),
  alter,
  drop: onTarget(DROP_TARGETS),
  drop_if_exists: onTarget(DROP_TARGETS),
  rename,
  // Runs the commands queued so far; they are read where they stand.
  flush: () => true,
};
