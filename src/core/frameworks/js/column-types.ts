// Column types as the JS frameworks spell them (SQL type strings, Knex builder methods, Sequelize DataTypes)
// → the text a message shows and the abstract type the shared type-change classifier compares.
import type { ColumnType } from "../../column-types/index.js";

export interface JsColumnType {
  /** The type as a message shows it (`varchar(50)`, `decimal(10,2)`). */
  text: string;
  /** For comparing with another type. */
  type: ColumnType;
  /** A serial type: the column fills from a sequence, one `nextval()` per row. */
  serial?: boolean;
}

/** `varchar(100)`, `numeric(10, 2)`, `timestamp with time zone`, `serial` → a column type. */
export function sqlType(text: string): JsColumnType {
  const clean = text.trim().replace(/\s+/g, " ");
  const m = /^([a-z_][\w ]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?(\s*\[\])?$/i.exec(clean);
  if (!m) return { text: clean, type: { type: clean } };
  let name = m[1]!.toLowerCase();
  if (m[4]) return { text: clean, type: { type: `${name}[]` } };
  const serial = /^(small|big)?serial[248]?$/.test(name);
  if (serial)
    name =
      name.startsWith("big") || name === "serial8"
        ? "bigint"
        : name.startsWith("small")
          ? "smallint"
          : "integer";
  if (/^timestamp( with(out)? time zone)?$/.test(name)) name = "timestamp";
  const first = m[2] === undefined ? undefined : Number(m[2]);
  const second = m[3] === undefined ? undefined : Number(m[3]);
  const type: ColumnType = { type: name };
  if (/^(numeric|decimal)$/.test(name)) {
    if (first !== undefined) type.precision = first;
    if (second !== undefined) type.scale = second;
  } else if (/^(varchar|character varying|char|character|string)$/.test(name)) {
    if (first !== undefined) type.limit = first;
  }
  return { text: clean, type, ...(serial ? { serial: true } : {}) };
}

/** A named abstract type with optional length/precision, as the Knex and Sequelize builders give them. */
export function abstractType(
  type: string,
  text: string,
  size: { limit?: number; precision?: number; scale?: number } = {},
): JsColumnType {
  const t: ColumnType = { type };
  if (size.limit !== undefined) t.limit = size.limit;
  if (size.precision !== undefined) t.precision = size.precision;
  if (size.scale !== undefined) t.scale = size.scale;
  return { text, type: t };
}

/** The same type restated (`varchar(255)` again, to change only NULL or the default). */
export function sameType(a: ColumnType | undefined, b: ColumnType): boolean {
  return (
    a !== undefined &&
    a.type.toLowerCase() === b.type.toLowerCase() &&
    a.limit === b.limit &&
    a.precision === b.precision &&
    a.scale === b.scale
  );
}
