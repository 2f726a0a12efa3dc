// Django's schema operations (`migrations.CreateModel`, `AddField`, `RemoveField`, `AlterField`, indexes and
// constraints), one handler each, keyed by the operation's class name. RunSQL is in raw-sql.ts, RunPython in
// data-calls.ts; a class in none of the tables is an unknown, unless it changes only Django's model state.
import {
  arg,
  callArgs,
  dictEntries,
  elements,
  isNone,
  methodName,
  stringList,
  stringValue,
  unwrap,
  type CallArgs,
  type Node,
} from "../nodes.js";
import { readField } from "./fields.js";
import type { OperationHandler, Reader } from "./reader-context.js";

/** Operations that change only Django's model state, or nothing a rule looks at. */
export const NO_SCHEMA_CHANGE = new Set([
  "AlterModelOptions",
  "AlterModelManagers",
  "AlterModelTableComment",
  "RenameIndex",
  "CreateExtension",
  "BloomExtension",
  "BtreeGinExtension",
  "BtreeGistExtension",
  "CITextExtension",
  "CryptoExtension",
  "HStoreExtension",
  "TrigramExtension",
  "UnaccentExtension",
  "CreateCollation",
  "RemoveCollation",
]);

function modelArg(args: CallArgs, index: number, keyword: string): string | undefined {
  return stringValue(arg(args, index, keyword));
}

/** The unknown for an operation whose `what` is not written literally. */
function missingIn(r: Reader, call: Node, name: string): (what: string) => void {
  return (what) => r.unknown(call, `${name} whose ${what} is not a string literal cannot be followed`);
}

const createModel: OperationHandler = (r, call, args, name) => {
  const missing = missingIn(r, call, name);
  const model = modelArg(args, 0, "name");
  if (model === undefined) return missing("model name");
  const options = dictEntries(arg(args, 2, "options"));
  const dbTable = stringValue(options?.get("db_table"));
  if (dbTable !== undefined) r.tables.set(model.toLowerCase(), dbTable);
  const columns: string[] = [];
  const columnTypes: Record<string, string> = {};
  const notNullColumns: string[] = [];
  for (const pair of elements(arg(args, 1, "fields")) ?? []) {
    const [fieldName, field] = elements(pair) ?? [];
    const fieldText = stringValue(fieldName);
    if (fieldText === undefined || !field || unwrap(field).type !== "call") continue;
    const info = readField(fieldText, unwrap(field));
    if (info.manyToMany) continue;
    columns.push(info.column);
    if (info.type !== undefined) columnTypes[info.column] = info.type;
    if (info.notNull) notNullColumns.push(info.column);
  }
  return r.push(call, {
    kind: "create-table",
    table: r.table(model),
    columns,
    ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
    notNullColumns,
  });
};

const deleteModel: OperationHandler = (r, call, args, name) => {
  const missing = missingIn(r, call, name);
  const model = modelArg(args, 0, "name");
  if (model === undefined) return missing("model name");
  return r.push(call, { kind: "drop-table", table: r.table(model) });
};

const renameModel: OperationHandler = (r, call, args, name) => {
  const missing = missingIn(r, call, name);
  const from = modelArg(args, 0, "old_name");
  const to = modelArg(args, 1, "new_name");
  if (from === undefined || to === undefined) return missing("model name");
  const table = r.table(from);
  // Django renames the table only when it is the default one; a custom db_table stays.
  if (r.tables.has(from.toLowerCase())) {
    r.tables.set(to.toLowerCase(), table);
    return;
  }
  return r.push(call, { kind: "rename-table", table, newName: r.table(to) });
};

const alterModelTable: OperationHandler = (r, call, args, name) => {
  const missing = missingIn(r, call, name);
  const model = modelArg(args, 0, "name");
  if (model === undefined) return missing("model name");
  const tableNode = arg(args, 1, "table");
  const newTable = stringValue(tableNode);
  if (newTable === undefined && !isNone(tableNode)) return missing("table");
  const from = r.table(model);
  r.tables.delete(model.toLowerCase());
  const to = newTable ?? r.table(model);
  r.tables.set(model.toLowerCase(), to);
  if (from !== to) r.push(call, { kind: "rename-table", table: from, newName: to });
  return;
};

const addField: OperationHandler = (r, call, args, _name) => {
  return readAddField(r, call, args);
};

const removeField: OperationHandler = (r, call, args, name) => {
  const missing = missingIn(r, call, name);
  const model = modelArg(args, 0, "model_name");
  const field = modelArg(args, 1, "name");
  if (model === undefined || field === undefined) return missing("model or field name");
  return r.push(call, { kind: "drop-column", table: r.table(model), column: field });
};

const renameField: OperationHandler = (r, call, args, name) => {
  const missing = missingIn(r, call, name);
  const model = modelArg(args, 0, "model_name");
  const from = modelArg(args, 1, "old_name");
  const to = modelArg(args, 2, "new_name");
  if (model === undefined || from === undefined || to === undefined) return missing("model or field name");
  return r.push(call, {
    kind: "rename-column",
    table: r.table(model),
    column: from,
    newName: to,
  });
};

const alterField: OperationHandler = (r, call, args, name) => {
  const missing = missingIn(r, call, name);
  const model = modelArg(args, 0, "model_name");
  const fieldName = modelArg(args, 1, "name");
  const field = arg(args, 2, "field");
  if (model === undefined || fieldName === undefined) return missing("model or field name");
  if (!field || unwrap(field).type !== "call") return missing("field");
  const info = readField(fieldName, unwrap(field));
  if (info.manyToMany) return;
  return r.push(call, {
    kind: "change-column-type",
    table: r.table(model),
    column: info.column,
    ...(info.type !== undefined ? { type: info.type } : {}),
    // AlterField restates the whole field: against the history, a change of `null` alone is read as
    // set-not-null / drop-not-null, and the same type is no type change.
    notNull: info.notNull,
  });
};

const addIndex: OperationHandler = (r, call, args, name) => {
  return readAddIndex(r, call, args, name === "AddIndexConcurrently");
};

const removeIndex: OperationHandler = (r, call, args, name) => {
  const model = modelArg(args, 0, "model_name");
  const index = modelArg(args, 1, "name");
  return r.push(call, {
    kind: "drop-index",
    ...(model !== undefined ? { table: r.table(model) } : {}),
    ...(index !== undefined ? { name: index } : {}),
    concurrently: name === "RemoveIndexConcurrently",
  });
};

const addConstraint: OperationHandler = (r, call, args, name) => {
  return readAddConstraint(r, call, args, name === "AddConstraint");
};

const validateConstraint: OperationHandler = (r, call, args, name) => {
  const missing = missingIn(r, call, name);
  const model = modelArg(args, 0, "model_name");
  const constraint = modelArg(args, 1, "name");
  if (model === undefined) return missing("model name");
  return r.push(call, {
    kind: name === "ValidateConstraint" ? "validate-constraint" : "drop-constraint",
    table: r.table(model),
    ...(constraint !== undefined ? { name: constraint } : {}),
  });
};

const alterUniqueTogether: OperationHandler = (r, call, args, name) => {
  return readTogether(r, call, args, name === "AlterUniqueTogether");
};

const alterOrderWithRespectTo: OperationHandler = (r, call, args, name) => {
  const missing = missingIn(r, call, name);
  const model = modelArg(args, 0, "name");
  if (model === undefined) return missing("model name");
  if (isNone(arg(args, 1, "order_with_respect_to"))) return;
  // Django adds an `_order` integer column with a constant default of 0.
  return r.push(call, {
    kind: "add-column",
    table: r.table(model),
    column: "_order",
    type: "integer",
    notNull: true,
    default: { volatile: false, text: "0" },
  });
};

const separateDatabaseAndState: OperationHandler = (r, _call, args, _name) => {
  // Only `database_operations` touch the database; `state_operations` only tell Django's model state.
  const database = arg(args, 0, "database_operations");
  if (database && !isNone(database)) r.operations(database);
  return;
};

/** Django schema operations, by class name. */
export const SCHEMA_OPERATIONS: Readonly<Record<string, OperationHandler>> = {
  CreateModel: createModel,
  DeleteModel: deleteModel,
  RenameModel: renameModel,
  AlterModelTable: alterModelTable,
  AddField: addField,
  RemoveField: removeField,
  RenameField: renameField,
  AlterField: alterField,
  AddIndex: addIndex,
  AddIndexConcurrently: addIndex,
  RemoveIndex: removeIndex,
  RemoveIndexConcurrently: removeIndex,
  AddConstraint: addConstraint,
  AddConstraintNotValid: addConstraint,
  ValidateConstraint: validateConstraint,
  RemoveConstraint: validateConstraint,
  AlterUniqueTogether: alterUniqueTogether,
  AlterIndexTogether: alterUniqueTogether,
  AlterOrderWithRespectTo: alterOrderWithRespectTo,
  SeparateDatabaseAndState: separateDatabaseAndState,
};

function readAddField(r: Reader, call: Node, args: CallArgs): void {
  const model = modelArg(args, 0, "model_name");
  const fieldName = modelArg(args, 1, "name");
  const field = arg(args, 2, "field");
  if (model === undefined || fieldName === undefined || !field || unwrap(field).type !== "call") {
    return r.unknown(call, "AddField whose model, name or field is not written literally cannot be followed");
  }
  const table = r.table(model);
  const info = readField(fieldName, unwrap(field));
  if (info.manyToMany) {
    // The relation lives in a new join table, unless a `through` model already holds it.
    if (!info.through) r.push(call, { kind: "create-table", table: `${table}_${fieldName}`, columns: [] });
    return;
  }
  r.push(call, {
    kind: "add-column",
    table,
    column: info.column,
    ...(info.type !== undefined ? { type: info.type } : {}),
    notNull: info.notNull,
    ...(info.default ? { default: info.default } : {}),
  });
  if (info.unique) {
    r.push(call, { kind: "add-constraint", table, constraint: "unique", validated: true });
  } else if (info.dbIndex) {
    r.push(call, { kind: "add-index", table, columns: [info.column] });
  }
  if (info.related && info.dbConstraint) {
    r.push(call, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
  }
}

function readAddIndex(r: Reader, call: Node, args: CallArgs, concurrently: boolean): void {
  const model = modelArg(args, 0, "model_name");
  const index = arg(args, 1, "index");
  if (model === undefined || !index || unwrap(index).type !== "call") {
    return r.unknown(call, "AddIndex whose model or index is not written literally cannot be followed");
  }
  const indexArgs = callArgs(unwrap(index));
  const fields = stringList(indexArgs.keywords.get("fields")) ?? [];
  const name = stringValue(indexArgs.keywords.get("name"));
  r.push(call, {
    kind: "add-index",
    table: r.table(model),
    columns: fields.map((f) => f.replace(/^-/, "")),
    ...(name !== undefined ? { name } : {}),
    concurrently,
  });
}

function readAddConstraint(r: Reader, call: Node, args: CallArgs, validated: boolean): void {
  const model = modelArg(args, 0, "model_name");
  const constraint = arg(args, 1, "constraint");
  if (model === undefined || !constraint || unwrap(constraint).type !== "call") {
    return r.unknown(
      call,
      "AddConstraint whose model or constraint is not written literally cannot be followed",
    );
  }
  const cls = methodName(unwrap(constraint));
  const kind =
    cls === "CheckConstraint"
      ? "check"
      : cls === "UniqueConstraint"
        ? "unique"
        : cls === "ExclusionConstraint"
          ? "exclusion"
          : undefined;
  if (!kind) return r.unknown(call, `the constraint class ${cls ?? "used"} is not one the reader knows`);
  const name = stringValue(callArgs(unwrap(constraint)).keywords.get("name"));
  r.push(call, {
    kind: "add-constraint",
    table: r.table(model),
    constraint: kind,
    ...(name !== undefined ? { name } : {}),
    validated,
  });
}

function readTogether(r: Reader, call: Node, args: CallArgs, unique: boolean): void {
  const model = modelArg(args, 0, "name");
  const value = arg(args, 1, unique ? "unique_together" : "index_together");
  if (model === undefined || !value) {
    return r.unknown(call, "a *_together operation whose model or fields are not literal cannot be followed");
  }
  if (isNone(value) || (unwrap(value).type === "call" && callArgs(unwrap(value)).positional.length === 0))
    return; // `set()` / None removes them all.
  const single = stringList(value);
  const groups = single ? [single] : elements(value)?.map((group) => stringList(group));
  // A constant or a computed set names columns the reader cannot see: unknown, never nothing.
  if (!groups || groups.some((g) => g === undefined)) {
    return r.unknown(call, "a *_together operation whose model or fields are not literal cannot be followed");
  }
  const table = r.table(model);
  for (const columns of groups as string[][]) {
    if (columns.length === 0) continue;
    if (unique) r.push(call, { kind: "add-constraint", table, constraint: "unique", validated: true });
    else r.push(call, { kind: "add-index", table, columns });
  }
}
