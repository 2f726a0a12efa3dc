// Reads one node-pg-migrate migration into forward Operations: the `pgm` calls of `up` and the same-file helpers
// it calls, and `pgm.sql(...)` SQL. `down` is read only to learn the type a column had before `alterColumn`.
// Without a `down`, node-pg-migrate inverts `up` itself, which works only when every call has an inverse.
import type { Parsers } from "../../parsers.js";
import type { ColumnDefault, ParsedMigration, Span } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { classifyTypeChange, type ColumnType } from "../../column-types/index.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { sameType, sqlType, type JsColumnType } from "./column-types.js";
import { readJsMigration } from "./migration.js";
import { exportedFunction, type Param } from "./module.js";
import {
  booleanValue,
  chainOf,
  elements,
  entriesOf,
  isNullish,
  isPlainLiteral,
  objectEntries,
  spanBetween,
  spanOf,
  stringValue,
  unwrap,
  type Link,
  type Node,
} from "./nodes.js";
import { MigrationWalker, type Scope } from "./walker.js";

type Binding = { kind: "pgm" };

/** Calls node-pg-migrate can invert on its own when the migration has no `down`. */
const INVERTIBLE = new Set([
  "createTable",
  "addColumns",
  "addColumn",
  "renameTable",
  "renameColumn",
  "createIndex",
  "addIndex",
  "addConstraint",
  "createConstraint",
  "renameConstraint",
  "createExtension",
  "addExtension",
  "createType",
  "addType",
  "renameType",
  "createSchema",
  "renameSchema",
  "createSequence",
  "renameSequence",
  "createView",
  "renameView",
  "createMaterializedView",
  "renameMaterializedView",
  "createFunction",
  "renameFunction",
  "createTrigger",
  "renameTrigger",
  "createPolicy",
  "renamePolicy",
  "createRole",
  "renameRole",
  "createOperator",
  "createDomain",
  "renameDomain",
  "noTransaction",
  "func",
]);

/** pgm calls that change nothing a rule looks at. */
const HARMLESS = new Set([
  "noTransaction",
  "func",
  "alterTable",
  "createExtension",
  "addExtension",
  "dropExtension",
  "createType",
  "addType",
  "renameType",
  "addTypeValue",
  "renameTypeValue",
  "addTypeAttribute",
  "renameTypeAttribute",
  "setTypeAttribute",
  "createSchema",
  "renameSchema",
  "createSequence",
  "alterSequence",
  "renameSequence",
  "createView",
  "alterView",
  "alterViewColumn",
  "renameView",
  "dropView",
  "createMaterializedView",
  "alterMaterializedView",
  "renameMaterializedView",
  "refreshMaterializedView",
  "dropMaterializedView",
  "createFunction",
  "renameFunction",
  "dropFunction",
  "createTrigger",
  "renameTrigger",
  "dropTrigger",
  "createPolicy",
  "alterPolicy",
  "renamePolicy",
  "dropPolicy",
  "createRole",
  "alterRole",
  "renameRole",
  "dropRole",
  "grantRoles",
  "revokeRoles",
  "grantOnTables",
  "revokeOnTables",
  "grantOnSchemas",
  "revokeOnSchemas",
  "createOperator",
  "dropOperator",
  "createDomain",
  "alterDomain",
  "renameDomain",
  "dropDomain",
  "createCast",
  "dropCast",
  "renameConstraint",
  "validateConstraint",
]);

const key = (table: string, column: string): string => `${table}.${column}`;

class PgmReader extends MigrationWalker<Binding> {
  private readonly known = new Map<string, ColumnType>();
  /** The first call node-pg-migrate cannot invert, for a migration without `down`. */
  notInvertible: { name: string; span: Span } | undefined;

  run(up: Node, down: Node | undefined): void {
    const bind = (param: Param, i: number): [string, Binding][] =>
      i === 0 && param.name !== undefined ? [[param.name, { kind: "pgm" }]] : [];
    this.readDownThenUp(up, down, "alterColumn", bind);
  }

  private table(node: Node | undefined, scope: Scope<Binding>): string | undefined {
    return this.namedTable(node, scope, "name");
  }

  /** `'a'`, `['a', 'b']`, `[{ name: 'a', sort: 'DESC' }]`. */
  private columnNames(node: Node | undefined, scope: Scope<Binding>): string[] | undefined {
    const value = this.resolve(node, scope);
    const single = stringValue(value);
    if (single !== undefined) return [single];
    const items = elements(value);
    if (!items) return undefined;
    const out: string[] = [];
    for (const item of items) {
      const name = stringValue(item) ?? stringValue(entriesOf(item).get("name"));
      if (name === undefined) return undefined;
      out.push(name);
    }
    return out;
  }

  protected override escaped(call: Node, argument: string): void {
    this.unknown(
      call,
      `passes \`${argument}\` to a function that is not defined in this file, so what it does cannot be read`,
    );
  }

  protected call(call: Node, scope: Scope<Binding>): boolean {
    const { root, links } = chainOf(call);
    if (!this.isHandle(root, scope, "pgm") || links.length === 0) return false;
    const [first] = links;
    if (first!.name === "db") {
      const query = links[1];
      if (query?.call && (query.name === "query" || query.name === "select")) {
        if (!this.learning) this.emit.sql(this.resolve(query.args[0], scope), query.call, "pgm.db.query()");
        this.nonInvertible("db.query", spanBetween(first!.nameNode, query.call));
      }
      return true;
    }
    if (!first!.call) return false;
    this.pgm(first!, scope);
    return true;
  }

  private nonInvertible(name: string, span: Span): void {
    if (!this.learning && !this.notInvertible) this.notInvertible = { name, span };
  }

  private pgm(link: Link, scope: Scope<Binding>): void {
    const call = link.call!;
    const args = link.args;
    const span = spanBetween(link.nameNode, call);
    if (!INVERTIBLE.has(link.name)) this.nonInvertible(link.name, span);
    const table = (): string | undefined => this.table(args[0], scope);
    const missing = (what: string): void =>
      this.unknown(call, `pgm.${link.name} whose ${what} is not a string literal cannot be followed`, span);
    switch (link.name) {
      case "sql": {
        const hasArgs = args.length > 1;
        if (this.learning) return;
        // `{name}` placeholders are filled from the second argument at run time.
        this.emit.sql(this.resolve(args[0], scope), call, "pgm.sql()", (sql) =>
          hasArgs && /\{\w+\}/.test(sql) ? undefined : sql,
        );
        return;
      }
      case "createTable": {
        const t = table();
        if (t === undefined) return missing("table name");
        const columns = objectEntries(this.resolve(args[1], scope));
        for (const [column, def] of columns?.entries ?? []) {
          const type = this.columnType(def, scope);
          if (type) this.known.set(key(t, column), type.type);
        }
        const options = entriesOf(this.resolve(args[2], scope));
        this.push(span, {
          kind: "create-table",
          table: t,
          columns: [...(columns?.entries.keys() ?? [])],
          ...(booleanValue(options.get("ifNotExists")) === true ? { ifNotExists: true } : {}),
        });
        return;
      }
      case "dropTable": {
        const t = table();
        if (t === undefined) return missing("table name");
        const options = entriesOf(this.resolve(args[1], scope));
        this.push(span, {
          kind: "drop-table",
          table: t,
          ...(booleanValue(options.get("ifExists")) === true ? { ifExists: true } : {}),
          ...(booleanValue(options.get("cascade")) === true ? { cascade: true } : {}),
        });
        return;
      }
      case "renameTable": {
        const [from, to] = [table(), this.name(args[1], scope)];
        if (from === undefined || to === undefined) return missing("table names");
        this.push(span, { kind: "rename-table", table: from, newName: to });
        return;
      }
      case "addColumns":
      case "addColumn": {
        const t = table();
        const columns = objectEntries(this.resolve(args[1], scope));
        if (t === undefined || !columns || columns.partial) return missing("table name or columns");
        for (const [column, def] of columns.entries) {
          // Each column at its own line, so a finding (and an allow comment) points at the one it is about.
          const pair = def.parent?.type === "pair" ? def.parent : undefined;
          this.addColumn(pair ? spanOf(pair) : span, t, column, def, scope);
        }
        return;
      }
      case "dropColumns":
      case "dropColumn": {
        const t = table();
        const value = this.resolve(args[1], scope);
        // dropColumns also takes an object whose keys are the columns.
        const columns = this.columnNames(value, scope) ?? [...(objectEntries(value)?.entries.keys() ?? [])];
        if (t === undefined || columns.length === 0) return missing("table or column names");
        for (const column of columns) this.push(span, { kind: "drop-column", table: t, column });
        return;
      }
      case "renameColumn": {
        const [t, from, to] = [table(), this.name(args[1], scope), this.name(args[2], scope)];
        if (t === undefined || from === undefined || to === undefined)
          return missing("table or column names");
        this.push(span, { kind: "rename-column", table: t, column: from, newName: to });
        return;
      }
      case "alterColumn":
        return this.alterColumn(span, call, args, scope);
      case "createIndex":
      case "addIndex": {
        const t = table();
        const columns = this.columnNames(args[1], scope);
        if (t === undefined || !columns) return missing("table or columns");
        const options = entriesOf(this.resolve(args[2], scope));
        const name = stringValue(options.get("name"));
        this.push(span, {
          kind: "add-index",
          table: t,
          columns,
          ...(name !== undefined ? { name } : {}),
          ...(booleanValue(options.get("unique")) === true ? { unique: true } : {}),
          concurrently: booleanValue(options.get("concurrently")) === true,
        });
        return;
      }
      case "dropIndex": {
        const t = table();
        const columns = this.columnNames(args[1], scope);
        const options = entriesOf(this.resolve(args[2], scope));
        const name = stringValue(options.get("name"));
        this.push(span, {
          kind: "drop-index",
          ...(t !== undefined ? { table: t } : {}),
          ...(name !== undefined ? { name } : {}),
          ...(columns ? { columns } : {}),
          concurrently: booleanValue(options.get("concurrently")) === true,
        });
        return;
      }
      case "addConstraint":
      case "createConstraint":
        return this.addConstraint(span, call, args, scope);
      case "dropConstraint": {
        const t = table();
        if (t === undefined) return missing("table name");
        const name = this.name(args[1], scope);
        this.push(span, { kind: "drop-constraint", table: t, ...(name !== undefined ? { name } : {}) });
        return;
      }
      case "dropSchema":
      case "dropType":
      case "dropSequence":
        this.unknown(
          call,
          `pgm.${link.name} can drop what depends on it, which the reader does not list`,
          span,
        );
        return;
      default:
        if (HARMLESS.has(link.name)) return;
        this.unknown(call, `pgm.${link.name} is not a MigrationBuilder method the reader knows`, span);
    }
  }

  /** A column definition is a type string or `{ type, notNull, default, ... }`. */
  private columnType(def: Node, scope: Scope<Binding>): JsColumnType | undefined {
    const value = this.resolve(def, scope);
    const text = stringValue(value) ?? stringValue(entriesOf(value).get("type"));
    return text === undefined ? undefined : sqlType(text);
  }

  private addColumn(span: Span, table: string, column: string, def: Node, scope: Scope<Binding>): void {
    const options = entriesOf(this.resolve(def, scope));
    const type = this.columnType(def, scope);
    if (type) this.known.set(key(table, column), type.type);
    const primary = booleanValue(options.get("primaryKey")) === true;
    const notNull = booleanValue(options.get("notNull")) === true || primary || type?.serial === true;
    const value = type?.serial
      ? { volatile: true, text: "nextval() of the column's sequence" }
      : this.defaultOf(options.get("default"), scope);
    this.push(span, {
      kind: "add-column",
      table,
      column,
      ...(type ? { type: type.text } : {}),
      notNull,
      ...(value ? { default: value } : {}),
    });
    if (primary)
      this.push(span, { kind: "add-constraint", table, constraint: "primary-key", validated: true });
    if (booleanValue(options.get("unique")) === true)
      this.push(span, { kind: "add-constraint", table, constraint: "unique", validated: true });
    if (options.has("references"))
      this.push(span, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
    if (options.has("check"))
      this.push(span, { kind: "add-constraint", table, constraint: "check", validated: true });
  }

  private alterColumn(span: Span, call: Node, args: Node[], scope: Scope<Binding>): void {
    const t = this.table(args[0], scope);
    const column = this.name(args[1], scope);
    if (t === undefined || column === undefined) {
      this.unknown(
        call,
        "pgm.alterColumn whose table or column name is not a string literal cannot be followed",
        span,
      );
      return;
    }
    const options = objectEntries(this.resolve(args[2], scope))?.entries ?? new Map<string, Node>();
    const typeText = this.name(options.get("type"), scope);
    if (options.has("type") && typeText === undefined) {
      this.unknown(call, "pgm.alterColumn whose type is not a string literal cannot be followed", span);
    } else if (typeText !== undefined) {
      const type = sqlType(typeText);
      const previous = this.known.get(key(t, column));
      if (!sameType(previous, type.type)) {
        this.push(span, {
          kind: "change-column-type",
          table: t,
          column,
          type: type.text,
          ...classifyTypeChange(previous, type.type),
        });
      }
      this.known.set(key(t, column), type.type);
    }
    const notNull = booleanValue(options.get("notNull"));
    const allowNull = booleanValue(options.get("allowNull"));
    if (notNull === true || allowNull === false) this.push(span, { kind: "set-not-null", table: t, column });
    else if (notNull === false || allowNull === true)
      this.push(span, { kind: "drop-not-null", table: t, column });
    if (options.has("default")) {
      const value = this.defaultOf(options.get("default"), scope);
      this.push(span, { kind: "change-default", table: t, column, ...(value ? { default: value } : {}) });
    }
  }

  private addConstraint(span: Span, call: Node, args: Node[], scope: Scope<Binding>): void {
    const t = this.table(args[0], scope);
    if (t === undefined) {
      this.unknown(
        call,
        "pgm.addConstraint whose table name is not a string literal cannot be followed",
        span,
      );
      return;
    }
    const name = this.name(args[1], scope);
    const named = name !== undefined ? { name } : {};
    const expression = this.resolve(args[2], scope);
    const sql = stringValue(expression);
    if (sql !== undefined) {
      const upper = sql.toUpperCase();
      const constraint = /^\s*CHECK\b/.test(upper)
        ? "check"
        : /^\s*UNIQUE\b/.test(upper)
          ? "unique"
          : /^\s*PRIMARY\s+KEY\b/.test(upper)
            ? "primary-key"
            : /^\s*FOREIGN\s+KEY\b/.test(upper)
              ? "foreign-key"
              : /^\s*EXCLUDE\b/.test(upper)
                ? "exclusion"
                : undefined;
      if (!constraint) {
        this.unknown(call, "pgm.addConstraint with an expression the reader does not recognise", span);
        return;
      }
      this.push(span, {
        kind: "add-constraint",
        table: t,
        constraint,
        ...named,
        validated: !/\bNOT\s+VALID\b/.test(upper),
        ...(/\bUSING\s+INDEX\b/.test(upper) ? { usingIndex: true } : {}),
      });
      return;
    }
    const options = objectEntries(expression)?.entries;
    if (!options) {
      this.unknown(
        call,
        "pgm.addConstraint whose definition is not written literally cannot be followed",
        span,
      );
      return;
    }
    const kinds: [string, "check" | "unique" | "primary-key" | "foreign-key" | "exclusion"][] = [
      ["check", "check"],
      ["unique", "unique"],
      ["primaryKey", "primary-key"],
      ["foreignKeys", "foreign-key"],
      ["references", "foreign-key"],
      ["exclude", "exclusion"],
    ];
    for (const [option, constraint] of kinds) {
      if (!options.has(option)) continue;
      this.push(span, { kind: "add-constraint", table: t, constraint, ...named, validated: true });
    }
  }

  private defaultOf(node: Node | undefined, scope: Scope<Binding>): ColumnDefault | undefined {
    if (!node) return undefined;
    const value = this.resolve(node, scope) ?? node;
    if (isNullish(value)) return undefined;
    if (isPlainLiteral(value)) return { volatile: false, text: value.text };
    const { links } = chainOf(value);
    const last = links[links.length - 1];
    if (last?.name === "func") {
      const sql = stringValue(this.resolve(last.args[0], scope));
      return { volatile: sql !== undefined && isVolatileSql(sql), text: sql ?? unwrap(value).text };
    }
    return { volatile: isVolatileSql(value.text), text: value.text };
  }
}

export function readNodePgMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return readJsMigration(
    "node-pg-migrate",
    input,
    parsers,
    "No exported `up` function was found in this node-pg-migrate migration",
    ({ module, up, out, emit }) => {
      const reader = new PgmReader(module, emit);
      reader.run(up, exportedFunction(module, "down"));
      if (module.exports.get("down")) return false;
      // node-pg-migrate inverts `up` itself when there is no down; it refuses on a call without an inverse.
      const blocker = reader.notInvertible;
      if (blocker) {
        out.operations.push({
          kind: "irreversible",
          reason: `the migration has no down, and node-pg-migrate cannot invert pgm.${blocker.name}`,
          ...blocker.span,
        });
      }
      return true;
    },
  );
}
