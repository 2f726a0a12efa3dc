// Framework (abstract) column types, in Rails' spelling, onto which every framework reader maps its own; and what
// a change between two of them does to the data already stored.
// `widening` means the database only updates its catalog (varchar(n) → longer or text, numeric(p,s) → numeric(p+k,s)),
// `lossy` that some stored values cannot survive. Only the new type is written in `change_column`; the old one comes from the same file (a column added
// earlier, or the `down`/`dir.down` that restores it) and is otherwise unknown, which flags nothing.

export interface ColumnType {
  /** Rails type name as written (`:string`, `:bigint`, `:decimal`...). */
  type: string;
  limit?: number;
  precision?: number;
  scale?: number;
}

export interface TypeChange {
  widening?: true;
  lossy?: true;
}

type Family =
  "integer" | "float" | "decimal" | "string" | "text" | "datetime" | "date" | "time" | "boolean" | "other";

interface Normalized {
  family: Family;
  /** Integer width rank (smallint 1, integer 2, bigint 3) or character limit. */
  size?: number;
  precision?: number;
  scale?: number;
}

const ALIASES: Record<string, string> = {
  int: "integer",
  int4: "integer",
  int8: "bigint",
  int2: "smallint",
  varchar: "string",
  "character varying": "string",
  char: "string",
  citext: "text",
  numeric: "decimal",
  real: "float",
  double: "float",
  "double precision": "float",
  timestamp: "datetime",
  timestamptz: "datetime",
  bool: "boolean",
};

function normalize(t: ColumnType): Normalized {
  const type = ALIASES[t.type.toLowerCase()] ?? t.type.toLowerCase();
  switch (type) {
    case "smallint":
      return { family: "integer", size: 1 };
    case "integer": {
      // Rails maps `limit:` on integers to bytes: 1-2 smallint, 3-4 integer, 5-8 bigint.
      const size = t.limit === undefined ? 2 : t.limit <= 2 ? 1 : t.limit <= 4 ? 2 : 3;
      return { family: "integer", size };
    }
    case "bigint":
      return { family: "integer", size: 3 };
    case "float":
      return { family: "float" };
    case "decimal":
      return { family: "decimal", precision: t.precision, scale: t.scale };
    case "string":
      return { family: "string", size: t.limit };
    case "text":
      return { family: "text" };
    case "datetime":
    case "date":
    case "time":
    case "boolean":
      return { family: type };
    default:
      return { family: "other" };
  }
}

const NUMERIC: readonly Family[] = ["integer", "float", "decimal"];
const NOT_TEXT: readonly Family[] = [...NUMERIC, "datetime", "date", "time", "boolean", "other"];

/** What changing a column from `from` to `to` means for existing values; `{}` when it cannot be told. */
export function classifyTypeChange(from: ColumnType | undefined, to: ColumnType): TypeChange {
  if (!from) return {};
  const a = normalize(from);
  const b = normalize(to);
  if (a.family === "integer" && b.family === "integer") {
    // Growing an integer keeps every value but is not `widening`: PostgreSQL and MySQL rewrite the whole table
    // for it, and `widening` tells the rules the change is metadata only.
    return b.size! < a.size! ? { lossy: true } : {};
  }
  if (a.family === "string" && b.family === "string") {
    if (a.size === b.size) return {};
    if (b.size === undefined || (a.size !== undefined && b.size > a.size)) return { widening: true };
    return { lossy: true };
  }
  if (a.family === "string" && b.family === "text") return { widening: true };
  if (a.family === "text" && b.family === "string") return { lossy: true };
  if (a.family === "decimal" && b.family === "decimal") {
    const sameScale = (a.scale ?? 0) === (b.scale ?? 0);
    if (a.precision === undefined || b.precision === undefined) {
      // An unconstrained numeric holds every value a constrained one does.
      if (b.precision === undefined && a.precision !== undefined) return { widening: true };
      if (a.precision === undefined && b.precision !== undefined) return { lossy: true };
      return {};
    }
    if (sameScale && b.precision > a.precision) return { widening: true };
    if (b.precision < a.precision || (b.scale ?? 0) < (a.scale ?? 0)) return { lossy: true };
    return {};
  }
  if ((a.family === "float" || a.family === "decimal") && b.family === "integer") return { lossy: true };
  if ((a.family === "string" || a.family === "text") && NOT_TEXT.includes(b.family)) return { lossy: true };
  if (a.family === "datetime" && (b.family === "date" || b.family === "time")) return { lossy: true };
  if (NUMERIC.includes(a.family) && b.family === "boolean") return { lossy: true };
  return {};
}

/** "string(100)", "decimal(10,2)", "bigint": the type as a message can show it. */
export function describeType(t: ColumnType): string {
  if (t.precision !== undefined)
    return `${t.type}(${t.precision}${t.scale !== undefined ? `,${t.scale}` : ""})`;
  if (t.limit !== undefined) return `${t.type}(${t.limit})`;
  return t.type;
}
