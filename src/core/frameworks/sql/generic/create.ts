// CREATE TABLE and CREATE INDEX in the MySQL/SQLite reader; views, triggers and routines create nothing that holds rows.
import type { StatementReader } from "../generic.js";
import { closing, splitAtDepth0, isWord, isPunct } from "./tokens.js";
import { columnSpec } from "./columns.js";
import { identifier } from "../source.js";

const TABLE_CONSTRAINT_WORDS = new Set([
  "CONSTRAINT",
  "PRIMARY",
  "UNIQUE",
  "KEY",
  "INDEX",
  "FOREIGN",
  "CHECK",
  "FULLTEXT",
  "SPATIAL",
  "EXCLUDE",
  "LIKE",
  "PERIOD",
]);

export function create(r: StatementReader): void {
  let i = 1;
  const orReplace = r.skip(i, "OR", "REPLACE") !== i;
  i = r.skip(i, "OR", "REPLACE");
  let unique = false;
  while (isWord(r.toks[i])) {
    const w = r.toks[i]!.value;
    if (w === "UNIQUE") unique = true;
    else if (
      !["TEMP", "TEMPORARY", "FULLTEXT", "SPATIAL", "GLOBAL", "LOCAL", "UNLOGGED", "VIRTUAL"].includes(w)
    )
      break;
    i++;
  }
  const what = r.toks[i];
  if (isWord(what, "TABLE")) return createTable(r, i + 1, orReplace);
  if (isWord(what, "INDEX")) return createIndex(r, i + 1, unique);
  // Views, triggers, routines, types, schemas...: creating them loses nothing, and bodies run later.
}

function createTable(r: StatementReader, i: number, orReplace: boolean): void {
  const ifNotExists = r.skip(i, "IF", "NOT", "EXISTS") !== i;
  i = r.skip(i, "IF", "NOT", "EXISTS");
  const [table, after] = r.name(i);
  if (!table) return r.unknown("a CREATE TABLE whose table name the SQL reader cannot read");
  const columns: string[] = [];
  const columnTypes: Record<string, string> = {};
  if (isPunct(r.toks[after], "(")) {
    const end = closing(r.toks, after);
    for (const [a, b] of splitAtDepth0(r.toks, after + 1, end - 1)) {
      if (isWord(r.toks[a]) && TABLE_CONSTRAINT_WORDS.has(r.toks[a]!.value)) continue;
      const spec = columnSpec(r, a, b);
      if (!spec) continue;
      columns.push(spec.name);
      if (spec.type) {
        r.src.knownTypes.set(`${table}.${spec.name}`, spec.type.type);
        columnTypes[spec.name] = spec.type.display;
      }
    }
  }
  // MariaDB's CREATE OR REPLACE TABLE drops the table that was there.
  if (orReplace) r.push({ kind: "drop-table", table, ifExists: true });
  r.push({
    kind: "create-table",
    table,
    columns,
    ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
    ...(ifNotExists ? { ifNotExists: true } : {}),
  });
}

function createIndex(r: StatementReader, i: number, unique: boolean): void {
  const concurrently = isWord(r.toks[i], "CONCURRENTLY");
  if (concurrently) i++;
  i = r.skip(i, "IF", "NOT", "EXISTS");
  let name: string | undefined;
  if (!isWord(r.toks[i], "ON", "USING")) [name, i] = r.name(i);
  if (isWord(r.toks[i], "USING")) i += 2;
  if (!isWord(r.toks[i], "ON")) return r.unknown("a CREATE INDEX whose table the SQL reader cannot find");
  i = r.skip(i + 1, "ONLY");
  const [table, after] = r.name(i);
  if (!table) return r.unknown("a CREATE INDEX whose table the SQL reader cannot find");
  let open = after;
  while (open <= r.last && !isPunct(r.toks[open], "(")) open++;
  const columns = open <= r.last ? indexColumns(r, open) : [];
  r.push({
    kind: "add-index",
    table,
    columns,
    ...(name ? { name } : {}),
    ...(unique ? { unique: true } : {}),
    ...(concurrently ? { concurrently: true } : {}),
  });
}

/** Column names of a parenthesised index column list at `open`; expressions read as "(expression)". */
export function indexColumns(r: StatementReader, open: number): string[] {
  const end = closing(r.toks, open);
  return splitAtDepth0(r.toks, open + 1, end - 1).map(([a, b]) => {
    const name = identifier(r.toks[a]);
    const rest = r.toks.slice(a + 1, b + 1);
    const simple = rest.every(
      (t) =>
        t.kind === "number" ||
        isPunct(t, "(") ||
        isPunct(t, ")") ||
        isWord(t, "ASC", "DESC", "NULLS", "FIRST", "LAST"),
    );
    return name !== undefined && simple ? name : "(expression)";
  });
}
