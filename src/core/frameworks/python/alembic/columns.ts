// Alembic's column operations, keyed by their `op.` name: `add_column` (an `sa.Column`: its type, nullability,
// server default and computed values) and `alter_column` (type, nullability, default and name changes, each its
// own operation). The other schema operations are in schema-calls.ts.
import { classifyTypeChange } from "../../../column-types/index.js";
import type { ColumnDefault } from "../../../types.js";
import { isVolatileSql } from "../../shared/volatile-defaults.js";
import { sqlalchemyType } from "../column-types.js";
import {
  booleanValue,
  callArgs,
  dottedName,
  isNone,
  methodName,
  stringValue,
  unwrap,
  type Node,
} from "../nodes.js";
import type { OpCall, OpHandler, Reader } from "./reader-context.js";

/** Arguments of sa.Column that are not its type. */
const COLUMN_ARGS = new Set([
  "ForeignKey",
  "Sequence",
  "Identity",
  "Computed",
  "CheckConstraint",
  "FetchedValue",
]);

function isColumnArg(node: Node): boolean {
  const n = unwrap(node);
  return n.type === "call" && COLUMN_ARGS.has(methodName(n) ?? "");
}

/**
 * A value the database computes for every existing row when the column is added: `sa.Identity()` (a sequence
 * value per row) and `sa.Computed(..., persisted=...)` unless `persisted=False` (PostgreSQL stores generated
 * columns). Read like the SQL reader reads the same columns.
 */
function computedDefault(positional: readonly Node[]): ColumnDefault | undefined {
  for (const a of positional) {
    const n = unwrap(a);
    if (n.type !== "call") continue;
    const name = methodName(n);
    if (name === "Identity") return { volatile: true, text: "GENERATED AS IDENTITY" };
    if (name === "Computed" && booleanValue(callArgs(n).keywords.get("persisted")) !== false) {
      return { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
    }
  }
  return undefined;
}

/** A `server_default`: SQL text as a string, `sa.text(...)`, or `sa.func.x()`. */
function sqlDefault(node: Node): ColumnDefault {
  const n = unwrap(node);
  const literal = stringValue(n);
  if (literal !== undefined) return { volatile: false, text: `'${literal}'` };
  if (n.type === "call") {
    if (methodName(n) === "text") {
      const sql = stringValue(callArgs(n).positional[0]);
      if (sql !== undefined) return { volatile: isVolatileSql(sql), text: sql };
    }
    const fn = dottedName(n.childForFieldName("function"));
    if (fn?.includes("func.")) {
      const sql = `${fn.slice(fn.lastIndexOf("func.") + 5)}()`;
      return { volatile: isVolatileSql(sql), text: sql };
    }
  }
  return { volatile: isVolatileSql(n.text), text: n.text };
}

function addColumn(r: Reader, op: OpCall): void {
  const table = op.table(0, "table_name");
  const columnNode = op.at(1, "column");
  const column = columnNode ? unwrap(columnNode) : undefined;
  if (table === undefined || column?.type !== "call" || methodName(column) !== "Column") {
    return r.unknown(
      op.node,
      "op.add_column whose table or sa.Column is not written literally cannot be followed",
    );
  }
  const args = callArgs(column);
  const name = stringValue(args.keywords.get("name") ?? args.positional[0]);
  if (name === undefined)
    return r.unknown(op.node, "op.add_column with a computed column name cannot be followed");
  const typeNode = args.keywords.get("type_") ?? args.positional.slice(1).find((a) => !isColumnArg(a));
  const type = sqlalchemyType(typeNode);
  const primaryKey = booleanValue(args.keywords.get("primary_key")) === true;
  const nullable = booleanValue(args.keywords.get("nullable")) ?? !primaryKey;
  const serverDefault = args.keywords.get("server_default");
  const dflt = computedDefault(args.positional) ?? (serverDefault ? sqlDefault(serverDefault) : undefined);
  r.push(op.node, {
    kind: "add-column",
    table,
    column: name,
    ...(type ? { type: type.text } : {}),
    notNull: !nullable,
    ...(dflt ? { default: dflt } : {}),
  });
  // Alembic emits a column's ForeignKey as its own ALTER TABLE ... ADD CONSTRAINT.
  if (args.positional.some((a) => unwrap(a).type === "call" && methodName(unwrap(a)) === "ForeignKey")) {
    r.push(op.node, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
  }
}

function alterColumn(r: Reader, op: OpCall): void {
  const table = op.table(0, "table_name");
  const column = stringValue(op.at(1, "column_name"));
  if (table === undefined || column === undefined) {
    return r.unknown(
      op.node,
      "op.alter_column whose table or column is not a string literal cannot be followed",
    );
  }
  const kw = op.args.keywords;
  const typeNode = kw.get("type_");
  if (typeNode && !isNone(typeNode)) {
    const to = sqlalchemyType(typeNode);
    const from = sqlalchemyType(kw.get("existing_type"));
    const change = to?.type && from?.type ? classifyTypeChange(from.type, to.type) : {};
    r.push(op.node, {
      kind: "change-column-type",
      table,
      column,
      ...(to ? { type: to.text } : {}),
      ...change,
    });
  }
  const nullable = booleanValue(kw.get("nullable"));
  if (nullable === false) r.push(op.node, { kind: "set-not-null", table, column });
  if (nullable === true) r.push(op.node, { kind: "drop-not-null", table, column });
  const serverDefault = kw.get("server_default");
  // Alembic's `server_default=False` means "leave it"; None drops the default.
  if (serverDefault && booleanValue(serverDefault) !== false) {
    const dflt = isNone(serverDefault) ? undefined : sqlDefault(serverDefault);
    r.push(op.node, { kind: "change-default", table, column, ...(dflt ? { default: dflt } : {}) });
  }
  const newName = stringValue(kw.get("new_column_name"));
  if (newName !== undefined) r.push(op.node, { kind: "rename-column", table, column, newName });
}

/** Alembic's column operations, by their `op.` name. */
export const COLUMN_CALLS: Readonly<Record<string, OpHandler>> = {
  add_column: addColumn,
  alter_column: alterColumn,
};
