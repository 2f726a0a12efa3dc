// SQLAlchemy types and Django field classes → the SQL type they create, and the abstract type the shared
// type-change classifier compares (string with a length, integer widths, numeric precision...).
import type { ColumnType } from "../../column-types/index.js";
import { callArgs, dottedName, methodName, numberValue, unwrap, arg, type Node } from "./nodes.js";

export interface PythonColumnType {
  /** The SQL type as a message shows it (`varchar(50)`, `numeric(10,2)`). */
  text: string;
  /** For comparing with another type; absent when the type is not one the classifier knows. */
  type?: ColumnType;
}

interface Known {
  abstract: string;
  sql: string;
}

// Keyed by the class name without module (`sa.String`, `sqlalchemy.types.String`, `String` all read `String`).
const SQLALCHEMY: Record<string, Known> = {
  String: { abstract: "string", sql: "varchar" },
  Unicode: { abstract: "string", sql: "varchar" },
  VARCHAR: { abstract: "string", sql: "varchar" },
  NVARCHAR: { abstract: "string", sql: "varchar" },
  CHAR: { abstract: "string", sql: "char" },
  NCHAR: { abstract: "string", sql: "char" },
  Text: { abstract: "text", sql: "text" },
  UnicodeText: { abstract: "text", sql: "text" },
  TEXT: { abstract: "text", sql: "text" },
  CITEXT: { abstract: "text", sql: "citext" },
  Integer: { abstract: "integer", sql: "integer" },
  INTEGER: { abstract: "integer", sql: "integer" },
  INT: { abstract: "integer", sql: "integer" },
  BigInteger: { abstract: "bigint", sql: "bigint" },
  BIGINT: { abstract: "bigint", sql: "bigint" },
  SmallInteger: { abstract: "smallint", sql: "smallint" },
  SMALLINT: { abstract: "smallint", sql: "smallint" },
  Float: { abstract: "float", sql: "double precision" },
  FLOAT: { abstract: "float", sql: "double precision" },
  REAL: { abstract: "float", sql: "real" },
  Double: { abstract: "float", sql: "double precision" },
  DOUBLE: { abstract: "float", sql: "double precision" },
  DOUBLE_PRECISION: { abstract: "float", sql: "double precision" },
  Numeric: { abstract: "decimal", sql: "numeric" },
  NUMERIC: { abstract: "decimal", sql: "numeric" },
  DECIMAL: { abstract: "decimal", sql: "numeric" },
  Boolean: { abstract: "boolean", sql: "boolean" },
  BOOLEAN: { abstract: "boolean", sql: "boolean" },
  DateTime: { abstract: "datetime", sql: "timestamp" },
  DATETIME: { abstract: "datetime", sql: "timestamp" },
  TIMESTAMP: { abstract: "datetime", sql: "timestamp" },
  Date: { abstract: "date", sql: "date" },
  DATE: { abstract: "date", sql: "date" },
  Time: { abstract: "time", sql: "time" },
  TIME: { abstract: "time", sql: "time" },
};

function lengthOf(args: ReturnType<typeof callArgs>, keyword: string, index = 0): number | undefined {
  return numberValue(arg(args, index, keyword));
}

/** A SQLAlchemy type expression: `sa.String(50)`, `sa.Integer()`, `sa.Text`, `postgresql.UUID(as_uuid=True)`. */
export function sqlalchemyType(node: Node | null | undefined): PythonColumnType | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  const name = n.type === "call" ? methodName(n) : dottedName(n)?.split(".").pop();
  if (!name) return { text: n.text };
  const known = SQLALCHEMY[name];
  if (!known) return { text: name.toLowerCase() };
  const args = n.type === "call" ? callArgs(n) : undefined;
  if (known.abstract === "string") {
    const limit = args ? lengthOf(args, "length") : undefined;
    return {
      text: limit === undefined ? known.sql : `${known.sql}(${limit})`,
      type: { type: "string", ...(limit !== undefined ? { limit } : {}) },
    };
  }
  if (known.abstract === "decimal") {
    const precision = args ? lengthOf(args, "precision") : undefined;
    const scale = args ? lengthOf(args, "scale", 1) : undefined;
    const text =
      precision === undefined
        ? known.sql
        : `${known.sql}(${precision}${scale !== undefined ? `,${scale}` : ""})`;
    return {
      text,
      type: {
        type: "decimal",
        ...(precision !== undefined ? { precision } : {}),
        ...(scale !== undefined ? { scale } : {}),
      },
    };
  }
  return { text: known.sql, type: { type: known.abstract } };
}

const DJANGO: Record<string, string> = {
  AutoField: "integer",
  BigAutoField: "bigint",
  SmallAutoField: "smallint",
  TextField: "text",
  IntegerField: "integer",
  PositiveIntegerField: "integer",
  BigIntegerField: "bigint",
  PositiveBigIntegerField: "bigint",
  SmallIntegerField: "smallint",
  PositiveSmallIntegerField: "smallint",
  FloatField: "double precision",
  BooleanField: "boolean",
  NullBooleanField: "boolean",
  DateTimeField: "timestamp with time zone",
  DateField: "date",
  TimeField: "time",
  DurationField: "interval",
  UUIDField: "uuid",
  JSONField: "jsonb",
  BinaryField: "bytea",
  GenericIPAddressField: "inet",
  IPAddressField: "inet",
};

/** Default `max_length` of Django's character fields. */
const DJANGO_VARCHAR: Record<string, number | undefined> = {
  CharField: undefined,
  SlugField: 50,
  EmailField: 254,
  URLField: 200,
  FileField: 100,
  ImageField: 100,
  FilePathField: 100,
};

/** The SQL type of a Django field call (`models.CharField(max_length=20)` → `varchar(20)`); undefined when it depends on another model. */
export function djangoFieldType(fieldClass: string, field: Node): string | undefined {
  const args = callArgs(field);
  if (fieldClass in DJANGO_VARCHAR) {
    const limit = numberValue(args.keywords.get("max_length")) ?? DJANGO_VARCHAR[fieldClass];
    return limit === undefined ? "varchar" : `varchar(${limit})`;
  }
  if (fieldClass === "DecimalField") {
    const p = numberValue(args.keywords.get("max_digits"));
    const s = numberValue(args.keywords.get("decimal_places"));
    return p === undefined ? "numeric" : `numeric(${p}${s !== undefined ? `,${s}` : ""})`;
  }
  if (fieldClass === "ArrayField") return "array";
  return DJANGO[fieldClass];
}
