// Framework (abstract) column types, in Rails' spelling, onto which every framework reader maps its own; and what
// a change between two of them does to the data already stored.
// The judging itself is the SQL model's (sql.ts): a framework type is spelled as SQL first, so Rails, Laravel,
// Ecto, Alembic and the JS libraries get the same answer as migration SQL for the same change. The old type comes
// from the same file (a column added earlier, or the `down` that restores it) or from the schema history.

import {
  classifyTypeChange as classifySqlTypeChange,
  columnType as sqlColumnType,
  type ColumnType as SqlColumnType,
  type TypeChange,
} from "./sql.js";

export interface ColumnType {
  /** Rails type name as written (`:string`, `:bigint`, `:decimal`...). */
  type: string;
  limit?: number;
  precision?: number;
  scale?: number;
}

export type { TypeChange };

/**
 * The framework type as the SQL column-type model spells it, so both vocabularies are judged by one classifier.
 * Rails' `:string` without a limit is `varchar(255)` on MySQL and unbounded on PostgreSQL; it is taken as
 * `varchar(255)`, so a change that loses data on MySQL only is called lossy everywhere (fails closed).
 */
export function toSqlType(t: ColumnType): SqlColumnType {
  const name = t.type.toLowerCase().replace(/^:/, "");
  const array = name.endsWith("[]");
  const base = array ? name.slice(0, -2) : name;
  switch (base) {
    case "string":
    case "varchar":
    case "character varying":
      return sqlColumnType("varchar", [t.limit ?? 255], array);
    case "char":
    case "character":
      return sqlColumnType("char", t.limit !== undefined ? [t.limit] : [], array);
    case "integer":
    case "int": {
      // Rails maps `limit:` on integers to bytes: 1-2 smallint, 3-4 integer, 5-8 bigint.
      const sized = t.limit === undefined ? "int4" : t.limit <= 2 ? "int2" : t.limit <= 4 ? "int4" : "int8";
      return sqlColumnType(sized, [], array);
    }
    case "float":
      return sqlColumnType("float8", [], array);
    case "decimal":
    case "numeric":
      return sqlColumnType(
        "numeric",
        t.precision === undefined ? [] : [t.precision, ...(t.scale !== undefined ? [t.scale] : [])],
        array,
      );
    case "datetime":
    case "timestamp":
    case "timestamptz":
    case "time":
      return sqlColumnType(base, t.precision !== undefined ? [t.precision] : [], array);
    case "boolean":
      return sqlColumnType("bool", [], array);
    default:
      return sqlColumnType(base, [], array);
  }
}

/** What changing a column from `from` to `to` means for existing values; `{}` when it cannot be told. */
export function classifyTypeChange(from: ColumnType | undefined, to: ColumnType): TypeChange {
  // An unlimited `:string` is unbounded on PostgreSQL: without the old type it is not narrow whatever the source.
  if (!from && /^:?string$/i.test(to.type) && to.limit === undefined) return {};
  return classifySqlTypeChange(from && toSqlType(from), toSqlType(to));
}

/** "string(100)", "decimal(10,2)", "bigint": the type as a message can show it. */
export function describeType(t: ColumnType): string {
  if (t.precision !== undefined)
    return `${t.type}(${t.precision}${t.scale !== undefined ? `,${t.scale}` : ""})`;
  if (t.limit !== undefined) return `${t.type}(${t.limit})`;
  return t.type;
}
