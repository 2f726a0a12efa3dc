// Alembic's schema operations (`op.create_table`, `op.drop_column`, `op.create_index`, constraints...), one
// handler each, keyed by the `op.` name. Columns (`add_column`, `alter_column`) are in columns.ts, `op.execute`
// in raw-sql.ts; a name in none of the tables is an unknown, unless it changes nothing a rule looks at.
import { runTimeName, type RunTimePart } from "../../../run-time.js";
import { booleanValue, callArgs, elements, methodName, stringValue, unwrap, type Node } from "../nodes.js";
import type { OpCall, OpHandler, Reader } from "./reader-context.js";

/** `op.*` calls that change nothing a rule looks at. */
export const NO_SCHEMA_CHANGE = new Set([
  "bulk_insert",
  "inline_literal",
  "f",
  "get_bind",
  "get_context",
  "create_table_comment",
  "drop_table_comment",
  "implementation_for",
  "invoke",
  "register_operation",
]);

type ConstraintKind = "foreign-key" | "check" | "unique" | "primary-key" | "exclusion";

/** `op.f("ix_name")` and plain strings. */
function opName(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === "call" && methodName(n) === "f") return stringValue(callArgs(n).positional[0]);
  return stringValue(n);
}

/** The name of a constraint or index: the first argument after the table, or by `keyword`. */
function nameOf(op: OpCall, keyword: string): string | undefined {
  return opName(op.at(0, keyword, 1));
}

/** A table or column from a variable, named by where it comes from. */
function runTime(node: Node | undefined, part: RunTimePart): string | undefined {
  return node ? runTimeName(part, node.text) : undefined;
}

function createTable(r: Reader, op: OpCall): void {
  const t = op.table(0, "table_name");
  if (t === undefined) return op.missing("table name");
  const columns = op.args.positional
    .slice(1)
    .map((c) => unwrap(c))
    .filter((c) => c.type === "call" && methodName(c) === "Column")
    .map((c) => stringValue(callArgs(c).positional[0]))
    .filter((c): c is string => c !== undefined);
  r.push(op.node, {
    kind: "create-table",
    table: t,
    columns,
    ...(booleanValue(op.args.keywords.get("if_not_exists")) ? { ifNotExists: true } : {}),
  });
}

function dropTable(r: Reader, op: OpCall): void {
  // A table from a variable is still dropped: the drop is named with where its table comes from.
  const t = op.table(0, "table_name") ?? runTime(op.at(0, "table_name"), "table");
  if (t === undefined) return op.missing("table name");
  r.push(op.node, {
    kind: "drop-table",
    table: t,
    ...(booleanValue(op.args.keywords.get("if_exists")) ? { ifExists: true } : {}),
  });
}

function renameTable(r: Reader, op: OpCall): void {
  const from = op.table(0, "old_table_name");
  const to = stringValue(op.at(1, "new_table_name"));
  if (from === undefined || to === undefined) return op.missing("table name");
  r.push(op.node, { kind: "rename-table", table: from, newName: to });
}

function dropColumn(r: Reader, op: OpCall): void {
  const t = op.table(0, "table_name") ?? runTime(op.at(0, "table_name"), "table");
  const column = r.constant(op.at(1, "column_name")) ?? runTime(op.at(1, "column_name"), "column");
  if (t === undefined || column === undefined) return op.missing("table or column name");
  r.push(op.node, { kind: "drop-column", table: t, column });
}

function createIndex(r: Reader, op: OpCall): void {
  const t = op.table(1, "table_name");
  if (t === undefined) return op.missing("table name");
  const index = nameOf(op, "index_name");
  const columnsNode = op.at(2, "columns", 1);
  const columns = (stringValue(columnsNode) !== undefined ? [columnsNode!] : (elements(columnsNode) ?? []))
    .map((c) => stringValue(c))
    .filter((c): c is string => c !== undefined);
  r.push(op.node, {
    kind: "add-index",
    table: t,
    columns,
    ...(index !== undefined ? { name: index } : {}),
    unique: booleanValue(op.args.keywords.get("unique")) === true,
    concurrently: booleanValue(op.args.keywords.get("postgresql_concurrently")) === true,
  });
}

function dropIndex(r: Reader, op: OpCall): void {
  const index = nameOf(op, "index_name");
  const t = op.table(1, "table_name");
  r.push(op.node, {
    kind: "drop-index",
    ...(t !== undefined ? { table: t } : {}),
    ...(index !== undefined ? { name: index } : {}),
    concurrently: booleanValue(op.args.keywords.get("postgresql_concurrently")) === true,
  });
}

/** `op.create_<kind>(name, table, ...)`; a foreign key names its source table. */
function createConstraint(constraint: ConstraintKind, tableKeyword: string): OpHandler {
  return (r, op) => {
    const t = op.table(1, tableKeyword);
    if (t === undefined) return op.missing("table name");
    const name = nameOf(op, "constraint_name");
    const kw = op.args.keywords;
    const notValid =
      booleanValue(kw.get("postgresql_not_valid")) === true || booleanValue(kw.get("not_valid")) === true;
    r.push(op.node, {
      kind: "add-constraint",
      table: t,
      constraint,
      ...(name !== undefined ? { name } : {}),
      validated: !notValid,
    });
  };
}

function dropConstraint(r: Reader, op: OpCall): void {
  const t = op.table(1, "table_name");
  if (t === undefined) return op.missing("table name");
  const constraint = nameOf(op, "constraint_name");
  r.push(op.node, {
    kind: "drop-constraint",
    table: t,
    ...(constraint !== undefined ? { name: constraint } : {}),
  });
}

/** Alembic operations that change the schema, by their `op.` name (columns: see columns.ts). */
export const SCHEMA_CALLS: Readonly<Record<string, OpHandler>> = {
  create_table: createTable,
  drop_table: dropTable,
  rename_table: renameTable,
  drop_column: dropColumn,
  create_index: createIndex,
  drop_index: dropIndex,
  create_foreign_key: createConstraint("foreign-key", "source_table"),
  create_check_constraint: createConstraint("check", "table_name"),
  create_unique_constraint: createConstraint("unique", "table_name"),
  create_primary_key: createConstraint("primary-key", "table_name"),
  create_exclude_constraint: createConstraint("exclusion", "table_name"),
  drop_constraint: dropConstraint,
  // Outside a `with`, the batch does nothing until used; its calls are read where they appear.
  batch_alter_table: () => {},
};
