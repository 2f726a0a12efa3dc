// Column builders of a Knex table builder: `t.string('name', 100).notNullable().defaultTo('x')`, and `.alter()`.
// COLUMN_TYPES holds one entry per builder method (the type it creates); readColumn reads the modifiers after it.
import type { ColumnDefault, Span } from "../../../types.js";
import { columnDefault, columnExtras, SERIAL_DEFAULT } from "../column-toolkit.js";
import { abstractType, sqlType, type JsColumnType } from "../column-types.js";
import { isVolatileSql } from "../../shared/volatile-defaults.js";
import {
  booleanValue,
  chainOf,
  entriesOf,
  isNullish,
  numberValue,
  stringValue,
  type Link,
  type Node,
} from "../nodes.js";
import type { Scope } from "../walker.js";
import type { Binding, Reader, TableBinding } from "./reader-context.js";
import { extend } from "../../../extend.js";

export interface ColumnSpec {
  type: JsColumnType;
  serial?: boolean;
}

/** A column builder → the type it creates, from the arguments after the column name. */
type ColumnBuilder = (args: Node[]) => ColumnSpec;

const plain =
  (abstract: string, text: string): ColumnBuilder =>
  () => ({ type: abstractType(abstract, text) });
const named = (method: string): ColumnBuilder => plain(method, method);

/** Knex column builders, by method name. */
export const COLUMN_TYPES: Readonly<Record<string, ColumnBuilder>> = {
  increments: () => ({ type: abstractType("integer", "serial"), serial: true }),
  bigIncrements: () => ({ type: abstractType("bigint", "bigserial"), serial: true }),
  integer: plain("integer", "integer"),
  mediumint: plain("integer", "integer"),
  bigInteger: plain("bigint", "bigint"),
  bigint: plain("bigint", "bigint"),
  tinyint: plain("smallint", "smallint"),
  smallint: plain("smallint", "smallint"),
  text: plain("text", "text"),
  string(args) {
    const limit = numberValue(args[0]) ?? 255;
    return { type: abstractType("string", `varchar(${limit})`, { limit }) };
  },
  float: plain("float", "float"),
  double: plain("float", "double"),
  decimal(args) {
    // Knex's defaults: precision 8, scale 2; `decimal('x', null)` is an unconstrained numeric.
    const precision = isNullish(args[0]) ? undefined : (numberValue(args[0]) ?? 8);
    const scale = precision === undefined ? undefined : (numberValue(args[1]) ?? 2);
    const text = precision === undefined ? "decimal" : `decimal(${precision},${scale})`;
    return {
      type: abstractType(
        "decimal",
        text,
        extend(precision !== undefined ? { precision } : {}, scale !== undefined ? { scale } : {}),
      ),
    };
  },
  boolean: plain("boolean", "boolean"),
  date: plain("date", "date"),
  datetime: plain("datetime", "timestamp"),
  timestamp: plain("datetime", "timestamp"),
  time: plain("time", "time"),
  specificType(args) {
    const text = stringValue(args[0]);
    if (text === undefined) return { type: { text: "specificType", type: { type: "unknown" } } };
    const t = sqlType(text);
    return { type: t, ...(t.serial ? { serial: true } : {}) };
  },
  ...Object.fromEntries(
    ["binary", "enum", "enu", "json", "jsonb", "uuid", "geometry", "geography", "point"].map((m) => [
      m,
      named(m),
    ]),
  ),
};

/** What the modifiers after a column builder say. */
interface Modifiers {
  notNull?: boolean;
  default?: ColumnDefault;
  /** `.alter(options)`'s arguments: the column is restated, not added. */
  alter?: Node[];
  unique: boolean;
  index: boolean;
  primary: boolean;
  references: boolean;
}

function modifiers(r: Reader, spec: ColumnSpec, links: Link[], scope: Scope<Binding>): Modifiers {
  const m: Modifiers = extend(spec.serial ? { notNull: true, default: SERIAL_DEFAULT } : {}, {
    unique: false,
    index: false,
    primary: false,
    references: false,
  });
  for (const link of links) {
    switch (link.name) {
      case "notNullable":
        m.notNull = true;
        break;
      case "nullable":
        m.notNull = false;
        break;
      case "defaultTo": {
        const value = defaultOf(r, link.args[0], scope);
        if (value) m.default = value;
        else delete m.default;
        break;
      }
      case "alter":
        m.alter = link.args;
        break;
      case "unique":
      case "index":
      case "primary":
        m[link.name] = true;
        break;
      case "references":
      case "inTable":
        m.references = true;
        break;
      default:
        break;
    }
  }
  return m;
}

/** `t.<builder>('name', ...).<modifiers>()`: a column added (or listed by createTable), or restated by `.alter()`. */
export function readColumn(
  r: Reader,
  span: Span,
  t: TableBinding,
  first: Link,
  links: Link[],
  spec: ColumnSpec,
  scope: Scope<Binding>,
): void {
  const column = r.name(first.args[0], scope);
  if (column === undefined) return r.notLiteral(first.call!, `table.${first.name}()`, "column name", span);
  const table = t.table;
  const m = modifiers(r, spec, links, scope);
  if (t.create) {
    t.columns.push(column);
    r.known.set(table, column, spec.type.type);
    return;
  }
  if (m.alter) {
    const options = entriesOf(r.resolve(m.alter[0], scope));
    const change = r.known.restate(table, column, spec.type);
    if (change && booleanValue(options.get("alterType")) !== false) r.push(span, change);
    if (booleanValue(options.get("alterNullable")) !== false) {
      // `.alter()` restates the whole column: without notNullable() Knex drops NOT NULL.
      r.push(span, { kind: m.notNull === true ? "set-not-null" : "drop-not-null", table, column });
    }
    if (m.default && !spec.serial)
      r.push(span, { kind: "change-default", table, column, default: m.default });
    return;
  }
  r.known.set(table, column, spec.type.type);
  r.push(span, {
    kind: "add-column",
    table,
    column,
    type: spec.type.text,
    notNull: m.notNull === true || m.primary,
    ...(m.default ? { default: m.default } : {}),
  });
  for (const extra of columnExtras(table, {
    primary: m.primary,
    unique: m.unique,
    ...(m.index ? { index: column } : {}),
    references: m.references,
  }))
    r.push(span, extra);
}

/** `.defaultTo(...)`: a literal, `knex.fn.now()`, `knex.fn.uuid()`, `knex.raw('...')`, or an expression. */
function defaultOf(r: Reader, node: Node | undefined, scope: Scope<Binding>): ColumnDefault | undefined {
  return columnDefault(r.resolve(node, scope), (value) => {
    const chain = chainOf(value);
    const names = chain.links.map((l) => l.name).join(".");
    if (names === "fn.now") return { volatile: false, text: "now()" };
    if (names === "fn.uuid" || names === "fn.uuidToBin") return { volatile: true, text: value.text };
    if (names === "raw") {
      const sql = stringValue(r.resolve(chain.links[0]!.args[0], scope));
      return { volatile: sql === undefined ? false : isVolatileSql(sql), text: sql ?? value.text };
    }
    return undefined;
  });
}
