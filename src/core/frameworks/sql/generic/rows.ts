// Statements that change rows in the MySQL/SQLite reader: DELETE, UPDATE (and the columns its WHERE requires to be
// NULL), INSERT (a copy between tables, for the rebuild detector), and calls to functions off the pure list.
import type { StatementReader } from "../generic.js";
import { closing, splitAtDepth0, findDepth0, isWord, isPunct } from "./tokens.js";
import { identifier } from "../source.js";
import { isPureFunction } from "../pure-functions.js";

/** Words a `(` may follow in a row statement without calling a function: clauses, operators and types. */
const NOT_CALLS = new Set([
  "SELECT",
  "FROM",
  "WHERE",
  "AND",
  "OR",
  "NOT",
  "IN",
  "EXISTS",
  "VALUES",
  "VALUE",
  "ANY",
  "ALL",
  "SOME",
  "AS",
  "ON",
  "USING",
  "JOIN",
  "LATERAL",
  "OVER",
  "FILTER",
  "WITHIN",
  "PARTITION",
  "INDEX",
  "KEY",
  "WITH",
  "SET",
  "INTO",
  "TABLE",
  "ROW",
  "ARRAY",
  "CASE",
  "WHEN",
  "THEN",
  "ELSE",
  "IS",
  "BY",
  "LIKE",
  "BETWEEN",
  "UNION",
  "INTERSECT",
  "EXCEPT",
  "LIMIT",
  "OFFSET",
  "HAVING",
  "RETURNING",
  "DISTINCT",
  "MATCH",
  "AGAINST",
  "CONVERT",
  "CHAR",
  "CHARACTER",
  "VARCHAR",
  "NCHAR",
  "DECIMAL",
  "NUMERIC",
  "DEC",
  "FLOAT",
  "DOUBLE",
  "BINARY",
  "VARBINARY",
  "TIME",
  "DATETIME",
  "TIMESTAMP",
  "DUPLICATE",
  "UPDATE",
]);

const COPY_FILTERS = new Set([
  "WHERE",
  "JOIN",
  "LIMIT",
  "UNION",
  "EXCEPT",
  "INTERSECT",
  "GROUP",
  "HAVING",
  "OFFSET",
  "FETCH",
]);

/**
 * Calls in a row statement from token `from` on to functions off the short list of pure ones
 * (pure-functions.ts): `SELECT setval(..)`, `SELECT GET_LOCK(..)`... run code the reader cannot see, so one
 * unknown operation names them. A name is a call when `(` follows it and it is not a keyword or a type.
 */
export function unlistedCalls(r: StatementReader, from: number): void {
  const names = new Set<string>();
  for (let k = Math.max(from, 0); k < r.last; k++) {
    const t = r.toks[k]!;
    if (!isPunct(r.toks[k + 1], "(")) continue;
    if (t.kind === "word" && NOT_CALLS.has(t.value)) continue;
    const name = identifier(t);
    if (name === undefined) continue;
    const qualified = [name];
    const owner = isPunct(r.toks[k - 1], ".") ? identifier(r.toks[k - 2]) : undefined;
    if (owner !== undefined) qualified.unshift(owner);
    if (!isPureFunction(qualified)) names.add(qualified.join("."));
  }
  if (!names.size) return;
  r.unknown(
    `a statement that calls ${[...names].map((n) => `${n}()`).join(", ")}, a function whose effect the reader cannot see`,
  );
}

export function deleteRows(r: StatementReader): void {
  let i = r.skipAny(1, ["LOW_PRIORITY", "QUICK", "IGNORE"]);
  const where = findDepth0(r.toks, i, r.last, new Set(["WHERE"]));
  if (isWord(r.toks[i], "FROM")) i = r.skip(i + 1, "ONLY");
  const [table] = r.name(i);
  if (!table) return r.unknown("a DELETE whose table the SQL reader cannot read");
  r.push({ kind: "delete-rows", table, filtered: where >= 0, via: "DELETE" });
}

export function update(r: StatementReader): void {
  let i = r.skipAny(1, ["LOW_PRIORITY", "IGNORE"]);
  if (isWord(r.toks[i], "OR")) i += 2;
  i = r.skip(i, "ONLY");
  const [table] = r.name(i);
  const set = findDepth0(r.toks, i, r.last, new Set(["SET"]));
  if (!table || set < 0) return r.unknown("an UPDATE the SQL reader cannot read");
  const tail = findDepth0(r.toks, set + 1, r.last, new Set(["WHERE", "FROM", "ORDER", "LIMIT", "RETURNING"]));
  const setEnd = tail < 0 ? r.last : tail - 1;
  const columns: string[] = [];
  for (const [a, b] of splitAtDepth0(r.toks, set + 1, setEnd)) {
    if (isPunct(r.toks[a], "(")) {
      const end = closing(r.toks, a, b);
      for (const [c] of splitAtDepth0(r.toks, a + 1, end - 1)) {
        const [name] = r.name(c);
        if (name) columns.push(name.split(".").pop()!);
      }
    } else {
      const [name] = r.name(a);
      if (name) columns.push(name.split(".").pop()!);
    }
  }
  const where = findDepth0(r.toks, set + 1, r.last, new Set(["WHERE"]));
  let onlyNulls = false;
  if (where >= 0 && columns.length) {
    const end = findDepth0(r.toks, where + 1, r.last, new Set(["ORDER", "LIMIT", "RETURNING"]));
    const nulls = nullTests(r, where + 1, end < 0 ? r.last : end - 1);
    onlyNulls = !!nulls && columns.every((c) => nulls.has(c));
  }
  r.push({ kind: "update-rows", table, columns, filtered: where >= 0, onlyNulls, via: "UPDATE" });
}

/** Columns a WHERE conjunction restricts to NULL; undefined when the condition is not a conjunction. */
function nullTests(r: StatementReader, from: number, to: number): Set<string> | undefined {
  // Strip parentheses around the whole condition.
  while (isPunct(r.toks[from], "(") && closing(r.toks, from, to) === to) {
    from++;
    to--;
  }
  if (findDepth0(r.toks, from, to, new Set(["OR"])) >= 0) return undefined;
  const out = new Set<string>();
  let start = from;
  let depth = 0;
  let between = false;
  const conjunct = (a: number, b: number): void => {
    if (isPunct(r.toks[a], "(") && closing(r.toks, a, b) === b) {
      nullTests(r, a + 1, b - 1)?.forEach((c) => out.add(c));
      return;
    }
    const [name, after] = r.name(a);
    if (name && after + 1 === b && isWord(r.toks[after], "IS") && isWord(r.toks[b], "NULL"))
      out.add(name.split(".").pop()!);
  };
  for (let i = from; i <= to; i++) {
    const t = r.toks[i]!;
    if (t.kind === "punct") {
      if (t.value === "(") depth++;
      else if (t.value === ")") depth--;
    } else if (depth === 0 && isWord(t, "BETWEEN")) between = true;
    else if (depth === 0 && isWord(t, "AND")) {
      if (between) between = false;
      else {
        conjunct(start, i - 1);
        start = i + 1;
      }
    }
  }
  conjunct(start, to);
  return out;
}

export function insert(r: StatementReader): void {
  let i = 1;
  if (isWord(r.toks[i], "OR")) i += 2;
  i = r.skipAny(i, ["LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE"]);
  i = r.skip(i, "INTO");
  const [into, after] = r.name(i);
  if (!into) return;
  i = after;
  let intoColumns: string[] | undefined;
  if (isPunct(r.toks[i], "(")) {
    const end = closing(r.toks, i);
    intoColumns = splitAtDepth0(r.toks, i + 1, end - 1).map(([a]) => identifier(r.toks[a]) ?? "?");
    i = end + 1;
  }
  if (!isWord(r.toks[i], "SELECT")) return;
  const from = findDepth0(r.toks, i + 1, r.last, new Set(["FROM"]));
  if (from < 0) return;
  let star = false;
  const selectColumns: string[] = [];
  for (const [a, b] of splitAtDepth0(r.toks, i + 1, from - 1)) {
    const lastTok = r.toks[b]!;
    if (lastTok.kind === "op" && lastTok.value === "*") star = true;
    else {
      const [name, end] = r.name(a);
      selectColumns.push(name && end === b + 1 ? name.split(".").pop()! : "?");
    }
  }
  const [source, rest] = r.name(from + 1);
  if (!source) return;
  // Anything that can leave rows behind: a filter, a join, a limit, a set operation, DISTINCT.
  const partial =
    isWord(r.toks[i + 1], "DISTINCT") ||
    findDepth0(r.toks, rest, r.last, COPY_FILTERS) >= 0 ||
    r.toks.slice(rest).some((t) => isPunct(t, ","));
  r.copy = {
    into,
    from: source,
    ...(intoColumns ? { intoColumns } : {}),
    selectColumns: star ? "*" : selectColumns,
    partial,
  };
}
