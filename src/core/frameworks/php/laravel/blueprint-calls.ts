// Blueprint calls inside a Schema::create/table closure (`$table->dropColumn('fax')`): a column method with its
// modifiers is read in columns.ts; every other command has a handler here, keyed by its method name. A method
// the table does not hold is a Blueprint macro, which can change anything: an unknown operation.
import { handlerFor } from "../../shared/toolkit.js";
import { COLUMN_METHODS, columnDefinition } from "../column-types.js";
import { arg, stringValue, unwrap, variableName, type ChainLink, type Node } from "../nodes.js";
import { COLUMN_MODIFIERS, indexName, readColumn, readIndex } from "./columns.js";
import type { Blueprint, Env, Reader } from "./reader-context.js";
import { extend } from "../../../extend.js";

/** One Blueprint command: `command` is its own link, `at` the last link of its chain (the span of the statement). */
type BlueprintHandler = (r: Reader, bp: Blueprint, command: ChainLink, at: Node, env: Env) => void;

/** Blueprint methods that change nothing a rule cares about. */
const HARMLESS_BLUEPRINT = new Set([
  "engine",
  "charset",
  "collation",
  "comment",
  "temporary",
  "renameIndex",
  "innoDb",
  "getTable",
  "getColumns",
  "getCommands",
]);

/** The suffix Laravel gives an index it names from its columns, by the method that drops it. */
const DROP_SUFFIX: Record<string, string> = {
  dropIndex: "index",
  dropUnique: "unique",
  dropFullText: "fulltext",
  dropSpatialIndex: "spatialindex",
};

const dropColumn: BlueprintHandler = (r, { table }, { args }, at, env) => {
  // dropColumn('a'), dropColumn(['a', 'b']) and dropColumn('a', 'b') all drop every name given.
  // A name from a variable is still dropped, named by where it comes from.
  const first = arg(args, 0, "columns");
  const columns =
    args.positional.length > 1
      ? args.positional.map((a) => r.string(a, env) ?? r.runTime(a, "column"))
      : (r.strings(first, env) ?? (first && [r.runTime(first, "column")]));
  if (!columns || columns.some((c) => c === undefined)) {
    r.unknown(at, "dropColumn with names the reader cannot resolve");
    return;
  }
  for (const column of columns as string[]) r.push(at, { kind: "drop-column", table, column });
};

/** A drop of columns whose names Laravel fixes: `dropTimestamps()`, `dropRememberToken()`. */
const dropNamed =
  (...columns: string[]): BlueprintHandler =>
  (r, { table }, _command, at) => {
    for (const column of columns) r.push(at, { kind: "drop-column", table, column });
  };

const dropSoftDeletes: BlueprintHandler = (r, { table }, { name, args }, at, env) => {
  const first = arg(args, 0, "columns");
  const column = first ? r.string(first, env) : "deleted_at";
  if (column === undefined) r.unknown(at, `${name} with a name the reader cannot resolve`);
  else r.push(at, { kind: "drop-column", table, column });
};

const dropMorphs: BlueprintHandler = (r, { table }, { args }, at, env) => {
  const morph = r.string(arg(args, 0, "columns"), env);
  if (morph === undefined) r.unknown(at, "dropMorphs with a name the reader cannot resolve");
  else
    for (const column of [`${morph}_type`, `${morph}_id`]) r.push(at, { kind: "drop-column", table, column });
};

const dropConstrainedForeignId: BlueprintHandler = (r, { table }, { name, args }, at, env) => {
  const column = r.string(arg(args, 0, "columns"), env);
  if (column === undefined) {
    r.unknown(at, `${name} with a name the reader cannot resolve`);
    return;
  }
  r.push(at, { kind: "drop-constraint", table, name: indexName(table, [column], "foreign") });
  r.push(at, { kind: "drop-column", table, column });
};

const renameColumn: BlueprintHandler = (r, { table }, { args }, at, env) => {
  const from = r.string(arg(args, 0, "from"), env);
  const to = r.string(arg(args, 1, "to"), env);
  if (from === undefined || to === undefined)
    r.unknown(at, "renameColumn with names the reader cannot resolve");
  else r.push(at, { kind: "rename-column", table, column: from, newName: to });
};

/** `index`, `unique`, `primary`, `fullText`, `spatialIndex`, `rawIndex` on columns of their own. */
const addIndex: BlueprintHandler = (r, bp, { name, args }, at, env) => {
  const first = arg(args, 0, "columns");
  const columns = name === "rawIndex" ? [r.string(first, env) ?? "expression"] : r.strings(first, env);
  if (!columns) {
    r.unknown(at, `${name} on columns the reader cannot resolve`);
    return;
  }
  readIndex(r, bp, name, columns, r.string(arg(args, 1, "name"), env), at);
};

const foreign: BlueprintHandler = (r, { table }, { args }, at, env) => {
  const columns = r.strings(arg(args, 0, "columns"), env);
  const fkName = r.string(arg(args, 1, "name"), env);
  r.push(at, {
    kind: "add-constraint",
    table,
    constraint: "foreign-key",
    validated: true,
    ...(fkName !== undefined
      ? { name: fkName }
      : columns
        ? { name: indexName(table, columns, "foreign") }
        : {}),
  });
};

/** `dropIndex`, `dropUnique`, `dropPrimary`, `dropFullText`, `dropSpatialIndex`: by name or by columns. */
const dropIndex: BlueprintHandler = (r, { table }, { name, args }, at, env) => {
  const first = arg(args, 0, "columns");
  const written = r.string(first, env);
  const columns = written === undefined ? r.strings(first, env) : undefined;
  // Laravel names an index from its table and columns when given columns; PostgreSQL's primary key is
  // always `<table>_pkey`.
  const dropped =
    written ??
    (name === "dropPrimary"
      ? `${table}_pkey`
      : columns
        ? indexName(table, columns, DROP_SUFFIX[name]!)
        : undefined);
  if (name === "dropPrimary" || name === "dropUnique") {
    // Laravel drops both as constraints on PostgreSQL (`alter table ... drop constraint`).
    r.push(at, { kind: "drop-constraint", table, ...(dropped !== undefined ? { name: dropped } : {}) });
    return;
  }
  r.push(at, {
    kind: "drop-index",
    table,
    ...(dropped !== undefined ? { name: dropped } : {}),
    ...(columns ? { columns } : {}),
  });
};

const dropForeign: BlueprintHandler = (r, { table }, { args }, at, env) => {
  const first = arg(args, 0, "columns");
  const fkName = stringValue(first);
  const columns = fkName === undefined ? r.strings(first, env) : undefined;
  const resolved = fkName ?? (columns ? indexName(table, columns, "foreign") : undefined);
  r.push(at, { kind: "drop-constraint", table, ...(resolved !== undefined ? { name: resolved } : {}) });
};

const rename: BlueprintHandler = (r, { table }, { args }, at, env) => {
  const to = r.string(arg(args, 0, "to"), env);
  if (to === undefined) r.unknown(at, "rename with a name the reader cannot resolve");
  else r.push(at, { kind: "rename-table", table, newName: to });
};

const drop: BlueprintHandler = (r, { table }, { name }, at) =>
  r.push(at, { kind: "drop-table", table, ...(name === "dropIfExists" ? { ifExists: true } : {}) });

/** `$table->after('email', function ($table) { ... })` groups columns; the closure gets the same Blueprint. */
const after: BlueprintHandler = (r, bp, { args }, _at, env) => {
  const closure = arg(args, 1, "columns");
  if (closure) readClosure(r, closure, bp, env);
};

/** Blueprint commands the reader acts on, by method name (as Laravel spells it). */
export const BLUEPRINT_CALLS: Readonly<Record<string, BlueprintHandler>> = {
  dropColumn,
  dropColumns: dropColumn,
  dropTimestamps: dropNamed("created_at", "updated_at"),
  dropTimestampsTz: dropNamed("created_at", "updated_at"),
  dropSoftDeletes,
  dropSoftDeletesTz: dropSoftDeletes,
  dropRememberToken: dropNamed("remember_token"),
  dropMorphs,
  dropConstrainedForeignId,
  dropConstrainedForeignIdFor: dropConstrainedForeignId,
  renameColumn,
  index: addIndex,
  unique: addIndex,
  primary: addIndex,
  fullText: addIndex,
  spatialIndex: addIndex,
  rawIndex: addIndex,
  foreign,
  dropIndex,
  dropUnique: dropIndex,
  dropPrimary: dropIndex,
  dropFullText: dropIndex,
  dropSpatialIndex: dropIndex,
  dropForeign,
  rename,
  drop,
  dropIfExists: drop,
  after,
};

/** How Laravel spells each method the reader knows, by its lower-case name: PHP method names are case-insensitive. */
const CANONICAL = new Map(
  [...COLUMN_METHODS, ...Object.keys(BLUEPRINT_CALLS), ...COLUMN_MODIFIERS, ...HARMLESS_BLUEPRINT].map(
    (n) => [n.toLowerCase(), n],
  ),
);

function canonical(name: string): string {
  return CANONICAL.get(name.toLowerCase()) ?? name;
}

/** `$table->a()->b()`: a column method with its modifiers, or a command with its handler. */
export function readBlueprintChain(r: Reader, bp: Blueprint, links: ChainLink[], env: Env): boolean {
  // PHP method names are case-insensitive: `$table->dateTime()` and `$table->datetime()` are one method.
  const [command, ...modifiers] = links.map((l) => extend(l, { name: canonical(l.name) })) as [
    ChainLink,
    ...ChainLink[],
  ];
  const at = links[links.length - 1]!.call;
  const definition = columnDefinition(command.name, command.args);
  if (definition) {
    readColumn(r, bp, definition, modifiers, at, env);
    return true;
  }
  const handler = handlerFor(BLUEPRINT_CALLS, command.name);
  if (handler) handler(r, bp, command, at, env);
  else if (!HARMLESS_BLUEPRINT.has(command.name))
    // A Blueprint macro (`$table->auditColumns()`) can add or drop anything.
    r.unknown(
      command.call,
      `Blueprint method ${command.name}() is not one the reader knows (a macro?), so what it changes cannot be read`,
    );
  return true;
}

/** `function (Blueprint $table) { ... }` or `fn ($table) => ...`: the body with its parameter bound. */
export function readClosure(r: Reader, node: Node, blueprint: Blueprint, env: Env): void {
  const fn = unwrap(node);
  if (fn.type !== "anonymous_function" && fn.type !== "arrow_function") {
    r.unknown(
      fn,
      `Schema::${blueprint.creating ? "create" : "table"} with a callback the reader cannot follow`,
    );
    return;
  }
  const param = fn.childForFieldName("parameters")?.namedChildren.find((p) => p?.type === "simple_parameter");
  const name = variableName(param?.childForFieldName("name"));
  const body = fn.childForFieldName("body");
  if (!name || !body) return;
  const inner: Env = new Map(env);
  inner.set(name, blueprint);
  r.visit(body, inner);
}
