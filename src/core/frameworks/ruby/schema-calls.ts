// Rails schema calls: `create_table`, `drop_table`, and the statements on one table (`add_column`,
// `remove_column`, `change_column`, indexes, references, constraints), plus the `t.x` calls inside a
// create_table/change_table block. Each Rails method is one entry of SCHEMA_CALLS or TABLE_STATEMENTS.
import { BlockNode, LambdaNode } from "@ruby/prism/src/nodes.js";
import type { CallNode } from "@ruby/prism/src/nodes.js";
import { classifyTypeChange, describeType, type ColumnType } from "../../column-types/index.js";
import type { ColumnDefault } from "../../types.js";
import { singularize } from "../shared/inflect.js";
import { handlerFor, truncate } from "../shared/toolkit.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { notNullCheckColumn } from "../shared/check-expressions.js";
import {
  arrayElements,
  blockParameterNames,
  booleanValue,
  callArgs,
  constantName,
  hashEntries,
  isNil,
  numberValue,
  statementsOf,
  stringLiteral,
  symbolOrString,
  type CallArgs,
  type Node,
} from "./nodes.js";
import type { Binding, Ctx, Reader } from "./reader-context.js";
import { extend } from "../../extend.js";

/** Methods on `t` in a create_table/change_table block that are not column types. */
const TABLE_BLOCK_NON_COLUMNS = new Set([
  "index",
  "foreign_key",
  "check_constraint",
  "remove_check_constraint",
  "remove_foreign_key",
  "timestamps",
  "references",
  "belongs_to",
  "column",
  "remove",
  "remove_references",
  "remove_belongs_to",
  "remove_timestamps",
  "remove_index",
  "rename",
  "rename_index",
  "change",
  "change_default",
  "change_null",
  "comment",
  "index_exists?",
  "column_exists?",
  "check_constraint_exists?",
  "exclusion_constraint",
  "unique_constraint",
]);

/** change_table's `t.x` → the schema statement it stands for. */
const CHANGE_TABLE_ALIASES: Record<string, string> = {
  column: "add_column",
  remove: "remove_columns",
  rename: "rename_column",
  change: "change_column",
  change_default: "change_column_default",
  change_null: "change_column_null",
  index: "add_index",
  remove_index: "remove_index",
  references: "add_reference",
  belongs_to: "add_reference",
  remove_references: "remove_reference",
  remove_belongs_to: "remove_reference",
  timestamps: "add_timestamps",
  remove_timestamps: "remove_timestamps",
  foreign_key: "add_foreign_key",
  remove_foreign_key: "remove_foreign_key",
  check_constraint: "add_check_constraint",
  remove_check_constraint: "remove_check_constraint",
};

/** Schema statements with nothing for a rule to see (metadata, extensions, read-only checks). */
export const HARMLESS_CALLS = new Set([
  "rename_index",
  "change_column_comment",
  "change_table_comment",
  "enable_extension",
  "create_schema",
  "say",
  "say_with_time",
  "reset_column_information",
  "disable_ddl_transaction!",
  "table_exists?",
  "column_exists?",
  "index_exists?",
  "foreign_key_exists?",
  "index_name_exists?",
]);

/** The call as a handler sees it. */
export interface SchemaCall {
  r: Reader;
  name: string;
  call: CallNode;
  args: CallArgs;
  ctx: Ctx;
}

/** A statement on one table: `pos` starts after the table name. */
export interface TableCall extends SchemaCall {
  table: string;
  pos: Node[];
  opts: ReadonlyMap<string, Node>;
}

function truncateTables({ r, name, args, call, ctx }: SchemaCall): void {
  const tables = r.names(args.positional, ctx, "table");
  if (tables.length === 0) {
    r.unknown(call, `${name} on a table name the reader cannot resolve`);
  } else {
    r.push(call, { kind: "truncate", tables });
  }
  r.notInvertible(ctx, call, `${name} cannot be reverted`);
}

/** Schema calls that name their tables themselves (`create_table :users`, `drop_table :a, :b`). */
export const SCHEMA_CALLS: Readonly<Record<string, (s: SchemaCall) => void>> = {
  create_table({ r, args, call, ctx }) {
    createTable(r, call, args, ctx);
  },
  create_join_table({ r, args, call }) {
    createJoinTable(r, call, args, false);
  },
  drop_join_table({ r, args, call }) {
    createJoinTable(r, call, args, true);
  },
  drop_table({ r, args, call, ctx }) {
    // A table computed at run time is still dropped: the finding names the expression it comes from.
    const tables = r.names(args.positional, ctx, "table");
    if (tables.length === 0) {
      r.unknown(call, "drop_table on a table name the reader cannot resolve");
      return;
    }
    const force = args.options.get("force");
    for (const table of tables) {
      r.push(call, {
        kind: "drop-table",
        table,
        ...(booleanValue(args.options.get("if_exists")) ? { ifExists: true } : {}),
        ...(symbolOrString(force) === "cascade" ? { cascade: true } : {}),
      });
    }
    if (!(call.block instanceof BlockNode)) {
      r.notInvertible(ctx, call, "drop_table without a block cannot be reverted in change");
    }
  },
  rename_table({ r, args, call, ctx }) {
    const [from, to] = r.names(args.positional.slice(0, 2), ctx, "table");
    if (from === undefined || to === undefined)
      r.unknown(call, "rename_table with names the reader cannot resolve");
    else r.push(call, { kind: "rename-table", table: from, newName: to });
  },
  truncate: truncateTables,
  truncate_tables: truncateTables,
  drop_schema({ r, args, call, ctx }) {
    // PostgreSQL adapter: `drop_schema :name, if_exists: true` is DROP SCHEMA without CASCADE.
    const name = r.name(args.positional[0], ctx);
    if (name === undefined) return r.unknown(call, "drop_schema on a schema name the reader cannot resolve");
    r.push(call, {
      kind: "drop-schema",
      name,
      ...(booleanValue(args.options.get("if_exists")) ? { ifExists: true } : {}),
    });
    r.notInvertible(ctx, call, "drop_schema cannot be reverted in change");
  },
  rename_schema({ r, args, call, ctx }) {
    const [from, to] = args.positional.map((n) => r.name(n, ctx));
    if (from === undefined || to === undefined)
      return r.unknown(call, "rename_schema with names the reader cannot resolve");
    r.push(call, { kind: "rename-schema", name: from, newName: to });
  },
  // PostgreSQL enum types (Rails 7.0: create_enum; 7.1: drop_enum, rename_enum, add_enum_value,
  // rename_enum_value), each the one statement its PostgreSQL adapter runs.
  create_enum({ r, args, call, ctx }) {
    const type = r.name(args.positional[0], ctx);
    const values = enumValues(r, args.positional[1], ctx);
    if (type === undefined || values === undefined)
      return r.unknown(call, "create_enum with a name or values the reader cannot resolve");
    r.push(call, { kind: "create-enum", type, values });
  },
  drop_enum({ r, args, call, ctx }) {
    const type = r.name(args.positional[0], ctx);
    if (type === undefined) return r.unknown(call, "drop_enum on a type name the reader cannot resolve");
    r.push(call, {
      kind: "drop-type",
      type,
      ...(booleanValue(args.options.get("if_exists")) ? { ifExists: true } : {}),
    });
    if (args.positional[1] === undefined)
      r.notInvertible(ctx, call, "drop_enum without its values cannot be reverted in change");
  },
  rename_enum({ r, args, call, ctx }) {
    const type = r.name(args.positional[0], ctx);
    const newName = r.name(args.positional[1] ?? args.options.get("to"), ctx);
    if (type === undefined || newName === undefined)
      return r.unknown(call, "rename_enum with names the reader cannot resolve");
    r.push(call, { kind: "rename-type", type, newName });
  },
  add_enum_value({ r, args, call, ctx }) {
    const type = r.name(args.positional[0], ctx);
    const value = r.name(args.positional[1], ctx);
    if (type === undefined || value === undefined)
      return r.unknown(call, "add_enum_value with a type or value the reader cannot resolve");
    r.push(call, { kind: "add-enum-value", type, value });
    r.notInvertible(ctx, call, "add_enum_value cannot be reverted (PostgreSQL cannot remove an enum value)");
  },
  rename_enum_value({ r, args, call, ctx }) {
    const type = r.name(args.positional[0], ctx);
    const value = r.name(args.options.get("from"), ctx);
    const newValue = r.name(args.options.get("to"), ctx);
    if (type === undefined || value === undefined || newValue === undefined)
      return r.unknown(call, "rename_enum_value with a type or values the reader cannot resolve");
    r.push(call, { kind: "rename-enum-value", type, value, newValue });
  },
  change_table({ r, args, call, ctx }) {
    const table = r.name(args.positional[0], ctx);
    if (table === undefined) {
      r.unknown(call, "change_table on a table name the reader cannot resolve");
      return;
    }
    if (call.block instanceof BlockNode) {
      const [t] = blockParameterNames(call.block);
      const env = new Map(ctx.env);
      if (t) env.set(t, { kind: "table", table, creating: false, columns: [] });
      r.walkBlock(call.block, extend(ctx, { env }));
    }
  },
};

function addReferences({ r, name, table, pos, opts, call, ctx }: TableCall): void {
  const refs = pos.map((n) => r.name(n, ctx));
  if (refs.length === 0 || refs.some((ref) => ref === undefined)) {
    return r.unknown(call, `${name} with a reference name the reader cannot resolve`);
  }
  for (const ref of refs as string[]) addReference(r, call, table, ref, opts);
}

function removeReferences({ r, name, table, pos, opts, call, ctx }: TableCall): void {
  const refs = pos.map((n) => r.name(n, ctx));
  if (refs.length === 0 || refs.some((ref) => ref === undefined)) {
    return r.unknown(call, `${name} with a reference name the reader cannot resolve`);
  }
  for (const ref of refs as string[]) {
    if (opts.has("foreign_key") && booleanValue(opts.get("foreign_key")) !== false) {
      r.push(call, { kind: "drop-constraint", table });
    }
    r.push(call, { kind: "drop-column", table, column: `${ref}_id` });
    if (booleanValue(opts.get("polymorphic")) === true) {
      r.push(call, { kind: "drop-column", table, column: `${ref}_type` });
    }
  }
}

function addUniqueConstraint({ r, table, opts, call }: TableCall): void {
  const uniqueName = symbolOrString(opts.get("name"));
  r.push(call, {
    kind: "add-constraint",
    table,
    constraint: "unique",
    ...(uniqueName !== undefined ? { name: uniqueName } : {}),
    validated: true,
    ...(opts.has("using_index") ? { usingIndex: true } : {}),
  });
}

function removeConstraint({ r, name, table, pos, opts, call, ctx }: TableCall): void {
  const constraintName = symbolOrString(opts.get("name"));
  r.push(call, {
    kind: "drop-constraint",
    table,
    ...(constraintName !== undefined ? { name: constraintName } : {}),
  });
  const restorable =
    name === "remove_foreign_key"
      ? pos[0] !== undefined || opts.has("to_table")
      : name === "remove_check_constraint"
        ? pos[0] !== undefined
        : true;
  if (!restorable) r.notInvertible(ctx, call, `${name} without its definition cannot be reverted in change`);
}

function validateConstraint({ r, name, table, pos, opts, call, ctx }: TableCall): void {
  const constraintName =
    symbolOrString(opts.get("name")) ?? (name === "validate_constraint" ? r.name(pos[0], ctx) : undefined);
  r.push(call, {
    kind: "validate-constraint",
    table,
    ...(constraintName !== undefined ? { name: constraintName } : {}),
  });
}

/** Schema statements on one table, `add_column :users, ...`: the table is resolved before the handler runs. */
export const TABLE_STATEMENTS: Readonly<Record<string, (s: TableCall) => void>> = {
  add_column({ r, table, pos, opts, call, ctx }) {
    const column = r.name(pos[0], ctx);
    const type = columnType(r, pos[1], opts, ctx);
    if (column === undefined)
      return r.unknown(call, "add_column with a column name the reader cannot resolve");
    addColumn(r, call, table, column, type, opts);
  },
  add_timestamps({ r, table, opts, call }) {
    // Rails adds timestamps NOT NULL unless told `null: true`.
    for (const column of ["created_at", "updated_at"]) {
      addColumn(r, call, table, column, { type: "datetime" }, opts, booleanValue(opts.get("null")) !== true);
    }
  },
  remove_column({ r, table, pos, opts, call, ctx }) {
    const column = r.names(pos.slice(0, 1), ctx, "column")[0];
    if (column === undefined)
      return r.unknown(call, "remove_column with a column name the reader cannot resolve");
    r.push(call, { kind: "drop-column", table, column });
    if (pos[1] === undefined && !opts.has("type")) {
      r.notInvertible(ctx, call, "remove_column without a type cannot be reverted in change");
    }
  },
  remove_columns({ r, name, table, pos, opts, call, ctx }) {
    const columns = r.names(pos, ctx, "column");
    if (columns.length === 0) {
      return r.unknown(call, `${name} with column names the reader cannot resolve`);
    }
    for (const column of columns) r.push(call, { kind: "drop-column", table, column });
    if (!opts.has("type"))
      r.notInvertible(ctx, call, "removing columns without a type cannot be reverted in change");
  },
  remove_timestamps({ r, table, call }) {
    for (const column of ["created_at", "updated_at"]) r.push(call, { kind: "drop-column", table, column });
  },
  rename_column({ r, table, pos, call, ctx }) {
    const [from, to] = [r.name(pos[0], ctx), r.name(pos[1], ctx)];
    if (from === undefined || to === undefined)
      return r.unknown(call, "rename_column with names the reader cannot resolve");
    r.push(call, { kind: "rename-column", table, column: from, newName: to });
  },
  change_column({ r, table, pos, opts, call, ctx }) {
    const column = r.name(pos[0], ctx);
    const type = columnType(r, pos[1], opts, ctx);
    if (column === undefined || type === undefined) {
      return r.unknown(call, "change_column with a column or type the reader cannot resolve");
    }
    const key = `${table}.${column}`;
    r.push(call, {
      kind: "change-column-type",
      table,
      column,
      type: describeType(type),
      ...classifyTypeChange(r.knownTypes.get(key), type),
    });
    r.knownTypes.set(key, type);
    const notNull = booleanValue(opts.get("null"));
    if (notNull === false) r.push(call, { kind: "set-not-null", table, column });
    if (notNull === true) r.push(call, { kind: "drop-not-null", table, column });
    if (opts.has("default")) {
      r.push(call, {
        kind: "change-default",
        table,
        column,
        ...defaultField(r, opts.get("default")),
      });
    }
    r.notInvertible(ctx, call, "change_column cannot be reverted in change");
  },
  change_column_default({ r, table, pos, opts, call, ctx }) {
    const column = r.name(pos[0], ctx);
    if (column === undefined)
      return r.unknown(call, "change_column_default with a column the reader cannot resolve");
    const fromTo = pos[1] === undefined ? opts : hashEntries(pos[1]);
    const hasTo = fromTo?.has("to") === true && fromTo.has("from");
    const value = hasTo ? fromTo!.get("to") : (pos[1] ?? undefined);
    r.push(call, { kind: "change-default", table, column, ...defaultField(r, value) });
    if (!hasTo)
      r.notInvertible(ctx, call, "change_column_default without from:/to: cannot be reverted in change");
  },
  change_column_null({ r, table, pos, call, ctx }) {
    const column = r.name(pos[0], ctx);
    const allowNull = booleanValue(pos[1]);
    if (column === undefined || allowNull === undefined) {
      return r.unknown(call, "change_column_null with arguments the reader cannot resolve");
    }
    if (allowNull) return r.push(call, { kind: "drop-not-null", table, column });
    if (pos[2] !== undefined) {
      // Rails fills the NULLs with the fourth argument before it adds the constraint.
      r.push(call, {
        kind: "update-rows",
        table,
        columns: [column],
        filtered: true,
        onlyNulls: true,
        via: "change_column_null",
      });
    }
    r.push(call, { kind: "set-not-null", table, column });
  },
  add_index({ r, table, pos, opts, call, ctx }) {
    const columns = indexColumns(r, pos[0], ctx);
    if (!columns) return r.unknown(call, "add_index with columns the reader cannot resolve");
    r.push(call, { kind: "add-index", table, columns, ...indexOptions(r, opts) });
  },
  remove_index({ r, table, pos, opts, call, ctx }) {
    const columns = indexColumns(r, pos[0] ?? opts.get("column"), ctx);
    const indexName = symbolOrString(opts.get("name"));
    r.push(call, {
      kind: "drop-index",
      table,
      ...(columns ? { columns } : {}),
      ...(indexName !== undefined ? { name: indexName } : {}),
      ...(concurrently(r, opts) ? { concurrently: true } : {}),
    });
    if (!columns) r.notInvertible(ctx, call, "remove_index without its column cannot be reverted in change");
  },
  add_reference: addReferences,
  add_belongs_to: addReferences,
  remove_reference: removeReferences,
  remove_belongs_to: removeReferences,
  add_foreign_key({ r, table, opts, call }) {
    const fkName = symbolOrString(opts.get("name"));
    r.push(call, {
      kind: "add-constraint",
      table,
      constraint: "foreign-key",
      ...(fkName !== undefined ? { name: fkName } : {}),
      validated: booleanValue(opts.get("validate")) !== false,
    });
  },
  add_check_constraint({ r, table, pos, opts, call }) {
    const checkName = symbolOrString(opts.get("name"));
    const expression = stringLiteral(pos[0])?.value;
    const notNullColumn = expression === undefined ? undefined : notNullCheckColumn(expression);
    r.push(call, {
      kind: "add-constraint",
      table,
      constraint: "check",
      ...(checkName !== undefined ? { name: checkName } : {}),
      ...(notNullColumn !== undefined ? { notNullColumn } : {}),
      validated: booleanValue(opts.get("validate")) !== false,
    });
  },
  add_unique_constraint: addUniqueConstraint,
  add_unique_key: addUniqueConstraint,
  add_exclusion_constraint({ r, table, opts, call }) {
    const exclusionName = symbolOrString(opts.get("name"));
    r.push(call, {
      kind: "add-constraint",
      table,
      constraint: "exclusion",
      ...(exclusionName !== undefined ? { name: exclusionName } : {}),
      validated: true,
    });
  },
  remove_foreign_key: removeConstraint,
  remove_check_constraint: removeConstraint,
  remove_unique_constraint: removeConstraint,
  remove_unique_key: removeConstraint,
  remove_exclusion_constraint: removeConstraint,
  validate_foreign_key: validateConstraint,
  validate_check_constraint: validateConstraint,
  validate_constraint: validateConstraint,
};

/** Top-level schema statements (`add_column :users, ...`). Returns false when the name is not one. */
export function visitSchemaCall(r: Reader, call: CallNode, ctx: Ctx): boolean {
  const name = call.name;
  const args = callArgs(call);
  const schemaCall = handlerFor(SCHEMA_CALLS, name);
  if (schemaCall) {
    schemaCall({ r, name, call, args, ctx });
    return true;
  }
  if (!handlerFor(TABLE_STATEMENTS, name)) return false;
  // `remove_column table_name, :x` in a loop over tables the reader cannot see is still a column drop.
  const table = r.names(args.positional.slice(0, 1), ctx, "table")[0];
  if (table === undefined) {
    r.unknown(call, `${name} on a table name the reader cannot resolve`);
    return true;
  }
  tableStatement(r, name, table, extend(args, { positional: args.positional.slice(1) }), call, ctx);
  return true;
}

/** One schema statement on `table`; `args.positional` starts after the table name. */
export function tableStatement(
  r: Reader,
  name: string,
  table: string,
  args: CallArgs,
  call: CallNode,
  ctx: Ctx,
): void {
  handlerFor(
    TABLE_STATEMENTS,
    name,
  )?.({ r, name, call, args, ctx, table, pos: args.positional, opts: args.options });
}

export function addColumn(
  r: Reader,
  call: CallNode,
  table: string,
  column: string,
  type: ColumnType | undefined,
  opts: ReadonlyMap<string, Node>,
  notNullByDefault = false,
): void {
  const computed = computedDefault(type, opts);
  const notNull = notNullByDefault || booleanValue(opts.get("null")) === false || computed?.notNull === true;
  const defaultNode = opts.get("default");
  r.push(call, {
    kind: "add-column",
    table,
    column,
    ...(type ? { type: describeType(type) } : {}),
    ...(notNull ? { notNull: true } : {}),
    ...(computed ? { default: computed.default } : defaultField(r, defaultNode, type)),
  });
  if (type) r.knownTypes.set(`${table}.${column}`, type);
}

export function addReference(
  r: Reader,
  call: CallNode,
  table: string,
  ref: string,
  opts: ReadonlyMap<string, Node>,
): void {
  const polymorphic =
    booleanValue(opts.get("polymorphic")) === true || hashEntries(opts.get("polymorphic")) !== undefined;
  const idType = symbolOrString(opts.get("type")) ?? "bigint";
  addColumn(r, call, table, `${ref}_id`, { type: idType }, opts);
  if (polymorphic) addColumn(r, call, table, `${ref}_type`, { type: "string" }, opts);
  const index = opts.get("index");
  if (booleanValue(index) !== false) {
    const indexOpts = hashEntries(index) ?? new Map<string, Node>();
    // A top-level algorithm: reaches the index too in the spellings people use.
    const algorithm = indexOpts.get("algorithm") ?? opts.get("algorithm");
    const merged = new Map(indexOpts);
    if (algorithm) merged.set("algorithm", algorithm);
    r.push(call, {
      kind: "add-index",
      table,
      columns: polymorphic ? [`${ref}_type`, `${ref}_id`] : [`${ref}_id`],
      ...indexOptions(r, merged),
    });
  }
  const fk = opts.get("foreign_key");
  if (fk !== undefined && booleanValue(fk) !== false && !isNil(fk)) {
    r.push(call, {
      kind: "add-constraint",
      table,
      constraint: "foreign-key",
      validated: booleanValue(hashEntries(fk)?.get("validate")) !== false,
    });
  }
}

export function indexOptions(
  r: Reader,
  opts: ReadonlyMap<string, Node>,
): {
  name?: string;
  unique?: boolean;
  concurrently?: boolean;
} {
  const name = symbolOrString(opts.get("name"));
  return extend(
    name !== undefined ? { name } : {},
    booleanValue(opts.get("unique")) === true ? { unique: true } : {},
    concurrently(r, opts) ? { concurrently: true } : {},
  );
}

/**
 * `algorithm: :concurrently` inside the migration's transaction fails on PostgreSQL, so the migration aborts
 * at deploy instead of building the index without a lock: read as the plain (locking) form, whose advice
 * names the missing `disable_ddl_transaction!`.
 */
export function concurrently(r: Reader, opts: ReadonlyMap<string, Node>): boolean {
  return symbolOrString(opts.get("algorithm")) === "concurrently" && !r.inTransaction;
}

export function indexColumns(r: Reader, node: Node | undefined, ctx: Ctx): string[] | undefined {
  if (node === undefined) return undefined;
  const elements = arrayElements(node);
  if (elements) {
    const names = elements.map((n) => r.name(n, ctx));
    return names.some((n) => n === undefined) ? undefined : (names as string[]);
  }
  const single = r.name(node, ctx);
  return single === undefined ? undefined : [single];
}

export function createTable(r: Reader, call: CallNode, args: CallArgs, ctx: Ctx): void {
  const table = r.name(args.positional[0], ctx);
  if (table === undefined) return r.unknown(call, "create_table on a table name the reader cannot resolve");
  const opts = args.options;
  forceDrop(r, call, table, opts.get("force"));
  const columns: string[] = [];
  const id = opts.get("id");
  if (booleanValue(id) !== false) {
    const primaryKey = opts.get("primary_key");
    const keys = arrayElements(primaryKey)?.map((n) => symbolOrString(n)) ?? [
      symbolOrString(primaryKey) ?? "id",
    ];
    for (const key of keys) if (key !== undefined) columns.push(key);
  }
  if (call.block instanceof BlockNode) {
    const [t] = blockParameterNames(call.block);
    const env = new Map(ctx.env);
    const binding: Binding = { kind: "table", table, creating: true, columns };
    if (t) env.set(t, binding);
    r.walkBlock(call.block, extend(ctx, { env }));
  }
  const columnTypes: Record<string, string> = {};
  for (const column of columns) {
    const type = r.knownTypes.get(`${table}.${column}`);
    if (type) columnTypes[column] = describeType(type);
  }
  r.push(call, {
    kind: "create-table",
    table,
    columns,
    ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
    ...(booleanValue(opts.get("if_not_exists")) ? { ifNotExists: true } : {}),
  });
}

/** `create_table`/`create_join_table ... force: true | :cascade` drops whatever table has the name first, rows and all. */
function forceDrop(r: Reader, call: CallNode, table: string, force: Node | undefined): void {
  if (force === undefined || (booleanValue(force) !== true && symbolOrString(force) !== "cascade")) return;
  r.push(call, {
    kind: "drop-table",
    table,
    ifExists: true,
    ...(symbolOrString(force) === "cascade" ? { cascade: true } : {}),
  });
}

export function createJoinTable(r: Reader, call: CallNode, args: CallArgs, drop: boolean): void {
  const [a, b] = args.positional.map((n) => symbolOrString(n));
  if (a === undefined || b === undefined)
    return r.unknown(call, `${call.name} with table names the reader cannot resolve`);
  const table = symbolOrString(args.options.get("table_name")) ?? joinTableName(a, b);
  if (drop) return r.push(call, { kind: "drop-table", table });
  forceDrop(r, call, table, args.options.get("force"));
  r.push(call, {
    kind: "create-table",
    table,
    columns: [`${singularize(a)}_id`, `${singularize(b)}_id`],
  });
}

/** `t.x` inside create_table / change_table. */
export function visitTableBlockCall(
  r: Reader,
  call: CallNode,
  binding: Extract<Binding, { kind: "table" }>,
  ctx: Ctx,
): void {
  const args = callArgs(call);
  const name = call.name;
  const table = binding.table;
  if (binding.creating) {
    // A table being created holds no rows: only its columns matter.
    if (name === "timestamps") binding.columns.push("created_at", "updated_at");
    else if (name === "references" || name === "belongs_to") {
      const polymorphic = booleanValue(args.options.get("polymorphic")) === true;
      for (const n of args.positional) {
        const ref = r.name(n, ctx);
        if (ref === undefined) continue;
        binding.columns.push(`${ref}_id`);
        if (polymorphic) binding.columns.push(`${ref}_type`);
      }
    } else if (name === "column") {
      const column = r.name(args.positional[0], ctx);
      const type = columnType(r, args.positional[1], args.options, ctx);
      if (column !== undefined) {
        binding.columns.push(column);
        if (type) r.knownTypes.set(`${table}.${column}`, type);
      }
    } else if (!TABLE_BLOCK_NON_COLUMNS.has(name)) {
      for (const n of args.positional) {
        const column = r.name(n, ctx);
        if (column === undefined) continue;
        binding.columns.push(column);
        r.knownTypes.set(`${table}.${column}`, {
          type: enumTypeName(r, name, args.options, ctx),
          ...typeSize(args.options),
        });
      }
    }
    return;
  }
  const statement = CHANGE_TABLE_ALIASES[name];
  if (statement === "add_reference" || statement === "remove_reference" || statement === "remove_columns") {
    return tableStatement(r, statement, table, args, call, ctx);
  }
  if (statement) return tableStatement(r, statement, table, args, call, ctx);
  if (TABLE_BLOCK_NON_COLUMNS.has(name) || name.endsWith("?")) return;
  // `t.string :a, :b` adds each column with the method's type.
  for (const n of args.positional) {
    const column = r.name(n, ctx);
    if (column === undefined) {
      r.unknown(call, `t.${name} with a column name the reader cannot resolve`);
      continue;
    }
    addColumn(
      r,
      call,
      table,
      column,
      { type: enumTypeName(r, name, args.options, ctx), ...typeSize(args.options) },
      args.options,
    );
  }
}

export function columnType(
  r: Reader,
  node: Node | undefined,
  opts: ReadonlyMap<string, Node>,
  ctx: Ctx,
): ColumnType | undefined {
  const type = r.name(node, ctx);
  return type === undefined ? undefined : { type: enumTypeName(r, type, opts, ctx), ...typeSize(opts) };
}

/**
 * A column of type `:enum` is of the PostgreSQL type its `enum_type:` names (Rails' adapter writes that name as
 * the column's type); the type as written otherwise.
 */
function enumTypeName(r: Reader, type: string, opts: ReadonlyMap<string, Node>, ctx: Ctx): string {
  if (type !== "enum") return type;
  return r.name(opts.get("enum_type"), ctx) ?? type;
}

/** `%w[new paid]`, `["new", "paid"]`, or a constant holding such a list; undefined when not literal. */
function enumValues(r: Reader, node: Node | undefined, ctx: Ctx): string[] | undefined {
  const elements = arrayElements(node);
  if (elements) {
    const values = elements.map((e) => r.name(e, ctx));
    return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
  }
  const constant = node && constantName(node);
  const bound = constant !== undefined ? r.constants.get(constant.split("::").pop()!) : undefined;
  return bound?.kind === "list" ? bound.values : undefined;
}

export function typeSize(opts: ReadonlyMap<string, Node>): Omit<ColumnType, "type"> {
  const limit = numberValue(opts.get("limit"));
  const precision = numberValue(opts.get("precision"));
  const scale = numberValue(opts.get("scale"));
  return extend(
    limit !== undefined ? { limit } : {},
    precision !== undefined ? { precision } : {},
    scale !== undefined ? { scale } : {},
  );
}

const SERIAL_TYPES = new Set(["serial", "bigserial", "smallserial", "primary_key"]);

/**
 * A value the database computes for every existing row when Rails adds the column, whatever `default:` says:
 * the sequence of a serial or `:primary_key` column, and the expression of a `:virtual, stored: true` column
 * (GENERATED ALWAYS AS ... STORED). Read like the SQL reader reads the same columns.
 */
function computedDefault(
  type: ColumnType | undefined,
  opts: ReadonlyMap<string, Node>,
): { default: ColumnDefault; notNull: boolean } | undefined {
  if (!type) return undefined;
  if (SERIAL_TYPES.has(type.type))
    return { default: { volatile: true, text: "nextval (serial)" }, notNull: true };
  if (type.type === "virtual" && booleanValue(opts.get("stored")) === true) {
    const as = stringLiteral(opts.get("as"))?.value;
    return {
      default: { volatile: true, text: `GENERATED ALWAYS AS (${as ?? "..."}) STORED` },
      notNull: false,
    };
  }
  return undefined;
}

/**
 * `default:` value: a literal is stored once; a lambda is SQL evaluated by the database, and so is a string
 * holding a function call on a `:uuid` column (`default: "gen_random_uuid()"`), which Rails' PostgreSQL adapter
 * passes through unquoted.
 */
export function defaultField(
  r: Reader,
  node: Node | undefined,
  type?: ColumnType,
): { default?: ColumnDefault } {
  if (node === undefined || isNil(node)) return {};
  const literal = type?.type === "uuid" ? stringLiteral(node) : undefined;
  if (literal && literal.value.includes("()")) {
    return { default: { volatile: isVolatileSql(literal.value), text: literal.value } };
  }
  if (node instanceof LambdaNode) {
    const body = statementsOf(node.body);
    const sql = body.length === 1 ? stringLiteral(body[0]) : undefined;
    if (sql) return { default: { volatile: isVolatileSql(sql.value), text: sql.value } };
    return { default: { volatile: true, text: truncate(r.src.text(node.location)) } };
  }
  // Any other Ruby expression (Time.current, SecureRandom.uuid) is evaluated once, when the migration runs.
  return { default: { volatile: false, text: truncate(r.src.text(node.location)) } };
}

/** Rails' join table name: both tables sorted, a shared prefix written once (`admin_users` + `admin_roles`). */
function joinTableName(a: string, b: string): string {
  const [first, second] = [a, b].sort();
  const m = /^(.*_)(.+)\0\1(.+)$/.exec(`${first}\0${second}`);
  return m ? `${m[1]}${m[2]}_${m[3]}` : `${first}_${second}`;
}
