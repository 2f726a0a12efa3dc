// A column type as an Operation carries it (`type?: string`, the text a message shows) read back into the one
// model, so the schema history can compare an old type with a new one written by another file.
import { toSqlType } from "./abstract.js";
import { columnType, type ColumnType } from "./sql.js";

/**
 * Which spelling a framework's operations use: `abstract` for the readers that describe Rails-style types
 * (`string(100)` is a limit, `integer(8)` a byte size), `sql` for every reader that writes SQL type names.
 */
export type TypeVocabulary = "abstract" | "sql";

const SHAPE =
  /^([a-z_][\w .]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?\))?\s*((?:with|without) time zone)?\s*(\[\])?$/i;

/**
 * `varchar(50)`, `string(100)`, `numeric(10,2)`, `timestamp(3) with time zone`, `int[]`, `public.order_status` (a
 * user type, named as written: the schema state reads it as the enum it names, see `withEnum`); undefined when
 * not a type.
 */
export function typeFromText(text: string, vocabulary: TypeVocabulary): ColumnType | undefined {
  const m = SHAPE.exec(text.trim().replace(/\s+/g, " "));
  if (!m) return undefined;
  let name = m[1]!.toLowerCase().replace(/^:/, "");
  const first = m[2] === undefined ? undefined : Number(m[2]);
  const second = m[3] === undefined ? undefined : Number(m[3]);
  const array = m[5] !== undefined;
  if (m[4]) name = `${name} ${m[4].toLowerCase()}`;
  if (vocabulary === "abstract") {
    const precise = /^(decimal|numeric|datetime|timestamp|timestamptz|time)$/.test(name);
    const t = toSqlType({
      type: array ? `${name}[]` : name,
      ...(first !== undefined ? (precise ? { precision: first } : { limit: first }) : {}),
      ...(second !== undefined ? { scale: second } : {}),
    });
    return t;
  }
  const mods = [first, second].filter((n): n is number => n !== undefined);
  return columnType(name, mods, array);
}
