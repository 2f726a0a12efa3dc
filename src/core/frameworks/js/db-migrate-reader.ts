// Reads one db-migrate migration into forward Operations: the calls `up(db, callback)` makes on its driver
// (`db.dropTable`, `db.removeColumn`, `db.runSql`...), in the callback style (`db.x(..., callback)`,
// `async.series([db.x.bind(db, ...)])`) and the promise style (`return db.x(...)`, `.then(() => db.y(...))`),
// and the same-file helpers it calls. `down` is read only to learn the type a column had before
// `changeColumn`, and to tell whether the migration can be rolled back.
// Each driver method is one entry of DB_CALLS, so what `removeColumn` means is found by its name.
import type { Parsers } from "../../parsers.js";
import type { ColumnDefault, ParsedMigration, Span } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { handlerFor, numberPlaceholders } from "../shared/toolkit.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { addedColumn, columnDefault, KnownTypes } from "./column-toolkit.js";
import { abstractType, sqlType, type JsColumnType } from "./column-types.js";
import { readJsMigration } from "./migration.js";
import { exportedFunction, type Param } from "./module.js";
import {
  booleanValue,
  chainOf,
  elements,
  entriesOf,
  numberValue,
  objectEntries,
  spanBetween,
  stringValue,
  type Node,
} from "./nodes.js";
import { MigrationWalker, type Scope } from "./walker.js";
import { extend } from "../../extend.js";

type Binding = { kind: "db" };

/** One driver call as a handler sees it: the arguments after any `.bind(db, ...)` receiver. */
interface DbCall {
  reader: DbMigrateReader;
  method: string;
  call: Node;
  args: Node[];
  span: Span;
  scope: Scope<Binding>;
}

/** db-migrate's abstract types (`type.STRING`, `'int'`) → the shared model; anything else is read as SQL. */
const ABSTRACT: Record<string, string> = {
  string: "string",
  char: "string",
  text: "text",
  int: "integer",
  integer: "integer",
  smallint: "smallint",
  bigint: "bigint",
  real: "float",
  decimal: "decimal",
  boolean: "boolean",
  date: "date",
  datetime: "datetime",
  timestamp: "datetime",
  time: "time",
  blob: "other",
  binary: "other",
  json: "other",
};

/** `path.join(__dirname, 'sqls', '20240101000000-x-up.sql')`, the `--sql-file` template's read. */
const SQL_FILE = /["']sqls["']\s*,\s*["'][^"'/]+-up\.sql["']/;

/** Driver calls that change nothing a rule looks at, or only read. */
const HARMLESS = new Set([
  "all",
  "insert",
  "connect",
  "close",
  "createDatabase",
  "switchDatabase",
  "addMigrationState",
]);

/**
 * What each driver method does. A handler pushes operations; a name the table lacks is an `unknown`.
 * Callbacks and `bind` are the caller's business: handlers see the method's own arguments.
 */
const DB_CALLS: Readonly<Record<string, (c: DbCall) => void>> = {
  runSql({ reader, call, args, scope }) {
    // `runSql(sql, params, cb)`: `?` placeholders are values, not identifiers, so the SQL still reads.
    const value = reader.resolve(args[0], scope);
    // `db-migrate create --sql-file` writes an up that reads `sqls/<name>-up.sql` and runs its text: that file
    // is a migration of its own (the plain SQL reader takes it), so the text read here is not unknown.
    if (value?.type !== "string" && value?.type !== "template_string" && reader.readsSqlFile) return;
    const params = reader.resolve(args[1], scope);
    const bound = params !== undefined && params.type === "array";
    reader.sql(args[0], call, scope, "db.runSql()", bound ? numberPlaceholders : undefined);
  },
  createTable({ reader, args, span, scope, call }) {
    const options = objectEntries(reader.resolve(args[1], scope))?.entries;
    // `createTable(name, { columns: {...}, ifNotExists: true })` or `createTable(name, columns)`.
    const columnsNode = options?.has("columns") ? options.get("columns") : args[1];
    const columns = objectEntries(reader.resolve(columnsNode, scope))?.entries;
    const table = reader.name(args[0], scope);
    if (table === undefined) return reader.missing(call, "createTable", "table name", span);
    for (const [column, spec] of columns ?? []) {
      const type = reader.columnType(spec, scope);
      if (type) reader.known.set(table, column, type.type);
    }
    reader.push(span, {
      kind: "create-table",
      table,
      columns: [...(columns?.keys() ?? [])],
      ...(booleanValue(options?.get("ifNotExists")) === true ? { ifNotExists: true } : {}),
    });
  },
  dropTable({ reader, args, span, scope, call }) {
    const table = reader.name(args[0], scope);
    if (table === undefined) return reader.missing(call, "dropTable", "table name", span);
    const options = entriesOf(reader.resolve(args[1], scope));
    reader.push(span, {
      kind: "drop-table",
      table,
      ...(booleanValue(options.get("ifExists")) === true ? { ifExists: true } : {}),
    });
  },
  renameTable({ reader, args, span, scope, call }) {
    const [from, to] = [reader.name(args[0], scope), reader.name(args[1], scope)];
    if (from === undefined || to === undefined)
      return reader.missing(call, "renameTable", "table names", span);
    reader.push(span, { kind: "rename-table", table: from, newName: to });
  },
  addColumn({ reader, args, span, scope, call }) {
    const [table, column] = [reader.name(args[0], scope), reader.name(args[1], scope)];
    if (table === undefined || column === undefined)
      return reader.missing(call, "addColumn", "table or column name", span);
    reader.addColumn(span, table, column, args[2], scope);
  },
  removeColumn({ reader, args, span, scope, call }) {
    const [table, column] = [reader.name(args[0], scope), reader.name(args[1], scope)];
    if (table === undefined || column === undefined)
      return reader.missing(call, "removeColumn", "table or column name", span);
    reader.push(span, { kind: "drop-column", table, column });
  },
  renameColumn({ reader, args, span, scope, call }) {
    const [table, from, to] = [0, 1, 2].map((i) => reader.name(args[i], scope));
    if (table === undefined || from === undefined || to === undefined)
      return reader.missing(call, "renameColumn", "table or column names", span);
    reader.push(span, { kind: "rename-column", table, column: from, newName: to });
  },
  changeColumn({ reader, args, span, scope, call }) {
    const [table, column] = [reader.name(args[0], scope), reader.name(args[1], scope)];
    if (table === undefined || column === undefined)
      return reader.missing(call, "changeColumn", "table or column name", span);
    reader.changeColumn(span, table, column, args[2], scope);
  },
  addIndex({ reader, args, span, scope, call }) {
    // addIndex(table, indexName, columns, unique)
    const table = reader.name(args[0], scope);
    const name = reader.name(args[1], scope);
    const value = reader.resolve(args[2], scope);
    const single = stringValue(value);
    const columns =
      single !== undefined ? [single] : elements(value)?.map((c) => stringValue(reader.resolve(c, scope)));
    if (table === undefined || !columns || columns.some((c) => c === undefined))
      return reader.missing(call, "addIndex", "table or columns", span);
    reader.push(span, {
      kind: "add-index",
      table,
      columns: columns as string[],
      ...(name !== undefined ? { name } : {}),
      ...(booleanValue(reader.resolve(args[3], scope)) === true ? { unique: true } : {}),
    });
  },
  removeIndex({ reader, args, span, scope }) {
    // removeIndex(indexName) or removeIndex(table, indexName); the last string is the index.
    const names = args.map((a) => reader.name(a, scope)).filter((n): n is string => n !== undefined);
    const [table, name] = names.length >= 2 ? [names[0], names[1]] : [undefined, names[0]];
    reader.push(span, {
      kind: "drop-index",
      ...(table !== undefined ? { table } : {}),
      ...(name !== undefined ? { name } : {}),
    });
  },
  addForeignKey({ reader, args, span, scope, call }) {
    // addForeignKey(table, referencedTable, keyName, mapping, rules)
    const table = reader.name(args[0], scope);
    if (table === undefined) return reader.missing(call, "addForeignKey", "table name", span);
    const name = reader.name(args[2], scope);
    reader.push(span, {
      kind: "add-constraint",
      table,
      constraint: "foreign-key",
      ...(name !== undefined ? { name } : {}),
      validated: true,
    });
  },
  removeForeignKey({ reader, args, span, scope, call }) {
    const table = reader.name(args[0], scope);
    if (table === undefined) return reader.missing(call, "removeForeignKey", "table name", span);
    const name = reader.name(args[1], scope);
    reader.push(span, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
  },
};

class DbMigrateReader extends MigrationWalker<Binding> {
  readonly known = new KnownTypes();
  /** The up reads a literal `sqls/...-up.sql` file, as the `--sql-file` template does. */
  readsSqlFile = false;

  run(up: Node, down: Node | undefined): void {
    const bind = (param: Param, i: number): [string, Binding][] =>
      i === 0 && param.name !== undefined ? [[param.name, { kind: "db" }]] : [];
    this.readsSqlFile = SQL_FILE.test(up.text);
    this.readDownThenUp(up, down, "changeColumn", bind);
  }

  missing(call: Node, method: string, what: string, span: Span): void {
    this.notLiteral(call, `db.${method}`, what, span);
  }

  protected call(call: Node, scope: Scope<Binding>): boolean {
    const { root, links } = chainOf(call);
    if (!this.isHandle(root, scope, "db") || links.length === 0) return false;
    const first = links[0]!;
    // `db.dropTable.bind(db, 'users')`: the call happens later, with these arguments.
    const bound = links[1]?.name === "bind" && links[1].call ? links[1] : undefined;
    const invoked = bound ?? first;
    if (!invoked.call) return false;
    const args = bound ? bound.args.slice(1) : first.args;
    const span = spanBetween(first.nameNode, invoked.call);
    const handler = handlerFor(DB_CALLS, first.name);
    if (handler) handler({ reader: this, method: first.name, call: invoked.call, args, span, scope });
    else if (!HARMLESS.has(first.name) && !this.learning)
      this.emit.unknown(
        invoked.call,
        `db.${first.name} is not a db-migrate driver method the reader knows`,
        span,
      );
    // Callbacks passed along (`db.x(..., () => db.y(...))`, `.then(() => db.y(...))`) run too.
    for (const link of links) for (const arg of link.args) this.visit(arg, scope);
    return true;
  }

  /** A column spec is a type (`'string'`, `type.STRING`) or `{ type, length, notNull, defaultValue, ... }`. */
  columnType(spec: Node | undefined, scope: Scope<Binding>): JsColumnType | undefined {
    const value = this.resolve(spec, scope);
    const entries = entriesOf(value);
    const typeNode = this.resolve(entries.get("type"), scope) ?? value;
    const text = stringValue(typeNode) ?? dataTypeConstant(typeNode);
    if (text === undefined) return undefined;
    const abstract = ABSTRACT[text.toLowerCase()];
    if (!abstract) return sqlType(text);
    const length = numberValue(entries.get("length"));
    const precision = numberValue(entries.get("precision"));
    const scale = numberValue(entries.get("scale"));
    const shown = length !== undefined ? `${text}(${length})` : text;
    return abstractType(
      abstract,
      shown,
      extend(
        length !== undefined && abstract === "string" ? { limit: length } : {},
        precision !== undefined ? { precision } : {},
        scale !== undefined ? { scale } : {},
      ),
    );
  }

  addColumn(span: Span, table: string, column: string, spec: Node | undefined, scope: Scope<Binding>): void {
    const options = entriesOf(this.resolve(spec, scope));
    const type = this.columnType(spec, scope);
    if (type) this.known.set(table, column, type.type);
    const notNull =
      booleanValue(options.get("notNull")) === true || booleanValue(options.get("primaryKey")) === true;
    const value = this.defaultOf(options.get("defaultValue"), scope);
    const ops = addedColumn(table, column, {
      type,
      notNull,
      default: value,
      unique: booleanValue(options.get("unique")) === true,
      references: options.has("foreignKey"),
    });
    for (const op of ops) this.push(span, op);
  }

  changeColumn(
    span: Span,
    table: string,
    column: string,
    spec: Node | undefined,
    scope: Scope<Binding>,
  ): void {
    const options = entriesOf(this.resolve(spec, scope));
    const type = this.columnType(spec, scope);
    const change = type && this.known.restate(table, column, type);
    if (change) this.push(span, change);
    const notNull = booleanValue(options.get("notNull"));
    if (notNull === true) this.push(span, { kind: "set-not-null", table, column });
    if (notNull === false) this.push(span, { kind: "drop-not-null", table, column });
    if (options.has("defaultValue")) {
      const value = this.defaultOf(options.get("defaultValue"), scope);
      this.push(span, { kind: "change-default", table, column, ...(value ? { default: value } : {}) });
    }
  }

  private defaultOf(node: Node | undefined, scope: Scope<Binding>): ColumnDefault | undefined {
    return columnDefault(this.resolve(node, scope), (value) => {
      // `{ defaultValue: new String('now()') }` is db-migrate's way to write raw SQL.
      const raw = /^new\s+String\s*\(/.test(value.text)
        ? stringValue(this.resolve(argOf(value), scope))
        : undefined;
      return raw === undefined ? undefined : { volatile: isVolatileSql(raw), text: raw };
    });
  }
}

/** `type.STRING`, `dbm.dataType.BIGINT` → "string", "bigint". */
function dataTypeConstant(node: Node | undefined): string | undefined {
  if (node?.type !== "member_expression") return undefined;
  const property = node.childForFieldName("property")?.text;
  return property && /^[A-Z_]+$/.test(property) ? property.toLowerCase() : undefined;
}

/** The first argument of `new String(x)`. */
function argOf(node: Node): Node | undefined {
  const args = node.childForFieldName("arguments");
  return args?.namedChildren.find((c) => c !== null && c.type !== "comment") ?? undefined;
}

export function readDbMigrateMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return readJsMigration(
    "db-migrate",
    input,
    parsers,
    "No exported `up` function was found in this db-migrate migration",
    ({ module, up, emit }) => {
      new DbMigrateReader(module, emit).run(up, exportedFunction(module, "down"));
    },
  );
}
