// Columns in a Sequelize migration: attribute types (`Sequelize.STRING(100)`, `DataTypes.DECIMAL(10, 2)`, SQL
// strings) and defaults, and the `queryInterface` column calls, one entry of COLUMN_CALLS per method.
import type { ColumnDefault } from "../../../types.js";
import { isVolatileSql } from "../../shared/volatile-defaults.js";
import { addedColumn, columnDefault, SERIAL_DEFAULT } from "../column-toolkit.js";
import { abstractType, sqlType, type JsColumnType } from "../column-types.js";
import {
  booleanValue,
  chainOf,
  entriesOf,
  numberValue,
  objectEntries,
  stringValue,
  type Node,
} from "../nodes.js";
import type { Scope } from "../walker.js";
import {
  missing,
  tableArg,
  type Binding,
  type QueryInterfaceHandler,
  type Reader,
} from "./reader-context.js";
import { extend } from "../../../extend.js";

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
export function typeOf(node: Node | undefined): JsColumnType | undefined {
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
    return abstractType(
      "decimal",
      text,
      extend(first !== undefined ? { precision: first } : {}, second !== undefined ? { scale: second } : {}),
    );
  }
  if (known.limit !== undefined) {
    const limit = first ?? known.limit;
    return abstractType(known.abstract, `${known.sql}(${limit})`, { limit });
  }
  return abstractType(known.abstract, known.sql);
}

/** An attribute definition is `{ type: ..., allowNull: ... }` or just the type. */
export function attrType(r: Reader, attr: Node, scope: Scope<Binding>): Node | undefined {
  const value = r.resolve(attr, scope);
  const entries = objectEntries(value);
  return entries ? entries.entries.get("type") : value;
}

/** `defaultValue`: a literal, `Sequelize.NOW`, `Sequelize.fn('x')`, `Sequelize.literal('...')`, or an expression. */
export function defaultOf(
  r: Reader,
  node: Node | undefined,
  scope: Scope<Binding>,
): ColumnDefault | undefined {
  return columnDefault(r.resolve(node, scope), (value) => {
    const { links } = chainOf(value);
    const last = links[links.length - 1];
    // Sequelize fills these in JavaScript on create(); the column itself gets no default.
    if (last?.name === "UUIDV4" || last?.name === "UUIDV1") return null;
    if (last?.name === "NOW") return { volatile: false, text: "now()" };
    if (last?.name === "fn") {
      const fn = stringValue(last.args[0]) ?? "";
      return { volatile: isVolatileSql(`${fn}()`), text: `${fn}()` };
    }
    if (last?.name === "literal") {
      const sql = stringValue(last.args[0]);
      return { volatile: sql !== undefined && isVolatileSql(sql), text: sql ?? value.text };
    }
    return undefined;
  });
}

const addColumn: QueryInterfaceHandler = (r, c) => {
  const { args, call, span, scope } = c;
  const t = tableArg(r, c, 0);
  const column = r.name(args[1], scope);
  if (t === undefined || column === undefined) return missing(r, c, "table or column name");
  const value = r.resolve(args[2], scope);
  const attrs = objectEntries(value)?.entries ?? new Map<string, Node>();
  const type = typeOf(attrType(r, args[2] ?? call, scope));
  if (type) r.known.set(t, column, type.type);
  const primary = booleanValue(attrs.get("primaryKey")) === true;
  const serial = booleanValue(attrs.get("autoIncrement")) === true;
  const notNull = booleanValue(attrs.get("allowNull")) === false || primary || serial;
  const def = serial ? SERIAL_DEFAULT : defaultOf(r, attrs.get("defaultValue"), scope);
  const unique = booleanValue(attrs.get("unique")) === true || stringValue(attrs.get("unique")) !== undefined;
  const ops = addedColumn(t, column, {
    type,
    notNull,
    default: def,
    primary,
    unique,
    references: attrs.has("references"),
  });
  for (const op of ops) r.push(span, op);
};

/** `changeColumn(table, column, attributes)`: Sequelize restates the whole column. */
const changeColumn: QueryInterfaceHandler = (r, c) => {
  const { args, call, span, scope } = c;
  const t = tableArg(r, c, 0);
  const column = r.name(args[1], scope);
  const type = typeOf(attrType(r, args[2] ?? call, scope));
  if (t === undefined || column === undefined) return missing(r, c, "table or column name");
  const attrs = objectEntries(r.resolve(args[2], scope))?.entries ?? new Map<string, Node>();
  if (!type) {
    r.unknown(call, "queryInterface.changeColumn whose type the reader does not know", span);
  } else {
    const change = r.known.restate(t, column, type);
    if (change) r.push(span, change);
  }
  // Sequelize restates the whole column: without `allowNull: false` it drops NOT NULL.
  const notNull = booleanValue(attrs.get("allowNull")) === false;
  r.push(span, { kind: notNull ? "set-not-null" : "drop-not-null", table: t, column });
  if (attrs.has("defaultValue")) {
    const def = defaultOf(r, attrs.get("defaultValue"), scope);
    r.push(span, { kind: "change-default", table: t, column, ...(def ? { default: def } : {}) });
  }
};

/** What each `queryInterface` column method does. */
export const COLUMN_CALLS: Readonly<Record<string, QueryInterfaceHandler>> = {
  addColumn,
  removeColumn(r, c) {
    const [t, column] = [tableArg(r, c, 0), r.name(c.args[1], c.scope)];
    if (t === undefined || column === undefined) return missing(r, c, "table or column name");
    r.push(c.span, { kind: "drop-column", table: t, column });
  },
  renameColumn(r, c) {
    const [t, from, to] = [tableArg(r, c, 0), r.name(c.args[1], c.scope), r.name(c.args[2], c.scope)];
    if (t === undefined || from === undefined || to === undefined)
      return missing(r, c, "table or column names");
    r.push(c.span, { kind: "rename-column", table: t, column: from, newName: to });
  },
  changeColumn,
};
