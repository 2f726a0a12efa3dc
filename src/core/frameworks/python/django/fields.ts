// A Django field as a migration writes it (`models.CharField(max_length=20, null=True, default="x")`): its
// column, type, nullability, default, and the index and constraints Django adds for it.
import type { ColumnDefault } from "../../../types.js";
import { isVolatileSql } from "../../shared/volatile-defaults.js";
import { djangoFieldType } from "../column-types.js";
import {
  booleanValue,
  callArgs,
  dottedName,
  isNone,
  isPlainLiteral,
  methodName,
  stringValue,
  unwrap,
  type CallArgs,
  type Node,
} from "../nodes.js";
import { extend } from "../../../extend.js";

const RELATED_FIELDS = new Set(["ForeignKey", "OneToOneField", "ParentalKey"]);
const MANY_TO_MANY = new Set(["ManyToManyField", "ParentalManyToManyField"]);
/** `db_default` functions evaluated per row. */
const VOLATILE_DB_FUNCTION = /random|uuid/i;

export interface FieldInfo {
  column: string;
  type?: string;
  notNull: boolean;
  default?: ColumnDefault;
  related: boolean;
  manyToMany: boolean;
  through: boolean;
  unique: boolean;
  dbIndex: boolean;
  dbConstraint: boolean;
}

export function readField(name: string, field: Node): FieldInfo {
  const cls = methodName(field) ?? "";
  const args = callArgs(field);
  const kw = args.keywords;
  const related = RELATED_FIELDS.has(cls);
  const column = stringValue(kw.get("db_column")) ?? (related ? `${name}_id` : name);
  const type = related ? undefined : djangoFieldType(cls, field);
  const unique = booleanValue(kw.get("unique")) === true || cls === "OneToOneField";
  return {
    column,
    ...(type !== undefined ? { type } : {}),
    notNull: booleanValue(kw.get("null")) !== true,
    default: computedDefault(cls, kw) ?? fieldDefault(args),
    related,
    manyToMany: MANY_TO_MANY.has(cls),
    through: kw.has("through"),
    unique: unique && booleanValue(kw.get("primary_key")) !== true,
    // Django indexes foreign keys unless told not to.
    dbIndex: booleanValue(kw.get("db_index")) ?? related,
    dbConstraint: booleanValue(kw.get("db_constraint")) !== false,
  };
}

const AUTO_FIELDS = new Set(["AutoField", "BigAutoField", "SmallAutoField"]);

/**
 * A value the database computes for every existing row when the field is added: an AutoField's sequence
 * (serial) and a `GeneratedField(..., db_persist=True)` (GENERATED ALWAYS AS ... STORED). Read like the SQL
 * reader reads the same columns.
 */
function computedDefault(cls: string, kw: ReadonlyMap<string, Node>): ColumnDefault | undefined {
  if (AUTO_FIELDS.has(cls)) return { volatile: true, text: "nextval (serial)" };
  if (cls === "GeneratedField" && booleanValue(kw.get("db_persist")) === true) {
    return { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
  }
  return undefined;
}

function fieldDefault(args: CallArgs): ColumnDefault | undefined {
  const dbDefault = args.keywords.get("db_default");
  if (dbDefault && !isNone(dbDefault)) {
    // `db_default` stays in the database: a function in it runs for every row the ALTER fills.
    const n = unwrap(dbDefault);
    const fn = n.type === "call" ? (methodName(n) ?? "") : "";
    return { volatile: VOLATILE_DB_FUNCTION.test(fn) || isVolatileSql(n.text), text: n.text };
  }
  const value = args.keywords.get("default");
  if (!value || isNone(value)) return undefined;
  const n = unwrap(value);
  if (dottedName(n)?.endsWith("NOT_PROVIDED")) return undefined;
  // Django's `default=` lives in Python: the migration sets it on the column to fill the rows, then drops it.
  return extend(pythonDefault(n), { transient: true });
}

function pythonDefault(n: Node): ColumnDefault {
  if (isPlainLiteral(n)) return { volatile: false, text: n.text };
  if (n.type === "identifier" || n.type === "attribute" || n.type === "lambda") {
    // Django calls a callable default once, in Python, and writes that one value into every existing row:
    // nothing per-row reaches the database (but a unique column then gets duplicates).
    return {
      volatile: false,
      text: `${n.text} (called once by Django; every existing row gets the same value)`,
    };
  }
  return { volatile: false, text: n.text };
}
