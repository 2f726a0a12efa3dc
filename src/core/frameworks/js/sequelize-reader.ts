// Reads one Sequelize migration (sequelize-cli or umzug) into forward Operations: the `queryInterface` calls of
// `up` and the same-file helpers it calls, and `queryInterface.sequelize.query(...)` SQL. `down` is read only to
// learn the type a column had before `changeColumn`, and to tell whether the migration can be rolled back.
import type { Parsers } from "../../parsers.js";
import type { ColumnDefault, ParsedMigration, Span } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { classifyTypeChange, type ColumnType } from "../../column-types/index.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { abstractType, sameType, sqlType, type JsColumnType } from "./column-types.js";
import { readJsMigration } from "./migration.js";
import { exportedFunction, type Param } from "./module.js";
import {
  booleanValue,
  chainOf,
  elements,
  entriesOf,
  isNullish,
  isPlainLiteral,
  numberValue,
  objectEntries,
  spanBetween,
  stringValue,
  unwrap,
  type Link,
  type Node,
} from "./nodes.js";
import { MigrationWalker, type Scope } from "./walker.js";

type Binding =
  | { kind: "queryInterface" }
  /** `queryInterface.sequelize`: runs SQL. */
  | { kind: "sequelize" }
  /** The `Sequelize` class (second parameter): only data types and helpers like `fn` / `literal`. */
  | { kind: "types" };

/** queryInterface methods that change nothing a rule looks at. */
const HARMLESS = new Set([
  "bulkInsert",
  "upsert",
  "insert",
  "select",
  "rawSelect",
  "describeTable",
  "showAllTables",
  "showAllSchemas",
  "showIndex",
  "tableExists",
  "getForeignKeysForTables",
  "getForeignKeyReferencesForTable",
  "createSchema",
  "createFunction",
  "dropFunction",
  "renameFunction",
  "createTrigger",
  "dropTrigger",
  "renameTrigger",
  "dropEnum",
  "quoteIdentifier",
  "quoteTable",
]);

interface SequelizeType {
  abstract: string;
  sql: string;
  /** Default length when none is given. */
  limit?: number;
}

const TYPES: Record<string, SequelizeType> = {
  STRING: { abstract: "string", sql: "varchar", limit: 255 },
  CHAR: { abstract: "string", sql: "char", limit: 255 },
  TEXT: { abstract: "text", sql: "text" },
  CITEXT: { abstract: "text", sql: "citext" },
  TINYINT: { abstract: "smallint", sql: "smallint" },
  SMALLINT: { abstract: "smallint", sql: "smallint" },
  MEDIUMINT: { abstract: "integer", sql: "integer" },
  INTEGER: { abstract: "integer", sql: "integer" },
  BIGINT: { abstract: "bigint", sql: "bigint" },
  FLOAT: { abstract: "float", sql: "float" },
  REAL: { abstract: "float", sql: "real" },
  DOUBLE: { abstract: "float", sql: "double precision" },
  DECIMAL: { abstract: "decimal", sql: "decimal" },
  NUMERIC: { abstract: "decimal", sql: "numeric" },
  BOOLEAN: { abstract: "boolean", sql: "boolean" },
  DATE: { abstract: "datetime", sql: "timestamp with time zone" },
  DATEONLY: { abstract: "date", sql: "date" },
  TIME: { abstract: "time", sql: "time" },
  UUID: { abstract: "uuid", sql: "uuid" },
  JSON: { abstract: "json", sql: "json" },
  JSONB: { abstract: "jsonb", sql: "jsonb" },
  ENUM: { abstract: "enum", sql: "enum" },
  ARRAY: { abstract: "array", sql: "array" },
  BLOB: { abstract: "binary", sql: "bytea" },
  INET: { abstract: "inet", sql: "inet" },
};

/** `Sequelize.STRING(100)`, `DataTypes.DECIMAL(10, 2)`, `Sequelize.INTEGER.UNSIGNED`, `'VARCHAR(20)'`. */
function typeOf(node: Node | undefined): JsColumnType | undefined {
  if (!node) return undefined;
  const text = stringValue(node);
  if (text !== undefined) return sqlType(text);
  const { links } = chainOf(node);
  const at = links.findIndex((l) => TYPES[l.name] !== undefined);
  if (at < 0) return undefined;
  const link = links[at]!;
  const known = TYPES[link.name]!;
  const first = numberValue(link.args[0]) ?? numberValue(entriesOf(link.args[0]).get("length"));
  const second = numberValue(link.args[1]);
  if (known.abstract === "decimal") {
    const text =
      first !== undefined ? `${known.sql}(${first}${second !== undefined ? `,${second}` : ""})` : known.sql;
    return abstractType("decimal", text, {
      ...(first !== undefined ? { precision: first } : {}),
      ...(second !== undefined ? { scale: second } : {}),
    });
  }
  if (known.limit !== undefined) {
    const limit = first ?? known.limit;
    return abstractType(known.abstract, `${known.sql}(${limit})`, { limit });
  }
  return abstractType(known.abstract, known.sql);
}

const key = (table: string, column: string): string => `${table}.${column}`;

class SequelizeReader extends MigrationWalker<Binding> {
  private readonly known = new Map<string, ColumnType>();

  run(up: Node, down: Node | undefined): void {
    const bind = (param: Param, i: number): [string, Binding][] => {
      if (i === 0 && param.name !== undefined) return [[param.name, { kind: "queryInterface" }]];
      if (i === 1 && param.name !== undefined) return [[param.name, { kind: "types" }]];
      // umzug: `async up({ context: queryInterface })`
      const out: [string, Binding][] = [];
      for (const [property, name] of param.properties ?? []) {
        if (property === "context" || property === "queryInterface")
          out.push([name, { kind: "queryInterface" }]);
        if (property === "Sequelize" || property === "DataTypes") out.push([name, { kind: "types" }]);
      }
      return out;
    };
    this.readDownThenUp(up, down, "changeColumn", bind);
  }

  protected override binding(value: Node, scope: Scope<Binding>): Binding | undefined {
    // `const { sequelize } = queryInterface` is rare; `const qi = queryInterface` is an alias the walker keeps.
    const { root, links } = chainOf(value);
    if (
      root.type === "identifier" &&
      links.length === 1 &&
      links[0]!.name === "sequelize" &&
      !links[0]!.call
    ) {
      if (this.isHandle(root, scope, "queryInterface")) return { kind: "sequelize" };
    }
    return undefined;
  }

  private table(node: Node | undefined, scope: Scope<Binding>): string | undefined {
    return this.namedTable(node, scope, "tableName");
  }

  protected override escaped(call: Node, argument: string, scope: Scope<Binding>): void {
    // Handing the Sequelize class to a helper builds attribute objects; it runs nothing.
    if (scope.bindings.get(argument)?.kind === "types") return;
    this.unknown(
      call,
      `passes \`${argument}\` to a function that is not defined in this file, so what it does cannot be read`,
    );
  }

  protected call(call: Node, scope: Scope<Binding>): boolean {
    const { root, links } = chainOf(call);
    if (root.type !== "identifier" || links.length === 0) return false;
    const bound = scope.bindings.get(root.text);
    if (
      bound?.kind === "sequelize" ||
      (!bound && root.text === "sequelize" && !scope.values.has(root.text))
    ) {
      this.sequelizeCall(links, scope);
      return true;
    }
    if (!this.isHandle(root, scope, "queryInterface")) return false;
    const [first, ...rest] = links;
    if (first!.name === "sequelize") {
      this.sequelizeCall(rest, scope);
      return true;
    }
    if (!first!.call) return false;
    this.queryInterface(first!, scope);
    for (const link of rest) for (const a of link.args) this.visit(a, scope);
    return true;
  }

  /** `sequelize.query(sql)`, `sequelize.transaction(async (t) => ...)`. */
  private sequelizeCall(links: Link[], scope: Scope<Binding>): void {
    const [first] = links;
    if (!first?.call) return;
    if (first.name === "query") {
      if (!this.learning) this.emit.sql(this.resolve(first.args[0], scope), first.call, "sequelize.query()");
      for (const link of links.slice(1)) for (const a of link.args) this.visit(a, scope);
      return;
    }
    if (first.name === "models" || links.some((l) => l.name === "model")) {
      this.unknown(first.call, "a model call changes rows of a table the migration file does not name");
      return;
    }
    for (const link of links) for (const a of link.args) this.visit(a, scope);
  }

  private queryInterface(link: Link, scope: Scope<Binding>): void {
    const call = link.call!;
    const args = link.args;
    const span = spanBetween(link.nameNode, call);
    const table = (i: number): string | undefined => this.table(args[i], scope);
    const missing = (what: string): void =>
      this.unknown(
        call,
        `queryInterface.${link.name} whose ${what} is not a string literal cannot be followed`,
        span,
      );
    switch (link.name) {
      case "createTable": {
        const t = table(0);
        if (t === undefined) return missing("table name");
        const attrs = objectEntries(this.resolve(args[1], scope));
        const columns = [...(attrs?.entries.keys() ?? [])];
        for (const [column, attr] of attrs?.entries ?? []) {
          const type = typeOf(this.attrType(attr, scope));
          if (type) this.known.set(key(t, column), type.type);
        }
        this.push(span, { kind: "create-table", table: t, columns });
        return;
      }
      case "dropTable": {
        const t = table(0);
        if (t === undefined) return missing("table name");
        const cascade = booleanValue(entriesOf(this.resolve(args[1], scope)).get("cascade")) === true;
        this.push(span, { kind: "drop-table", table: t, ...(cascade ? { cascade } : {}) });
        return;
      }
      case "renameTable": {
        const [from, to] = [table(0), table(1)];
        if (from === undefined || to === undefined) return missing("table names");
        this.push(span, { kind: "rename-table", table: from, newName: to });
        return;
      }
      case "addColumn":
        return this.addColumn(span, call, args, scope);
      case "removeColumn": {
        const [t, column] = [table(0), this.name(args[1], scope)];
        if (t === undefined || column === undefined) return missing("table or column name");
        this.push(span, { kind: "drop-column", table: t, column });
        return;
      }
      case "renameColumn": {
        const [t, from, to] = [table(0), this.name(args[1], scope), this.name(args[2], scope)];
        if (t === undefined || from === undefined || to === undefined)
          return missing("table or column names");
        this.push(span, { kind: "rename-column", table: t, column: from, newName: to });
        return;
      }
      case "changeColumn":
        return this.changeColumn(span, call, args, scope);
      case "addIndex":
        return this.addIndex(span, call, args, scope);
      case "removeIndex": {
        const t = table(0);
        if (t === undefined) return missing("table name");
        const target = this.resolve(args[1], scope);
        const name = stringValue(target);
        const columns = name === undefined ? this.fields(target) : undefined;
        const concurrently =
          booleanValue(entriesOf(this.resolve(args[2], scope)).get("concurrently")) === true;
        this.push(span, {
          kind: "drop-index",
          table: t,
          ...(name !== undefined ? { name } : {}),
          ...(columns ? { columns } : {}),
          concurrently,
        });
        return;
      }
      case "addConstraint":
        return this.addConstraint(span, call, args, scope);
      case "removeConstraint": {
        const t = table(0);
        if (t === undefined) return missing("table name");
        const name = this.name(args[1], scope);
        this.push(span, { kind: "drop-constraint", table: t, ...(name !== undefined ? { name } : {}) });
        return;
      }
      case "bulkDelete": {
        const t = table(0);
        if (t === undefined) return missing("table name");
        this.push(span, {
          kind: "delete-rows",
          table: t,
          filtered: this.filtered(args[1], scope),
          via: "bulkDelete()",
        });
        return;
      }
      case "bulkUpdate": {
        const t = table(0);
        if (t === undefined) return missing("table name");
        const values = objectEntries(this.resolve(args[1], scope));
        const columns = values && !values.partial ? [...values.entries.keys()] : [];
        const where = this.resolve(args[2], scope);
        const nulls = this.nullColumns(where);
        this.push(span, {
          kind: "update-rows",
          table: t,
          columns,
          filtered: this.filtered(args[2], scope),
          onlyNulls: columns.length > 0 && columns.every((c) => nulls.has(c)),
          via: "bulkUpdate()",
        });
        return;
      }
      case "dropAllTables":
      case "dropSchema":
      case "dropAllSchemas":
        this.unknown(call, `queryInterface.${link.name} drops tables the migration does not list`, span);
        return;
      default:
        if (HARMLESS.has(link.name)) {
          for (const a of args) this.visit(a, scope);
          return;
        }
        this.unknown(call, `queryInterface.${link.name} is not a method the reader knows`, span);
    }
  }

  /** An attribute definition is `{ type: ..., allowNull: ... }` or just the type. */
  private attrType(attr: Node, scope: Scope<Binding>): Node | undefined {
    const value = this.resolve(attr, scope);
    const entries = objectEntries(value);
    return entries ? entries.entries.get("type") : value;
  }

  private addColumn(span: Span, call: Node, args: Node[], scope: Scope<Binding>): void {
    const t = this.table(args[0], scope);
    const column = this.name(args[1], scope);
    if (t === undefined || column === undefined) {
      this.unknown(
        call,
        "queryInterface.addColumn whose table or column name is not a string literal cannot be followed",
        span,
      );
      return;
    }
    const value = this.resolve(args[2], scope);
    const attrs = objectEntries(value)?.entries ?? new Map<string, Node>();
    const type = typeOf(this.attrType(args[2] ?? call, scope));
    if (type) this.known.set(key(t, column), type.type);
    const primary = booleanValue(attrs.get("primaryKey")) === true;
    const serial = booleanValue(attrs.get("autoIncrement")) === true;
    const notNull = booleanValue(attrs.get("allowNull")) === false || primary || serial;
    const def = serial
      ? { volatile: true, text: "nextval() of the column's sequence" }
      : this.defaultOf(attrs.get("defaultValue"), scope);
    this.push(span, {
      kind: "add-column",
      table: t,
      column,
      ...(type ? { type: type.text } : {}),
      notNull,
      ...(def ? { default: def } : {}),
    });
    if (primary)
      this.push(span, { kind: "add-constraint", table: t, constraint: "primary-key", validated: true });
    if (booleanValue(attrs.get("unique")) === true || stringValue(attrs.get("unique")) !== undefined)
      this.push(span, { kind: "add-constraint", table: t, constraint: "unique", validated: true });
    if (attrs.has("references"))
      this.push(span, { kind: "add-constraint", table: t, constraint: "foreign-key", validated: true });
  }

  private changeColumn(span: Span, call: Node, args: Node[], scope: Scope<Binding>): void {
    const t = this.table(args[0], scope);
    const column = this.name(args[1], scope);
    const type = typeOf(this.attrType(args[2] ?? call, scope));
    if (t === undefined || column === undefined) {
      this.unknown(
        call,
        "queryInterface.changeColumn whose table or column name is not a string literal cannot be followed",
        span,
      );
      return;
    }
    const attrs = objectEntries(this.resolve(args[2], scope))?.entries ?? new Map<string, Node>();
    const previous = this.known.get(key(t, column));
    if (!type) {
      this.unknown(call, "queryInterface.changeColumn whose type the reader does not know", span);
    } else if (!sameType(previous, type.type)) {
      // The same type restated (to change only NULL or the default) leaves the stored values alone.
      this.push(span, {
        kind: "change-column-type",
        table: t,
        column,
        type: type.text,
        ...classifyTypeChange(previous, type.type),
      });
    }
    if (type) this.known.set(key(t, column), type.type);
    // Sequelize restates the whole column: without `allowNull: false` it drops NOT NULL.
    const notNull = booleanValue(attrs.get("allowNull")) === false;
    this.push(span, { kind: notNull ? "set-not-null" : "drop-not-null", table: t, column });
    if (attrs.has("defaultValue")) {
      const def = this.defaultOf(attrs.get("defaultValue"), scope);
      this.push(span, { kind: "change-default", table: t, column, ...(def ? { default: def } : {}) });
    }
  }

  private fields(node: Node | undefined): string[] | undefined {
    const items = elements(node);
    if (!items) {
      const single = stringValue(node);
      return single === undefined ? undefined : [single];
    }
    const out: string[] = [];
    for (const item of items) {
      const name =
        stringValue(item) ??
        stringValue(entriesOf(item).get("name")) ??
        stringValue(entriesOf(item).get("attribute"));
      if (name === undefined) return undefined;
      out.push(name);
    }
    return out;
  }

  private addIndex(span: Span, call: Node, args: Node[], scope: Scope<Binding>): void {
    const t = this.table(args[0], scope);
    if (t === undefined) {
      this.unknown(
        call,
        "queryInterface.addIndex whose table name is not a string literal cannot be followed",
        span,
      );
      return;
    }
    // addIndex(table, fields, options) or addIndex(table, { fields, ...options })
    const second = this.resolve(args[1], scope);
    const inline = objectEntries(second);
    const options = inline ? inline.entries : entriesOf(this.resolve(args[2], scope));
    const columns = this.fields(inline ? this.resolve(options.get("fields"), scope) : second) ?? [];
    const name = stringValue(options.get("name"));
    const unique =
      booleanValue(options.get("unique")) === true || stringValue(options.get("type")) === "UNIQUE";
    this.push(span, {
      kind: "add-index",
      table: t,
      columns,
      ...(name !== undefined ? { name } : {}),
      ...(unique ? { unique } : {}),
      concurrently: booleanValue(options.get("concurrently")) === true,
    });
  }

  private addConstraint(span: Span, call: Node, args: Node[], scope: Scope<Binding>): void {
    const t = this.table(args[0], scope);
    if (t === undefined) {
      this.unknown(
        call,
        "queryInterface.addConstraint whose table name is not a string literal cannot be followed",
        span,
      );
      return;
    }
    // v5+: addConstraint(table, { type, fields, name }); v4: addConstraint(table, fields, { type, name }).
    const second = this.resolve(args[1], scope);
    const options = objectEntries(second)?.entries ?? entriesOf(this.resolve(args[2], scope));
    const type = (stringValue(options.get("type")) ?? "").toLowerCase().replace(/\s+/g, " ");
    const name = stringValue(options.get("name"));
    const constraint =
      type === "unique"
        ? "unique"
        : type === "check"
          ? "check"
          : type === "foreign key"
            ? "foreign-key"
            : type === "primary key"
              ? "primary-key"
              : undefined;
    if (type === "default") {
      const fields = this.fields(this.resolve(options.get("fields"), scope));
      const column = fields?.[0];
      if (column !== undefined) {
        const def = this.defaultOf(options.get("defaultValue"), scope);
        this.push(span, { kind: "change-default", table: t, column, ...(def ? { default: def } : {}) });
      }
      return;
    }
    if (!constraint) {
      this.unknown(
        call,
        "queryInterface.addConstraint whose type is not a string literal the reader knows",
        span,
      );
      return;
    }
    this.push(span, {
      kind: "add-constraint",
      table: t,
      constraint,
      ...(name !== undefined ? { name } : {}),
      validated: true,
    });
  }

  /** A where argument restricts rows unless it is missing, null or `{}`. */
  private filtered(node: Node | undefined, scope: Scope<Binding>): boolean {
    if (!node) return false;
    const value = this.resolve(node, scope);
    if (!value || isNullish(value)) return false;
    const entries = objectEntries(value);
    if (entries) return entries.partial || entries.entries.size > 0;
    return true;
  }

  /** `{ col: null }` or `{ col: { [Op.is]: null } }`: columns the filter restricts to NULL. */
  private nullColumns(where: Node | undefined): Set<string> {
    const out = new Set<string>();
    for (const [column, value] of entriesOf(where)) {
      if (unwrap(value).type === "null") out.add(column);
      const inner = objectEntries(value);
      if (!inner) continue;
      for (const [, v] of inner.entries) if (unwrap(v).type === "null") out.add(column);
      // `[Op.is]: null` has a computed key, which objectEntries leaves out.
      if (/\[\s*(?:Op|Sequelize\.Op)\.is\s*\]\s*:\s*null/.test(value.text)) out.add(column);
    }
    return out;
  }

  private defaultOf(node: Node | undefined, scope: Scope<Binding>): ColumnDefault | undefined {
    if (!node) return undefined;
    const value = this.resolve(node, scope) ?? node;
    if (isNullish(value)) return undefined;
    if (isPlainLiteral(value)) return { volatile: false, text: value.text };
    const { links } = chainOf(value);
    const last = links[links.length - 1];
    if (last?.name === "UUIDV4" || last?.name === "UUIDV1") {
      // Sequelize fills these in JavaScript on create(); the column itself gets no default.
      return undefined;
    }
    if (last?.name === "NOW") return { volatile: false, text: "now()" };
    if (last?.name === "fn") {
      const fn = stringValue(last.args[0]) ?? "";
      return { volatile: isVolatileSql(`${fn}()`), text: `${fn}()` };
    }
    if (last?.name === "literal") {
      const sql = stringValue(last.args[0]);
      return { volatile: sql !== undefined && isVolatileSql(sql), text: sql ?? value.text };
    }
    return { volatile: isVolatileSql(value.text), text: value.text };
  }
}

export function readSequelizeMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return readJsMigration(
    "sequelize",
    input,
    parsers,
    "No exported `up` function was found in this Sequelize migration",
    ({ module, up, emit }) => {
      new SequelizeReader(module, emit).run(up, exportedFunction(module, "down"));
    },
  );
}
