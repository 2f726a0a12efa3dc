// Reads one Knex migration into forward Operations: `up` (however it is exported) and the same-file helpers it
// calls. Schema builder chains (`knex.schema.alterTable(...)`), table builder calls inside their callbacks,
// query builder writes (`knex('users').where(...).update(...)`) and `knex.raw` SQL. `down` is read only to learn
// the type a column had before `.alter()`, and to tell whether the migration can be rolled back.
import type { Parsers } from "../../parsers.js";
import type { ColumnDefault, ParsedMigration, Span } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { classifyTypeChange, type ColumnType } from "../../column-types/index.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { abstractType, sameType, sqlType, type JsColumnType } from "./column-types.js";
import { Emitter } from "./emitter.js";
import { readJsMigration } from "./migration.js";
import { exportedFunction, type JsModule, type Param } from "./module.js";
import {
  booleanValue,
  chainOf,
  entriesOf,
  isNullish,
  isPlainLiteral,
  numberValue,
  spanBetween,
  spanOf,
  stringList,
  stringValue,
  unwrap,
  type Link,
  type Node,
} from "./nodes.js";
import { MigrationWalker, type Scope } from "./walker.js";

type Binding =
  | { kind: "knex" }
  /** The table builder a createTable / alterTable callback receives. */
  | { kind: "table"; table: string; create: boolean; columns: string[] };

/** Schema builder methods that change nothing a rule looks at. */
const SCHEMA_HARMLESS = new Set([
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
]);
const PROMISE = new Set(["then", "catch", "finally", "asCallback"]);
const TABLE_HARMLESS = new Set(["engine", "charset", "collate", "inherits", "comment", "queryContext"]);
const QUERY_TABLE = new Set(["table", "from", "into", "fromRaw"]);

interface ColumnSpec {
  type: JsColumnType;
  serial?: boolean;
}

/** Knex column builders → the type they create. `args` are the arguments after the column name. */
function columnType(method: string, args: Node[]): ColumnSpec | undefined {
  const n = (i: number): number | undefined => numberValue(args[i]);
  switch (method) {
    case "increments":
      return { type: abstractType("integer", "serial"), serial: true };
    case "bigIncrements":
      return { type: abstractType("bigint", "bigserial"), serial: true };
    case "integer":
    case "mediumint":
      return { type: abstractType("integer", "integer") };
    case "bigInteger":
    case "bigint":
      return { type: abstractType("bigint", "bigint") };
    case "tinyint":
    case "smallint":
      return { type: abstractType("smallint", "smallint") };
    case "text":
      return { type: abstractType("text", "text") };
    case "string": {
      const limit = n(0) ?? 255;
      return { type: abstractType("string", `varchar(${limit})`, { limit }) };
    }
    case "float":
    case "double":
      return { type: abstractType("float", method) };
    case "decimal": {
      // Knex's defaults: precision 8, scale 2; `decimal('x', null)` is an unconstrained numeric.
      const precision = isNullish(args[0]) ? undefined : (n(0) ?? 8);
      const scale = precision === undefined ? undefined : (n(1) ?? 2);
      const text = precision === undefined ? "decimal" : `decimal(${precision},${scale})`;
      return {
        type: abstractType("decimal", text, {
          ...(precision !== undefined ? { precision } : {}),
          ...(scale !== undefined ? { scale } : {}),
        }),
      };
    }
    case "boolean":
      return { type: abstractType("boolean", "boolean") };
    case "date":
      return { type: abstractType("date", "date") };
    case "datetime":
    case "timestamp":
      return { type: abstractType("datetime", "timestamp") };
    case "time":
      return { type: abstractType("time", "time") };
    case "specificType": {
      const text = stringValue(args[0]);
      if (text === undefined) return { type: { text: "specificType", type: { type: "unknown" } } };
      const t = sqlType(text);
      return { type: t, ...(t.serial ? { serial: true } : {}) };
    }
    case "binary":
    case "enum":
    case "enu":
    case "json":
    case "jsonb":
    case "uuid":
    case "geometry":
    case "geography":
    case "point":
      return { type: abstractType(method, method) };
    default:
      return undefined;
  }
}

const key = (table: string, column: string): string => `${table}.${column}`;

class KnexReader extends MigrationWalker<Binding> {
  /** Types of columns as this file knows them (added earlier, or restored by `down`). */
  private readonly known = new Map<string, ColumnType>();

  constructor(
    module: JsModule,
    emit: Emitter,
    private readonly database: ParseInput["database"],
  ) {
    super(module, emit);
  }

  run(up: Node, down: Node | undefined): void {
    const bindFirst = (param: Param, i: number): [string, Binding][] =>
      i === 0 && param.name !== undefined ? [[param.name, { kind: "knex" }]] : [];
    this.readDownThenUp(up, down, ".alter(", bindFirst);
  }

  protected override binding(value: Node, scope: Scope<Binding>): Binding | undefined {
    // `const trx = await knex.transaction()`
    const chain = chainOf(value);
    if (
      chain.links.length === 1 &&
      chain.links[0]!.name === "transaction" &&
      this.isHandle(chain.root, scope, "knex")
    )
      return { kind: "knex" };
    return undefined;
  }

  protected override escaped(call: Node, argument: string): void {
    this.unknown(
      call,
      `passes \`${argument}\` to a function that is not defined in this file, so what it does cannot be read`,
    );
  }

  protected call(call: Node, scope: Scope<Binding>): boolean {
    const { root, links } = chainOf(call);
    if (links.length === 0) {
      // `knex('users')` on its own reads nothing.
      return false;
    }
    if (root.type === "call_expression") {
      const fn = root.childForFieldName("function");
      if (!fn || !this.isHandle(unwrap(fn), scope, "knex")) return false;
      const args = root.childForFieldName("arguments")?.namedChildren.filter((c): c is Node => c !== null);
      this.query(root, this.name(args?.[0], scope), links, scope);
      return true;
    }
    if (root.type !== "identifier") return false;
    const bound = scope.bindings.get(root.text);
    if (bound?.kind === "table") {
      this.tableCall(root, bound, links, scope);
      return true;
    }
    if (!this.isHandle(root, scope, "knex")) return false;
    const [first, ...rest] = links;
    switch (first!.name) {
      case "schema":
        this.schema(root, rest, scope);
        return true;
      case "raw":
        if (first!.call) this.raw(first!, scope);
        this.promise(rest, scope);
        return true;
      case "transaction":
        this.callback(first!.args[0], scope, (param, i) =>
          i === 0 && param.name !== undefined ? [[param.name, { kind: "knex" }]] : [],
        );
        this.promise(rest, scope);
        return true;
      default:
        if (QUERY_TABLE.has(first!.name) || first!.name === "queryBuilder" || first!.name === "select") {
          this.query(root, undefined, links, scope);
          return true;
        }
        // knex.fn.now(), knex.destroy(), knex.ref(): nothing to read.
        for (const link of links) for (const a of link.args) this.visit(a, scope);
        return true;
    }
  }

  /** `.then(cb)` and friends after a builder: the callbacks run. */
  private promise(links: Link[], scope: Scope<Binding>): void {
    for (const link of links) for (const a of link.args) this.visit(a, scope);
  }

  private raw(link: Link, scope: Scope<Binding>): void {
    if (this.learning) return;
    const bindings = link.args[1];
    this.emit.sql(this.resolve(link.args[0], scope), link.call!, "knex.raw()", (sql) => {
      if (!bindings) return sql;
      // `??` binds an identifier, so the table or column is not known until run time.
      if (sql.includes("??")) return undefined;
      // `?` binds a value: PostgreSQL's parser reads `$n` where Knex will send the value.
      if (this.database !== "postgresql") return sql;
      let n = 0;
      return sql.replace(/\?/g, () => `$${++n}`);
    });
  }

  // ---------------------------------------------------------------- knex.schema...

  private schema(root: Node, links: Link[], scope: Scope<Binding>): void {
    let schema: string | undefined;
    const qualified = (name: string): string => (schema ? `${schema}.${name}` : name);
    for (const link of links) {
      const call = link.call;
      if (!call) continue;
      const span = spanBetween(link.nameNode, call);
      const arg = (i: number): string | undefined => this.name(link.args[i], scope);
      const missing = (what: string): void =>
        this.unknown(
          call,
          `knex.schema.${link.name} whose ${what} is not a string literal cannot be followed`,
          span,
        );
      switch (link.name) {
        case "withSchema":
          schema = arg(0);
          if (schema === undefined) missing("schema name");
          break;
        case "createTable":
        case "createTableIfNotExists":
        case "createTableLike": {
          const table = arg(0);
          if (table === undefined) {
            missing("table name");
            break;
          }
          const columns: string[] = [];
          this.push(span, {
            kind: "create-table",
            table: qualified(table),
            columns,
            ...(link.name === "createTableIfNotExists" ? { ifNotExists: true } : {}),
          });
          const cb = link.args[link.name === "createTableLike" ? 2 : 1];
          this.tableCallback(cb, { kind: "table", table: qualified(table), create: true, columns }, scope);
          break;
        }
        case "alterTable":
        case "table": {
          const table = arg(0);
          if (table === undefined) {
            missing("table name");
            break;
          }
          const binding: Binding = { kind: "table", table: qualified(table), create: false, columns: [] };
          this.tableCallback(link.args[1], binding, scope);
          break;
        }
        case "dropTable":
        case "dropTableIfExists": {
          const table = arg(0);
          if (table === undefined) {
            missing("table name");
            break;
          }
          this.push(span, {
            kind: "drop-table",
            table: qualified(table),
            ...(link.name === "dropTableIfExists" ? { ifExists: true } : {}),
          });
          break;
        }
        case "renameTable": {
          const [from, to] = [arg(0), arg(1)];
          if (from === undefined || to === undefined) {
            missing("table names");
            break;
          }
          this.push(span, { kind: "rename-table", table: qualified(from), newName: qualified(to) });
          break;
        }
        case "raw":
          this.raw(link, scope);
          break;
        case "dropSchema":
        case "dropSchemaIfExists":
          this.unknown(
            call,
            "dropping a schema drops everything in it, which the reader does not list table by table",
            span,
          );
          break;
        default:
          if (SCHEMA_HARMLESS.has(link.name) || PROMISE.has(link.name)) {
            for (const a of link.args) this.visit(a, scope);
            break;
          }
          this.unknown(call, `knex.schema.${link.name} is not a schema method the reader knows`, span);
      }
    }
    void root;
  }

  private tableCallback(cb: Node | undefined, binding: Binding, scope: Scope<Binding>): void {
    if (!cb) return;
    this.callback(cb, scope, (param, i) =>
      i === 0 && param.name !== undefined ? [[param.name, binding]] : [],
    );
  }

  // ---------------------------------------------------------------- table builder: t.string(...), t.dropColumn(...)

  private tableCall(
    root: Node,
    t: Extract<Binding, { kind: "table" }>,
    links: Link[],
    scope: Scope<Binding>,
  ): void {
    const first = links[0]!;
    const call = first.call;
    if (!call) return;
    const last = links[links.length - 1]!;
    const span = spanOf(last.call ?? call);
    const whole: Span = { line: root.startPosition.row + 1, endLine: span.endLine };
    const table = t.table;
    const names = (from = 0): string[] | undefined => {
      const out: string[] = [];
      for (const a of first.args.slice(from)) {
        const list = stringList(this.resolve(a, scope));
        if (!list) return undefined;
        out.push(...list);
      }
      return out;
    };
    const missing = (what: string): void =>
      this.unknown(
        last.call ?? call,
        `${first.name}() whose ${what} is not a string literal cannot be followed`,
        whole,
      );
    const spec = columnType(first.name, first.args.slice(1));
    if (spec) return this.column(whole, t, first, links.slice(1), spec, scope);

    switch (first.name) {
      case "dropColumn":
      case "dropColumns": {
        const columns = names();
        if (!columns) return missing("column name");
        for (const column of columns) this.push(whole, { kind: "drop-column", table, column });
        return;
      }
      case "renameColumn": {
        const [from, to] = [this.name(first.args[0], scope), this.name(first.args[1], scope)];
        if (from === undefined || to === undefined) return missing("column names");
        this.push(whole, { kind: "rename-column", table, column: from, newName: to });
        return;
      }
      case "timestamps": {
        const defaultToNow = booleanValue(first.args[1]) === true;
        for (const column of ["created_at", "updated_at"]) {
          if (t.create) t.columns.push(column);
          else
            this.push(whole, {
              kind: "add-column",
              table,
              column,
              type: "timestamp",
              notNull: defaultToNow,
              ...(defaultToNow ? { default: { volatile: false, text: "CURRENT_TIMESTAMP" } } : {}),
            });
        }
        return;
      }
      case "dropTimestamps":
        for (const column of ["created_at", "updated_at"])
          this.push(whole, { kind: "drop-column", table, column });
        return;
      case "index":
      case "unique": {
        const columns = stringList(this.resolve(first.args[0], scope));
        const options = this.resolve(first.args[1], scope);
        const name = stringValue(options) ?? stringValue(entriesOf(options).get("indexName"));
        if (!columns) return missing("columns");
        const useConstraint = booleanValue(entriesOf(options).get("useConstraint"));
        if (first.name === "unique" && useConstraint !== false) {
          this.push(whole, {
            kind: "add-constraint",
            table,
            constraint: "unique",
            ...(name !== undefined ? { name } : {}),
            validated: true,
          });
        } else {
          this.push(whole, {
            kind: "add-index",
            table,
            columns,
            ...(name !== undefined ? { name } : {}),
            ...(first.name === "unique" ? { unique: true } : {}),
          });
        }
        return;
      }
      case "foreign": {
        const name = this.name(first.args[1], scope);
        this.push(whole, {
          kind: "add-constraint",
          table,
          constraint: "foreign-key",
          ...(name !== undefined ? { name } : {}),
          validated: true,
        });
        return;
      }
      case "primary": {
        const options = this.resolve(first.args[1], scope);
        const name = stringValue(options) ?? stringValue(entriesOf(options).get("constraintName"));
        this.push(whole, {
          kind: "add-constraint",
          table,
          constraint: "primary-key",
          ...(name !== undefined ? { name } : {}),
          validated: true,
        });
        return;
      }
      case "check": {
        const name = this.name(first.args[2], scope);
        this.push(whole, {
          kind: "add-constraint",
          table,
          constraint: "check",
          ...(name !== undefined ? { name } : {}),
          validated: true,
        });
        return;
      }
      case "dropIndex": {
        const columns = stringList(this.resolve(first.args[0], scope));
        const name = this.name(first.args[1], scope);
        this.push(whole, {
          kind: "drop-index",
          table,
          ...(name !== undefined ? { name } : {}),
          ...(columns ? { columns } : {}),
        });
        return;
      }
      case "dropUnique":
      case "dropForeign":
      case "dropPrimary":
      case "dropChecks": {
        const name = this.name(first.args[first.name === "dropPrimary" ? 0 : 1], scope);
        this.push(whole, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
        return;
      }
      case "setNullable":
      case "dropNullable": {
        const column = this.name(first.args[0], scope);
        if (column === undefined) return missing("column name");
        // Knex's names read backwards: dropNullable removes the permission to hold NULL.
        this.push(whole, {
          kind: first.name === "dropNullable" ? "set-not-null" : "drop-not-null",
          table,
          column,
        });
        return;
      }
      case "dropDefault": {
        return;
      }
      default:
        if (TABLE_HARMLESS.has(first.name)) return;
        this.unknown(
          last.call ?? call,
          `table.${first.name}() is not a table builder method the reader knows`,
          whole,
        );
    }
  }

  /** `t.string('name', 100).notNullable().defaultTo('x')` and `.alter()`. */
  private column(
    span: Span,
    t: Extract<Binding, { kind: "table" }>,
    first: Link,
    modifiers: Link[],
    spec: ColumnSpec,
    scope: Scope<Binding>,
  ): void {
    const column = this.name(first.args[0], scope);
    if (column === undefined) {
      this.unknown(
        first.call!,
        `table.${first.name}() whose column name is not a string literal cannot be followed`,
        span,
      );
      return;
    }
    const table = t.table;
    let notNull: boolean | undefined = spec.serial ? true : undefined;
    let defaultValue: ColumnDefault | undefined = spec.serial
      ? { volatile: true, text: "nextval() of the column's sequence" }
      : undefined;
    let alter: Node[] | undefined;
    let unique = false;
    let index = false;
    let primary = false;
    let references = false;
    for (const m of modifiers) {
      switch (m.name) {
        case "notNullable":
          notNull = true;
          break;
        case "nullable":
          notNull = false;
          break;
        case "defaultTo":
          defaultValue = this.defaultOf(m.args[0], scope);
          break;
        case "alter":
          alter = m.args;
          break;
        case "unique":
          unique = true;
          break;
        case "index":
          index = true;
          break;
        case "primary":
          primary = true;
          break;
        case "references":
        case "inTable":
          references = true;
          break;
        default:
          break;
      }
    }
    if (t.create) {
      t.columns.push(column);
      this.known.set(key(table, column), spec.type.type);
      return;
    }
    if (alter) {
      const options = entriesOf(this.resolve(alter[0], scope));
      const previous = this.known.get(key(table, column));
      // The same type restated (to change only NULL or the default) leaves the stored values alone.
      if (booleanValue(options.get("alterType")) !== false && !sameType(previous, spec.type.type)) {
        this.push(span, {
          kind: "change-column-type",
          table,
          column,
          type: spec.type.text,
          ...classifyTypeChange(previous, spec.type.type),
        });
      }
      this.known.set(key(table, column), spec.type.type);
      if (booleanValue(options.get("alterNullable")) !== false) {
        // `.alter()` restates the whole column: without notNullable() Knex drops NOT NULL.
        this.push(span, { kind: notNull === true ? "set-not-null" : "drop-not-null", table, column });
      }
      if (defaultValue && !spec.serial)
        this.push(span, { kind: "change-default", table, column, default: defaultValue });
      return;
    }
    this.known.set(key(table, column), spec.type.type);
    this.push(span, {
      kind: "add-column",
      table,
      column,
      type: spec.type.text,
      notNull: notNull === true || primary,
      ...(defaultValue ? { default: defaultValue } : {}),
    });
    if (primary)
      this.push(span, { kind: "add-constraint", table, constraint: "primary-key", validated: true });
    if (unique) this.push(span, { kind: "add-constraint", table, constraint: "unique", validated: true });
    if (index) this.push(span, { kind: "add-index", table, columns: [column] });
    if (references)
      this.push(span, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
  }

  private defaultOf(node: Node | undefined, scope: Scope<Binding>): ColumnDefault | undefined {
    if (!node) return undefined;
    const value = this.resolve(node, scope) ?? node;
    if (isNullish(value)) return undefined;
    if (isPlainLiteral(value)) return { volatile: false, text: value.text };
    const chain = chainOf(value);
    const names = chain.links.map((l) => l.name).join(".");
    if (names === "fn.now") return { volatile: false, text: "now()" };
    if (names === "fn.uuid" || names === "fn.uuidToBin") return { volatile: true, text: value.text };
    if (names === "raw") {
      const sql = stringValue(this.resolve(chain.links[0]!.args[0], scope));
      return { volatile: sql === undefined ? false : isVolatileSql(sql), text: sql ?? value.text };
    }
    return { volatile: isVolatileSql(value.text), text: value.text };
  }

  // ---------------------------------------------------------------- knex('users').where(...).update(...)

  private query(root: Node, initial: string | undefined, links: Link[], scope: Scope<Binding>): void {
    let table = initial;
    let filtered = false;
    let alternatives = false;
    const nulls = new Set<string>();
    for (const link of links) {
      const name = link.name;
      const call = link.call;
      if (!call) continue;
      if (QUERY_TABLE.has(name) && link.args[0]) {
        table = this.name(link.args[0], scope) ?? table;
        continue;
      }
      if (/^(?:and|or)?where/i.test(name) || name === "whereNull" || name === "having") {
        filtered = true;
        if (name.startsWith("or")) alternatives = true;
        this.nullFilter(name, link.args, nulls, scope);
        continue;
      }
      const span = spanBetween(root, call);
      switch (name) {
        case "del":
        case "delete":
          if (table === undefined)
            return this.unknown(call, "a query whose table is not a string literal deletes rows", span);
          this.push(span, { kind: "delete-rows", table, filtered, via: `.${name}()` });
          break;
        case "truncate":
          if (table === undefined)
            return this.unknown(call, "a query whose table is not a string literal is truncated", span);
          this.push(span, { kind: "truncate", tables: [table] });
          break;
        case "update":
        case "increment":
        case "decrement": {
          if (table === undefined)
            return this.unknown(call, "a query whose table is not a string literal updates rows", span);
          const first = this.resolve(link.args[0], scope);
          const single = stringValue(first);
          const columns = single !== undefined ? [single] : [...entriesOf(first).keys()];
          this.push(span, {
            kind: "update-rows",
            table,
            columns,
            filtered,
            onlyNulls: !alternatives && columns.length > 0 && columns.every((c) => nulls.has(c)),
            via: `.${name}()`,
          });
          break;
        }
        default:
          for (const a of link.args) this.visit(a, scope);
      }
    }
  }

  /** Columns a where-link restricts to NULL: whereNull('c'), where('c', null), where({ c: null }), whereRaw('c IS NULL'). */
  private nullFilter(name: string, args: Node[], nulls: Set<string>, scope: Scope<Binding>): void {
    const lower = name.toLowerCase();
    if (lower.endsWith("wherenull")) {
      const column = this.name(args[0], scope);
      if (column !== undefined) nulls.add(column);
      return;
    }
    if (lower.endsWith("whereraw")) {
      const sql = this.name(args[0], scope);
      const m = sql ? /^\s*"?(\w+)"?\s+IS\s+NULL\s*$/i.exec(sql) : undefined;
      if (m) nulls.add(m[1]!);
      return;
    }
    if (!/^(and)?where$/i.test(name)) return;
    const first = this.resolve(args[0], scope);
    const column = stringValue(first);
    if (column !== undefined) {
      const value =
        args.length === 2
          ? args[1]
          : args.length === 3 && /^is$/i.test(stringValue(args[1]) ?? "")
            ? args[2]
            : undefined;
      if (value && unwrap(value).type === "null") nulls.add(column.replace(/^.*\./, ""));
      return;
    }
    for (const [k, v] of entriesOf(first)) if (unwrap(v).type === "null") nulls.add(k.replace(/^.*\./, ""));
  }
}

export function readKnexMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return readJsMigration(
    "knex",
    input,
    parsers,
    "No exported `up` function was found in this Knex migration",
    ({ module, up, emit }) => {
      new KnexReader(module, emit, input.database).run(up, exportedFunction(module, "down"));
    },
  );
}
