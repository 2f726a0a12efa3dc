// `knex.schema.<method>(...)`: the schema builder's calls, one entry of SCHEMA_CALLS per method. createTable and
// alterTable hand their callback a table builder, whose calls table-calls.ts reads.
import type { Span } from "../../../types.js";
import type { Link, Node } from "../nodes.js";
import type { Scope } from "../walker.js";
import { readRaw } from "./raw-sql.js";
import type { Binding, Reader, TableBinding } from "./reader-context.js";

/** One call of a `knex.schema` chain. */
export interface SchemaCall {
  link: Link;
  call: Node;
  span: Span;
  scope: Scope<Binding>;
  /** What the chain set before this call: `withSchema('x')` qualifies the tables after it. */
  chain: { schema?: string };
}

type SchemaHandler = (r: Reader, c: SchemaCall) => void;

const qualified = (c: SchemaCall, name: string): string =>
  c.chain.schema ? `${c.chain.schema}.${name}` : name;
const arg = (r: Reader, c: SchemaCall, i: number): string | undefined => r.name(c.link.args[i], c.scope);
const missing = (r: Reader, c: SchemaCall, what: string): void =>
  r.notLiteral(c.call, `knex.schema.${c.link.name}`, what, c.span);

/** Reads a createTable / alterTable callback with its first parameter bound to the table builder. */
function tableCallback(r: Reader, cb: Node | undefined, binding: TableBinding, scope: Scope<Binding>): void {
  if (!cb) return;
  r.callback(cb, scope, (param, i) => (i === 0 && param.name !== undefined ? [[param.name, binding]] : []));
}

/** Schema builder methods that change nothing a rule looks at, and promise methods: their callbacks run. */
const HARMLESS = [
  "hasTable",
  "hasColumn",
  "createSchema",
  "createSchemaIfNotExists",
  "createExtension",
  "createExtensionIfNotExists",
  "dropExtension",
  "dropExtensionIfExists",
  "createView",
  "createViewOrReplace",
  "createMaterializedView",
  "refreshMaterializedView",
  "alterView",
  "dropView",
  "dropViewIfExists",
  "dropMaterializedView",
  "dropMaterializedViewIfExists",
  "transacting",
  "queryContext",
  "debug",
  "toString",
  "toSQL",
  "generateDdlCommands",
  "connection",
  "then",
  "catch",
  "finally",
  "asCallback",
];
const visitArgs: SchemaHandler = (r, c) => {
  for (const a of c.link.args) r.visit(a, c.scope);
};

const createTable =
  (name: "createTable" | "createTableIfNotExists" | "createTableLike"): SchemaHandler =>
  (r, c) => {
    const table = arg(r, c, 0);
    if (table === undefined) return missing(r, c, "table name");
    const columns: string[] = [];
    r.push(c.span, {
      kind: "create-table",
      table: qualified(c, table),
      columns,
      ...(name === "createTableIfNotExists" ? { ifNotExists: true } : {}),
    });
    const cb = c.link.args[name === "createTableLike" ? 2 : 1];
    tableCallback(r, cb, { kind: "table", table: qualified(c, table), create: true, columns }, c.scope);
  };

const alterTable: SchemaHandler = (r, c) => {
  const table = arg(r, c, 0);
  if (table === undefined) return missing(r, c, "table name");
  const binding: TableBinding = { kind: "table", table: qualified(c, table), create: false, columns: [] };
  tableCallback(r, c.link.args[1], binding, c.scope);
};

const dropTable =
  (ifExists: boolean): SchemaHandler =>
  (r, c) => {
    const table = arg(r, c, 0);
    if (table === undefined) return missing(r, c, "table name");
    r.push(c.span, {
      kind: "drop-table",
      table: qualified(c, table),
      ...(ifExists ? { ifExists: true } : {}),
    });
  };

const dropSchema: SchemaHandler = (r, c) =>
  r.unknown(
    c.call,
    "dropping a schema drops everything in it, which the reader does not list table by table",
    c.span,
  );

/** What each `knex.schema` method does; a name the table lacks is an `unknown`. */
// eslint-disable-next-line no-restricted-syntax -- one table, built once when the module loads (extend() would lose the handlers' parameter types)
export const SCHEMA_CALLS: Readonly<Record<string, SchemaHandler>> = {
  ...Object.fromEntries(HARMLESS.map((name) => [name, visitArgs])),
  withSchema(r, c) {
    c.chain.schema = arg(r, c, 0);
    if (c.chain.schema === undefined) missing(r, c, "schema name");
  },
  createTable: createTable("createTable"),
  createTableIfNotExists: createTable("createTableIfNotExists"),
  createTableLike: createTable("createTableLike"),
  alterTable,
  table: alterTable,
  dropTable: dropTable(false),
  dropTableIfExists: dropTable(true),
  renameTable(r, c) {
    const [from, to] = [arg(r, c, 0), arg(r, c, 1)];
    if (from === undefined || to === undefined) return missing(r, c, "table names");
    r.push(c.span, { kind: "rename-table", table: qualified(c, from), newName: qualified(c, to) });
  },
  raw(r, c) {
    readRaw(r, c.link, c.scope);
  },
  dropSchema,
  dropSchemaIfExists: dropSchema,
};
