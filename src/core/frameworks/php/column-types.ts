// Laravel's Blueprint column methods: which columns each one adds, of which type, and whether Laravel makes
// them nullable by itself. Types map onto the shared classification in core/column-types/ so a `->change()`
// is lossy or widening by the same measure as a Rails `change_column`.
import type { ColumnType } from "../../column-types/index.js";
import { numberValue, stringValue, unwrap, arg, type CallArgs, type Node } from "./nodes.js";
import { singularize, underscore } from "../shared/inflect.js";

export interface ColumnDefinition {
  /** Column names; undefined when a name is not a literal the reader can see. */
  columns: string[] | undefined;
  type: ColumnType;
  /** Laravel adds these as NULL by itself (timestamps(), softDeletes(), rememberToken(), nullableMorphs()). */
  nullable?: boolean;
  /** An auto-increment key: existing rows get values from a sequence, computed row by row. */
  autoIncrement?: boolean;
}

/** Laravel's Builder::$defaultStringLength. */
const DEFAULT_STRING_LENGTH = 255;

const SIMPLE_TYPES: Record<string, string> = {
  text: "text",
  tinyText: "text",
  mediumText: "text",
  longText: "text",
  integer: "integer",
  unsignedInteger: "integer",
  mediumInteger: "integer",
  unsignedMediumInteger: "integer",
  bigInteger: "bigint",
  unsignedBigInteger: "bigint",
  foreignId: "bigint",
  smallInteger: "smallint",
  unsignedSmallInteger: "smallint",
  tinyInteger: "smallint",
  unsignedTinyInteger: "smallint",
  float: "float",
  double: "float",
  boolean: "boolean",
  date: "date",
  dateTime: "datetime",
  dateTimeTz: "datetime",
  timestamp: "datetime",
  timestampTz: "datetime",
  time: "time",
  timeTz: "time",
  year: "year",
  json: "json",
  jsonb: "jsonb",
  binary: "binary",
  uuid: "uuid",
  foreignUuid: "uuid",
  ulid: "ulid",
  foreignUlid: "ulid",
  ipAddress: "inet",
  macAddress: "macaddr",
  enum: "enum",
  set: "set",
  geometry: "geometry",
  geography: "geography",
  vector: "vector",
  computed: "computed",
};

const INCREMENTS: Record<string, string> = {
  increments: "integer",
  bigIncrements: "bigint",
  mediumIncrements: "integer",
  smallIncrements: "smallint",
  tinyIncrements: "smallint",
  id: "bigint",
};

const MORPHS: Record<string, { id: string; nullable: boolean }> = {
  morphs: { id: "bigint", nullable: false },
  nullableMorphs: { id: "bigint", nullable: true },
  uuidMorphs: { id: "uuid", nullable: false },
  nullableUuidMorphs: { id: "uuid", nullable: true },
  ulidMorphs: { id: "ulid", nullable: false },
  nullableUlidMorphs: { id: "ulid", nullable: true },
  numericMorphs: { id: "bigint", nullable: false },
  nullableNumericMorphs: { id: "bigint", nullable: true },
};

function names(node: Node | undefined, fallback?: string): string[] | undefined {
  if (node === undefined) return fallback === undefined ? undefined : [fallback];
  const value = stringValue(node);
  return value === undefined ? undefined : [value];
}

/** `User::class` → "user_id" (Laravel's foreignIdFor default); undefined for anything else. */
function foreignKeyFor(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "class_constant_access_expression") return undefined;
  const [scope, constant] = n.namedChildren;
  if (!scope || constant?.text !== "class") return undefined;
  const model = scope.text.split("\\").pop()!;
  return `${singularize(underscore(model))}_id`;
}

/** The columns a Blueprint method adds, or undefined when `method` does not add columns. */
export function columnDefinition(method: string, args: CallArgs): ColumnDefinition | undefined {
  const first = arg(args, 0, "column");
  if (method === "addColumn") {
    // addColumn('string', 'name', ['length' => 100]): the type by its Blueprint name.
    const type = stringValue(arg(args, 0, "type"));
    const columns = names(arg(args, 1, "name"));
    if (type === undefined) return { columns: undefined, type: { type: "unknown" } };
    const known = type === "string" ? "string" : (SIMPLE_TYPES[type] ?? INCREMENTS[type] ?? type);
    return {
      columns,
      type: known === "string" ? { type: "string", limit: DEFAULT_STRING_LENGTH } : { type: known },
    };
  }
  if (method === "string" || method === "char") {
    const length = numberValue(arg(args, 1, "length"));
    return {
      columns: names(first),
      type: { type: "string", limit: length ?? DEFAULT_STRING_LENGTH },
    };
  }
  if (method === "decimal" || method === "unsignedDecimal") {
    return {
      columns: names(first),
      type: {
        type: "decimal",
        precision: numberValue(arg(args, 1, "total")) ?? 8,
        scale: numberValue(arg(args, 2, "places")) ?? 2,
      },
    };
  }
  const simple = SIMPLE_TYPES[method];
  if (simple !== undefined) {
    // `increments`-like flag: integer('id', true) is an auto-increment key.
    const autoIncrement = /integer$/i.test(method) && args.positional[1]?.text === "true";
    return { columns: names(first), type: { type: simple }, ...(autoIncrement ? { autoIncrement } : {}) };
  }
  const increments = INCREMENTS[method];
  if (increments !== undefined) {
    return {
      columns: names(first, method === "id" ? "id" : undefined),
      type: { type: increments },
      autoIncrement: true,
    };
  }
  switch (method) {
    case "foreignIdFor": {
      const explicit = arg(args, 1, "column");
      const column = explicit ? stringValue(explicit) : foreignKeyFor(first);
      return { columns: column === undefined ? undefined : [column], type: { type: "bigint" } };
    }
    case "timestamps":
    case "timestampsTz":
    case "nullableTimestamps":
      return { columns: ["created_at", "updated_at"], type: { type: "datetime" }, nullable: true };
    case "softDeletes":
    case "softDeletesTz":
      return { columns: names(first, "deleted_at"), type: { type: "datetime" }, nullable: true };
    case "rememberToken":
      return { columns: ["remember_token"], type: { type: "string", limit: 100 }, nullable: true };
    default:
      break;
  }
  const morphs = MORPHS[method];
  if (morphs !== undefined) {
    const name = stringValue(first);
    return {
      columns: name === undefined ? undefined : [`${name}_type`, `${name}_id`],
      type: { type: morphs.id },
      nullable: morphs.nullable,
    };
  }
  return undefined;
}

/** Every Blueprint method that adds columns, by the name Laravel spells it. */
export const COLUMN_METHODS: readonly string[] = [
  "string",
  "char",
  "decimal",
  "unsignedDecimal",
  "addColumn",
  "foreignIdFor",
  "timestamps",
  "timestampsTz",
  "nullableTimestamps",
  "softDeletes",
  "softDeletesTz",
  "rememberToken",
  ...Object.keys(SIMPLE_TYPES),
  ...Object.keys(INCREMENTS),
  ...Object.keys(MORPHS),
];
