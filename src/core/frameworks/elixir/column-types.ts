// Ecto migration column types (`:string`, `:decimal`, `references(...)`, `{:array, t}`) mapped onto the shared
// classification in core/column-types/, so a `modify` is lossy or widening by the same measure as elsewhere.
import type { ColumnType } from "../../column-types/index.js";
import { callShape, nameValue, numberValue, unwrap, type Node } from "./nodes.js";
import { extend } from "../../extend.js";

/** Ecto's default `:string` size on PostgreSQL and MySQL. */
const DEFAULT_STRING_SIZE = 255;

const TYPES: Record<string, string> = {
  string: "string",
  varchar: "string",
  text: "text",
  citext: "text",
  integer: "integer",
  int: "integer",
  bigint: "bigint",
  id: "bigint",
  smallint: "smallint",
  serial: "integer",
  bigserial: "bigint",
  identity: "bigint",
  float: "float",
  decimal: "decimal",
  numeric: "decimal",
  boolean: "boolean",
  date: "date",
  time: "time",
  time_usec: "time",
  naive_datetime: "datetime",
  naive_datetime_usec: "datetime",
  utc_datetime: "datetime",
  utc_datetime_usec: "datetime",
  timestamp: "datetime",
  timestamptz: "datetime",
  binary_id: "uuid",
  uuid: "uuid",
  map: "jsonb",
  jsonb: "jsonb",
  json: "json",
  binary: "binary",
  bytea: "binary",
};

export interface EctoColumnType {
  type: ColumnType;
  /** `references(...)`: the column also gets a foreign key. */
  references?: { table?: string; name?: string; validated: boolean };
  /** `:serial`, `:bigserial`, `:identity`: existing rows get values computed row by row. */
  autoIncrement?: boolean;
}

/** The column type of `add`/`modify`'s second argument with its options (`size:`, `precision:`, `scale:`). */
export function ectoColumnType(node: Node | undefined, opts: Map<string, Node>): EctoColumnType | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === "call") {
    const shape = callShape(n);
    if (shape?.name !== "references") return undefined;
    const table = nameValue(shape.positional[0]);
    const refType = nameValue(shape.keywords.get("type"));
    const name = nameValue(shape.keywords.get("name"));
    return {
      type: { type: refType ? (TYPES[refType] ?? refType) : "bigint" },
      references: extend(table !== undefined ? { table } : {}, name !== undefined ? { name } : {}, {
        validated: shape.keywords.get("validate")?.text !== "false",
      }),
    };
  }
  if (n.type === "tuple") {
    // {:array, :string}, {:map, :string}: containers keep their own name so a change in or out is "other".
    const outer = nameValue(n.namedChildren[0]);
    return outer === undefined ? undefined : { type: { type: outer } };
  }
  const name = nameValue(n);
  if (name === undefined) return undefined;
  const type = TYPES[name] ?? name;
  const size = numberValue(opts.get("size"));
  const precision = numberValue(opts.get("precision"));
  const scale = numberValue(opts.get("scale"));
  const column: ColumnType = { type };
  if (type === "string") column.limit = size ?? DEFAULT_STRING_SIZE;
  if (type === "decimal") {
    if (precision !== undefined) column.precision = precision;
    if (scale !== undefined) column.scale = scale;
  }
  return { type: column, ...(/serial$|^identity$/.test(name) ? { autoIncrement: true } : {}) };
}

/** `from: :string`, `from: {:string, size: 10}`, `from: references(:users)` → the old type. */
export function fromType(node: Node | undefined): EctoColumnType | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === "tuple") {
    const [type, opts] = n.namedChildren;
    const keywords = new Map<string, Node>();
    if (opts?.type === "keywords") {
      for (const pair of opts.namedChildren) {
        const key = pair?.childForFieldName("key")?.text.replace(/:\s*$/, "");
        const value = pair?.childForFieldName("value");
        if (key && value) keywords.set(key, value);
      }
      return type ? ectoColumnType(type, keywords) : undefined;
    }
  }
  return ectoColumnType(n, new Map());
}

/** `from: {:string, null: true}` → true: the old column allowed NULL. */
export function fromNullable(node: Node | undefined): boolean | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "tuple") return undefined;
  const opts = n.namedChildren[1];
  if (opts?.type !== "keywords") return undefined;
  for (const pair of opts.namedChildren) {
    if (pair?.childForFieldName("key")?.text.replace(/:\s*$/, "") === "null")
      return pair.childForFieldName("value")?.text === "true";
  }
  return undefined;
}
