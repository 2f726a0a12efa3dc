// What every framework reader needs besides its parser: the shape of an operation before its span is known,
// the snippet an `unknown` operation carries, and the limits that keep a pathological file cheap.
import type { Operation } from "../../types.js";

type OmitSpan<T> = T extends unknown ? Omit<T, "line" | "endLine"> : never;

/** An Operation without its span: what a handler decides; the reader adds the lines of the node it read. */
export type OperationBody = OmitSpan<Operation>;

/** Deep enough for any real chain of helpers, shallow enough that a pathological file stays cheap. */
export const MAX_DEPTH = 20;

/** A loop over a literal list (`%i[a b].each`, `foreach (['a', 'b'] as $t)`) is read once per value up to this many. */
export const MAX_LOOP_VALUES = 50;

/** The source text an `unknown` operation shows: at most 200 characters, an ellipsis where it was cut. */
export function truncate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/** The operation for a construct a reader cannot follow: why, and the text that was not followed. */
export function unknownOperation(reason: string, text: string): OperationBody {
  return { kind: "unknown", reason, text: truncate(text) };
}

/**
 * The handler a table holds for a method name, or undefined. Own keys only: a call named `constructor` or
 * `toString` in a migration must not find Object's.
 */
export function handlerFor<H>(table: Readonly<Record<string, H>>, name: string): H | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/**
 * SQL run with bound values (`runSql(sql, [values])`, `addSql(sql, $params)`) has placeholders the drivers
 * replace (`?`, `:name`; PostgreSQL's own are `$1`, `$2`...). Numbered here, outside quotes and leaving `::`
 * casts alone, so the statement parses as the database will see it.
 */
export function numberPlaceholders(sql: string): string {
  let out = "";
  let quote: string | undefined;
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "?") {
      out += `$${++n}`;
      continue;
    } else if (c === ":" && sql[i - 1] !== ":" && sql[i + 1] !== ":" && /[A-Za-z_]/.test(sql[i + 1] ?? "")) {
      const name = /^[A-Za-z_]\w*/.exec(sql.slice(i + 1))![0];
      out += `$${++n}`;
      i += name.length;
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * Whether an update only fills NULLs (a backfill): every assigned column is one the filter requires to be NULL.
 * Never when no assigned column is known.
 */
export function onlyNulls(columns: readonly string[], nullColumns: ReadonlySet<string>): boolean {
  return columns.length > 0 && columns.every((c) => nullColumns.has(c));
}
