// What a column type change does to the stored values, judged from the type names alone.

/**
 * A PostgreSQL enum type as the schema history knows it: its name and its labels in order. Only the schema state
 * makes one (from CREATE TYPE ... AS ENUM, Rails' `create_enum`, a Prisma `enum` block); a type name alone says
 * nothing of its labels.
 */
export interface EnumType {
  name: string;
  labels: string[];
}

/** A column type reduced to what matters for comparing two of them. */
export interface ColumnType {
  /** Canonical base name (int4, varchar, numeric, text...); `enum` for a known enum type. */
  base: string;
  /** Type modifiers: length for strings, precision and scale for numeric. */
  mods: number[];
  array: boolean;
  /** The enum type, when the base names one the schema history knows. */
  enum?: EnumType;
}

const ALIASES: Record<string, string> = {
  int: "int4",
  integer: "int4",
  int4: "int4",
  serial: "int4",
  serial4: "int4",
  smallint: "int2",
  int2: "int2",
  smallserial: "int2",
  serial2: "int2",
  bigint: "int8",
  int8: "int8",
  bigserial: "int8",
  serial8: "int8",
  tinyint: "int1",
  mediumint: "int3",
  "character varying": "varchar",
  varchar: "varchar",
  nvarchar: "varchar",
  varchar2: "varchar",
  character: "bpchar",
  char: "bpchar",
  nchar: "bpchar",
  bpchar: "bpchar",
  text: "text",
  tinytext: "tinytext",
  mediumtext: "mediumtext",
  longtext: "longtext",
  clob: "text",
  citext: "text",
  string: "text",
  numeric: "numeric",
  decimal: "numeric",
  dec: "numeric",
  real: "float4",
  float4: "float4",
  float: "float8",
  float8: "float8",
  double: "float8",
  "double precision": "float8",
  bool: "bool",
  boolean: "bool",
  bit: "bit",
  timestamp: "timestamp",
  datetime: "timestamp",
  "timestamp without time zone": "timestamp",
  timestamptz: "timestamptz",
  "timestamp with time zone": "timestamptz",
  date: "date",
  time: "time",
  timetz: "timetz",
};

/**
 * Base names the model knows what values they hold, beside ALIASES' own: a base outside both is a type the model
 * cannot judge (an enum, domain or composite type whose definition it has not seen), judged as an unknown old type.
 */
const OTHER_KNOWN_BASES = [
  "uuid",
  "json",
  "jsonb",
  "bytea",
  "blob",
  "longblob",
  "binary",
  "varbinary",
  "inet",
  "cidr",
  "macaddr",
  "money",
  "interval",
  "xml",
  "varbit",
  "tsvector",
  "hstore",
  "point",
  "oid",
];
const KNOWN_BASES = new Set([...Object.values(ALIASES), ...OTHER_KNOWN_BASES]);

/** False for a type the model cannot judge: a name it does not know (an enum, domain or composite never seen). */
export function isJudged(t: ColumnType): boolean {
  return t.enum !== undefined || KNOWN_BASES.has(t.base);
}

/** The key an enum type is known by: without quotes, case, or PostgreSQL's default schema. */
export function enumKey(name: string): string {
  const bare = name.replace(/["`]/g, "").toLowerCase();
  return bare.startsWith("public.") ? bare.slice("public.".length) : bare;
}

/**
 * `t` with its base read as the enum type of that name, when `enumNamed` knows one (`order_status` in a column
 * definition is the enum `CREATE TYPE order_status AS ENUM (...)` made); `t` itself otherwise.
 */
export function withEnum(
  t: ColumnType | undefined,
  enumNamed: (name: string) => EnumType | undefined,
): ColumnType | undefined {
  if (!t || t.enum || KNOWN_BASES.has(t.base)) return t;
  const known = enumNamed(t.base);
  return known ? { base: "enum", mods: [], array: t.array, enum: known } : t;
}

const INT_RANK: Record<string, number> = { int1: 1, int2: 2, int3: 3, int4: 4, int8: 5 };
const TEXT_RANK: Record<string, number> = { tinytext: 1, text: 2, mediumtext: 3, longtext: 4 };
const BOUNDED_STRINGS = new Set(["varchar", "bpchar"]);
const FRACTIONAL = new Set(["numeric", "float4", "float8"]);
const TEMPORAL = new Set(["timestamp", "timestamptz", "date", "time", "timetz"]);

export function columnType(name: string, mods: readonly number[] = [], array = false): ColumnType {
  const key = name.toLowerCase().replace(/\s+/g, " ").trim();
  return { base: ALIASES[key] ?? key, mods: [...mods], array };
}

function isUnboundedText(t: ColumnType): boolean {
  return t.base in TEXT_RANK || (t.base === "varchar" && t.mods.length === 0);
}

export interface TypeChange {
  widening?: true;
  lossy?: true;
}

/**
 * Compares the old and new type of a column. `widening` is only claimed when the old type is known and the
 * database keeps the stored bytes as they are (PostgreSQL: no table rewrite). int → bigint keeps every value
 * but still rewrites the table, so it is neither widening nor lossy. Without the old type, only targets that
 * are narrow whatever the source (varchar(n), smallint, boolean, date...) are called lossy.
 */
export function classifyTypeChange(from: ColumnType | undefined, to: ColumnType): TypeChange {
  if (to.array || from?.array) return from && sameType(from, to) ? { widening: true } : {};
  // An old type the model cannot judge (an enum whose labels were never seen) tells no more than none (fails
  // closed: a target narrow whatever the source is still lossy).
  if (!from || !isJudged(from)) return lossyWhateverTheSource(to) ? { lossy: true } : {};
  if (sameType(from, to)) return { widening: true };
  if (from.enum || to.enum) return enumChange(from, to);

  // Strings.
  if (BOUNDED_STRINGS.has(from.base) || from.base === "text" || from.base in TEXT_RANK) {
    if (to.base === "varchar" && to.mods.length === 0)
      return from.base === "bpchar" ? {} : { widening: true };
    if (to.base in TEXT_RANK) {
      if (from.base in TEXT_RANK) {
        const cmp = TEXT_RANK[to.base]! - TEXT_RANK[from.base]!;
        return cmp >= 0 ? { widening: true } : { lossy: true };
      }
      return from.base === "varchar" ? { widening: true } : {};
    }
    if (BOUNDED_STRINGS.has(to.base)) {
      const n = to.mods[0];
      if (n === undefined) return {};
      if (isUnboundedText(from)) return { lossy: true };
      const m = from.mods[0];
      if (m === undefined || n < m) return { lossy: true };
      return from.base === to.base && from.base === "varchar" ? { widening: true } : {};
    }
    if (to.base === "bool") return { lossy: true };
    // Text that must parse as a number or a date: any stored value that does not fails the migration.
    if (to.base in INT_RANK || FRACTIONAL.has(to.base) || TEMPORAL.has(to.base)) return { lossy: true };
    return {};
  }

  // Numbers.
  if (from.base in INT_RANK) {
    if (to.base in INT_RANK) return INT_RANK[to.base]! < INT_RANK[from.base]! ? { lossy: true } : {};
    if (to.base === "bool") return { lossy: true };
    if (to.base === "numeric" && to.mods.length > 0) return { lossy: true };
    if (to.base === "float4" && INT_RANK[from.base]! >= 4) return { lossy: true };
    return {};
  }
  if (FRACTIONAL.has(from.base)) {
    if (to.base in INT_RANK || to.base === "bool") return { lossy: true };
    if (from.base === "numeric" && to.base === "numeric") {
      if (to.mods.length === 0) return { widening: true };
      if (from.mods.length === 0) return { lossy: true };
      const [p1 = 0, s1 = 0] = from.mods;
      const [p2 = 0, s2 = 0] = to.mods;
      if (p2 < p1 || s2 < s1) return { lossy: true };
      // PostgreSQL keeps the bytes when only the precision grows.
      return s2 === s1 ? { widening: true } : {};
    }
    if (to.base === "numeric" && to.mods.length > 0) return { lossy: true };
    if (to.base === "float4" && from.base !== "float4") return { lossy: true };
    return {};
  }

  // Dates and times.
  if (TEMPORAL.has(from.base)) {
    if (from.base === to.base) return precisionChange(from, to);
    if (
      (from.base === "timestamp" || from.base === "timestamptz") &&
      (to.base === "date" || to.base === "time")
    )
      return { lossy: true };
    if (to.base === "bool" || to.base in INT_RANK) return { lossy: true };
    return {};
  }

  if (to.base === "bool") return { lossy: true };
  return {};
}

/**
 * A change from or to an enum, judged by its labels. PostgreSQL stores an enum value as a 4-byte reference to its
 * label, and no cast from it is binary coercible, so every such change rewrites the table (never `widening`).
 * To an enum: a stored value that is not one of its labels fails the cast. From an enum: text holds every
 * label; a bounded string holds them when it is as long as the longest; anything else needs a mapping.
 */
function enumChange(from: ColumnType, to: ColumnType): TypeChange {
  if (to.enum) {
    const labels = new Set(to.enum.labels);
    return from.enum && from.enum.labels.every((l) => labels.has(l)) ? {} : { lossy: true };
  }
  const longest = Math.max(0, ...from.enum!.labels.map((l) => [...l].length));
  if (isUnboundedText(to)) return {};
  // char without a length is char(1).
  if (BOUNDED_STRINGS.has(to.base)) return longest <= (to.mods[0] ?? 1) ? {} : { lossy: true };
  // A type the model does not know (another enum never seen, a domain) is for a person to judge.
  return KNOWN_BASES.has(to.base) ? { lossy: true } : {};
}

/** Fractional seconds kept by a time type: PostgreSQL's default (and the most any keeps) is 6. */
function fractionalDigits(t: ColumnType): number {
  return t.mods[0] ?? 6;
}

/** timestamp(6) → timestamp(3) rounds every stored value; more digits keep them (and no rewrite). */
function precisionChange(from: ColumnType, to: ColumnType): TypeChange {
  const cmp = fractionalDigits(to) - fractionalDigits(from);
  return cmp < 0 ? { lossy: true } : { widening: true };
}

function sameType(a: ColumnType, b: ColumnType): boolean {
  if (a.enum || b.enum)
    return !!a.enum && !!b.enum && enumKey(a.enum.name) === enumKey(b.enum.name) && a.array === b.array;
  return a.base === b.base && a.array === b.array && a.mods.join(",") === b.mods.join(",");
}

function lossyWhateverTheSource(to: ColumnType): boolean {
  // Only values that are its labels fit an enum.
  if (to.enum) return true;
  if (BOUNDED_STRINGS.has(to.base)) return to.mods.length > 0;
  if (to.base === "numeric") return to.mods.length > 0;
  if (TEMPORAL.has(to.base) && to.mods.length > 0 && fractionalDigits(to) < 6) return true;
  return ["int1", "int2", "int3", "int4", "bool", "date", "time", "float4", "tinytext", "bit"].includes(
    to.base,
  );
}
