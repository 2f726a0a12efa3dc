// Token-based reader for statements libpg_query rejects: MySQL and SQLite spellings of the same statement
// families (ALTER TABLE ... MODIFY/CHANGE, RENAME TABLE, backticks, AUTO_INCREMENT, table options...).
// It reads what it recognises and turns the rest into `unknown` operations: never silently nothing.
import type { ColumnDefault, Operation, Span } from "../../types.js";
import { classifySqlTypeChange, sqlColumnType, type SqlColumnType } from "../../column-types/index.js";
import type { Token } from "./lexer.js";
import { identifier, SqlSource, VOLATILE_FUNCTIONS, type MappedStatement, type TableCopy } from "./source.js";
import { isPureFunction } from "./pure-functions.js";
import type { TokenRange } from "./split.js";

type OpInput = Operation extends infer O
  ? O extends Operation
    ? Omit<O, "line" | "endLine">
    : never
  : never;

/** Statements that change no table's columns or rows when they run, by their first word(s). */
const NO_EFFECT = new Set([
  "SET",
  "USE",
  "PRAGMA",
  "BEGIN",
  "START",
  "COMMIT",
  "END",
  "ROLLBACK",
  "SAVEPOINT",
  "RELEASE",
  "LOCK",
  "UNLOCK",
  "INSERT",
  "REPLACE",
  "GRANT",
  "REVOKE",
  "COMMENT",
  "ANALYZE",
  "ANALYSE",
  "SHOW",
  "FLUSH",
  "DELIMITER",
  "VACUUM",
  "REINDEX",
  "ATTACH",
  "DETACH",
  "CHECKPOINT",
  "NOTIFY",
  "LISTEN",
  "DECLARE",
  "PREPARE",
  "DEALLOCATE",
  "SECURITY",
]);

/** Where an INSERT's rows start: its table and column list come before. */
const INSERT_ROWS = new Set(["VALUES", "VALUE", "SELECT", "SET", "TABLE", "WITH"]);

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

const NO_EFFECT_DROPS = new Set([
  "VIEW",
  "TRIGGER",
  "PROCEDURE",
  "FUNCTION",
  "EVENT",
  "ROLE",
  "USER",
  "POLICY",
  "MATERIALIZED",
  "RULE",
  "AGGREGATE",
  "OPERATOR",
  "COLLATION",
  "SERVER",
  "PUBLICATION",
  "SUBSCRIPTION",
  "STATISTICS",
]);

/**
 * ALTER of objects that hold no rows: definitions, accounts, settings. `ALGORITHM=`/`DEFINER=`/`SQL SECURITY`
 * only start MySQL's ALTER VIEW. A database's default character set applies to tables created later.
 */
const NO_DATA_ALTER_OBJECTS = new Set([
  "VIEW",
  "FUNCTION",
  "PROCEDURE",
  "EVENT",
  "TRIGGER",
  "SEQUENCE",
  "USER",
  "ROLE",
  "DATABASE",
  "SCHEMA",
  "SERVER",
  "INSTANCE",
  "LOGFILE",
  "RESOURCE",
  "ALGORITHM",
  "DEFINER",
  "SQL",
]);

/** Reads one statement, tokens [first, last] of the source. */
export function classifyStatement(src: SqlSource, range: TokenRange): MappedStatement {
  const toks: Token[] = [];
  for (let i = range[0]; i <= range[1]; i++) if (src.tokens[i]!.kind !== "comment") toks.push(src.tokens[i]!);
  const span = src.spanOfTokens(range[0], range[1]);
  const reader = new StatementReader(src, toks, span);
  reader.read();
  return { ...span, ops: reader.ops, ...(reader.copy ? { copy: reader.copy } : {}) };
}

/** Index of the `)` matching the `(` at `i`, or the last index when it never closes. */
function closing(toks: readonly Token[], i: number, limit = toks.length - 1): number {
  let depth = 0;
  for (let j = i; j <= limit; j++) {
    const t = toks[j]!;
    if (t.kind !== "punct") continue;
    if (t.value === "(" || t.value === "[") depth++;
    else if (t.value === ")" || t.value === "]") {
      depth--;
      if (depth === 0) return j;
    }
  }
  return limit;
}

/** Ranges [a, b] of toks[from..to] separated by `sep` at parenthesis depth 0. */
function splitAtDepth0(toks: readonly Token[], from: number, to: number, sep = ","): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    const t = toks[i]!;
    if (t.kind === "punct") {
      if (t.value === "(" || t.value === "[") depth++;
      else if (t.value === ")" || t.value === "]") depth--;
      else if (t.value === sep && depth === 0) {
        if (i > start) out.push([start, i - 1]);
        start = i + 1;
      }
    }
  }
  if (to >= start) out.push([start, to]);
  return out;
}

/** Index of the first word in `words` at depth 0 within [from, to], or -1. */
function findDepth0(toks: readonly Token[], from: number, to: number, words: ReadonlySet<string>): number {
  let depth = 0;
  for (let i = from; i <= to; i++) {
    const t = toks[i]!;
    if (t.kind === "punct") {
      if (t.value === "(" || t.value === "[") depth++;
      else if (t.value === ")" || t.value === "]") depth--;
    } else if (depth === 0 && t.kind === "word" && words.has(t.value)) return i;
  }
  return -1;
}

/** True when `t` is a word, and one of `words` when any are given. */
function isWord(t: Token | undefined, ...words: string[]): boolean {
  return !!t && t.kind === "word" && (words.length === 0 || words.includes(t.value));
}

function isPunct(t: Token | undefined, value: string): boolean {
  return !!t && t.kind === "punct" && t.value === value;
}

const TYPE_CONTINUATIONS = new Set([
  "VARYING",
  "PRECISION",
  "UNSIGNED",
  "SIGNED",
  "ZEROFILL",
  "WITH",
  "WITHOUT",
  "TIME",
  "ZONE",
]);

const DEFAULT_STOP = new Set([
  "NOT",
  "NULL",
  "CONSTRAINT",
  "CHECK",
  "UNIQUE",
  "PRIMARY",
  "REFERENCES",
  "COLLATE",
  "GENERATED",
  "COMMENT",
  "ON",
  "AUTO_INCREMENT",
  "AUTOINCREMENT",
  "AFTER",
  "FIRST",
  "KEY",
  "VISIBLE",
  "INVISIBLE",
  "CHARACTER",
  "CHARSET",
]);

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

const TABLE_OPTIONS = new Set([
  "ALGORITHM",
  "LOCK",
  "ENGINE",
  "AUTO_INCREMENT",
  "DEFAULT",
  "CHARACTER",
  "CHARSET",
  "COLLATE",
  "COMMENT",
  "ROW_FORMAT",
  "KEY_BLOCK_SIZE",
  "FORCE",
  "ORDER",
  "OWNER",
  "SET",
  "RESET",
  "ENABLE",
  "DISABLE",
  "DISCARD",
  "IMPORT",
  "PACK_KEYS",
  "STATS_PERSISTENT",
  "STATS_AUTO_RECALC",
  "STATS_SAMPLE_PAGES",
  "CHECKSUM",
  "DELAY_KEY_WRITE",
  "MAX_ROWS",
  "MIN_ROWS",
  "AVG_ROW_LENGTH",
  "COMPRESSION",
  "ENCRYPTION",
  "TABLESPACE",
  "CLUSTER",
  "INHERIT",
  "NO",
  "REPLICA",
  "OF",
  "NOT",
  "ATTACH",
  "DETACH",
  "WITH",
  "WITHOUT",
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

interface ColumnSpec {
  name: string;
  type?: { display: string; type: SqlColumnType };
  notNull: boolean;
  default?: ColumnDefault;
  constraints: Array<"foreign-key" | "check" | "unique" | "primary-key">;
}

class StatementReader {
  readonly ops: Operation[] = [];
  copy: TableCopy | undefined;
  private readonly last: number;

  constructor(
    private readonly src: SqlSource,
    private readonly toks: readonly Token[],
    private readonly span: Span,
  ) {
    this.last = toks.length - 1;
  }

  private push(op: OpInput, span: Span = this.span): void {
    this.ops.push({ ...op, line: span.line, endLine: span.endLine } as Operation);
  }

  private unknown(reason: string, from = 0, to = this.last, span: Span = this.span): void {
    this.push({ kind: "unknown", reason, text: this.text(from, to) }, span);
  }

  private text(from: number, to: number, max = 120): string {
    const a = this.toks[from];
    const b = this.toks[Math.min(to, this.last)];
    if (!a || !b) return "";
    const text = this.src.text.slice(a.start, b.end).replace(/\s+/g, " ").trim();
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }

  /** A possibly qualified name starting at `i`: [name, index after it]. */
  private name(i: number): [string | undefined, number] {
    const parts: string[] = [];
    let j = i;
    for (;;) {
      const part = identifier(this.toks[j]);
      if (part === undefined) break;
      parts.push(part);
      j++;
      if (isPunct(this.toks[j], ".") && identifier(this.toks[j + 1]) !== undefined) j++;
      else break;
    }
    return [parts.length ? parts.join(".") : undefined, j];
  }

  /** Skips the words of `seq` at `i` when they are all there; returns the index after them, else `i`. */
  private skip(i: number, ...seq: string[]): number {
    for (let k = 0; k < seq.length; k++) if (!isWord(this.toks[i + k], seq[k]!)) return i;
    return i + seq.length;
  }

  private skipAny(i: number, words: ReadonlySet<string> | readonly string[]): number {
    const set = words instanceof Set ? words : new Set(words);
    while (isWord(this.toks[i]) && set.has(this.toks[i]!.value)) i++;
    return i;
  }

  read(): void {
    const head = this.toks[0];
    if (!head) return;
    if (head.kind !== "word") {
      if (isPunct(head, "(")) return this.unlistedCalls(0); // a parenthesised SELECT
      return this.unknown("a statement the SQL reader does not understand");
    }
    switch (head.value) {
      case "ALTER":
        return this.alter();
      case "CREATE":
        return this.create();
      case "DROP":
        return this.drop();
      case "RENAME":
        return this.renameTables();
      case "TRUNCATE":
        return this.truncate();
      case "DELETE":
        this.unlistedCalls(1);
        return this.delete();
      case "UPDATE":
        this.unlistedCalls(1);
        return this.update();
      case "INSERT":
      case "REPLACE": {
        // From the rows on: the table and its column list before them are names, not calls.
        const rows = findDepth0(this.toks, 1, this.last, INSERT_ROWS);
        if (rows >= 0) this.unlistedCalls(rows);
        return this.insert();
      }
      case "WITH":
        if (this.hasWord("DELETE", "UPDATE")) return this.unknown("a WITH query that changes rows");
        return this.unlistedCalls(1);
      case "SELECT":
      case "VALUES":
        return this.unlistedCalls(1);
      case "EXPLAIN":
      case "DESCRIBE":
      case "DESC":
        return this.explain();
      case "CALL":
      case "EXEC":
      case "EXECUTE":
      case "DO":
      case "SOURCE":
        return this.unknown("code the SQL reader cannot follow");
      case "OPTIMIZE":
        return this.unknown("OPTIMIZE TABLE rebuilds the table");
      default:
        if (NO_EFFECT.has(head.value)) return;
        return this.unknown("a statement the SQL reader does not understand");
    }
  }

  /**
   * Calls in a row statement from token `from` on to functions off the short list of pure ones
   * (pure-functions.ts): `SELECT setval(..)`, `SELECT GET_LOCK(..)`... run code the reader cannot see, so one
   * unknown operation names them. A name is a call when `(` follows it and it is not a keyword or a type.
   */
  private unlistedCalls(from: number): void {
    const names = new Set<string>();
    for (let k = Math.max(from, 0); k < this.last; k++) {
      const t = this.toks[k]!;
      if (!isPunct(this.toks[k + 1], "(")) continue;
      if (t.kind === "word" && NOT_CALLS.has(t.value)) continue;
      const name = identifier(t);
      if (name === undefined) continue;
      const qualified = [name];
      const owner = isPunct(this.toks[k - 1], ".") ? identifier(this.toks[k - 2]) : undefined;
      if (owner !== undefined) qualified.unshift(owner);
      if (!isPureFunction(qualified)) names.add(qualified.join("."));
    }
    if (!names.size) return;
    this.unknown(
      `a statement that calls ${[...names].map((n) => `${n}()`).join(", ")}, a function whose effect the reader cannot see`,
    );
  }

  /**
   * EXPLAIN ANALYZE runs the statement it explains (PostgreSQL; MySQL 8 for SELECT, TABLE and multi-table
   * UPDATE/DELETE), so it is read as that statement. Plain EXPLAIN, DESCRIBE and SQLite's EXPLAIN [QUERY PLAN]
   * only plan it. `(ANALYZE false)` is plain EXPLAIN.
   */
  private explain(): void {
    let i = 1;
    let analyze = false;
    for (;;) {
      const t = this.toks[i];
      if (isWord(t, "ANALYZE", "ANALYSE")) {
        analyze = true;
        i++;
      } else if (isWord(t, "VERBOSE", "EXTENDED", "PARTITIONS")) i++;
      else if (isWord(t, "QUERY") && isWord(this.toks[i + 1], "PLAN")) i += 2;
      else if (isWord(t, "FORMAT") && this.toks[i + 1]?.value === "=") i += 3;
      else if (isPunct(t, "(")) {
        const end = closing(this.toks, i);
        if (this.analyzeOption(i + 1, end - 1)) analyze = true;
        i = end + 1;
      } else break;
    }
    if (!analyze || i > this.last) return;
    const inner = new StatementReader(this.src, this.toks.slice(i), this.span);
    inner.read();
    this.ops.push(...inner.ops);
    if (inner.copy) this.copy = inner.copy;
  }

  /** True when the option list toks[a..b] of `EXPLAIN (...)` turns ANALYZE on. */
  private analyzeOption(a: number, b: number): boolean {
    return splitAtDepth0(this.toks, a, b).some(([c, d]) => {
      if (!isWord(this.toks[c], "ANALYZE", "ANALYSE")) return false;
      if (d === c) return true;
      const value = this.toks[c + 1]!.value.toUpperCase();
      return !["FALSE", "OFF", "NO", "0"].includes(value);
    });
  }

  private hasWord(...words: string[]): boolean {
    return this.toks.some((t) => t.kind === "word" && words.includes(t.value));
  }

  // ---------------------------------------------------------------------------------------- CREATE

  private create(): void {
    let i = 1;
    const orReplace = this.skip(i, "OR", "REPLACE") !== i;
    i = this.skip(i, "OR", "REPLACE");
    let unique = false;
    while (isWord(this.toks[i])) {
      const w = this.toks[i]!.value;
      if (w === "UNIQUE") unique = true;
      else if (
        !["TEMP", "TEMPORARY", "FULLTEXT", "SPATIAL", "GLOBAL", "LOCAL", "UNLOGGED", "VIRTUAL"].includes(w)
      )
        break;
      i++;
    }
    const what = this.toks[i];
    if (isWord(what, "TABLE")) return this.createTable(i + 1, orReplace);
    if (isWord(what, "INDEX")) return this.createIndex(i + 1, unique);
    // Views, triggers, routines, types, schemas...: creating them loses nothing, and bodies run later.
  }

  private createTable(i: number, orReplace: boolean): void {
    const ifNotExists = this.skip(i, "IF", "NOT", "EXISTS") !== i;
    i = this.skip(i, "IF", "NOT", "EXISTS");
    const [table, after] = this.name(i);
    if (!table) return this.unknown("a CREATE TABLE whose table name the SQL reader cannot read");
    const columns: string[] = [];
    const columnTypes: Record<string, string> = {};
    if (isPunct(this.toks[after], "(")) {
      const end = closing(this.toks, after);
      for (const [a, b] of splitAtDepth0(this.toks, after + 1, end - 1)) {
        if (isWord(this.toks[a]) && TABLE_CONSTRAINT_WORDS.has(this.toks[a]!.value)) continue;
        const spec = this.columnSpec(a, b);
        if (!spec) continue;
        columns.push(spec.name);
        if (spec.type) {
          this.src.knownTypes.set(`${table}.${spec.name}`, spec.type.type);
          columnTypes[spec.name] = spec.type.display;
        }
      }
    }
    // MariaDB's CREATE OR REPLACE TABLE drops the table that was there.
    if (orReplace) this.push({ kind: "drop-table", table, ifExists: true });
    this.push({
      kind: "create-table",
      table,
      columns,
      ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
      ...(ifNotExists ? { ifNotExists: true } : {}),
    });
  }

  private createIndex(i: number, unique: boolean): void {
    const concurrently = isWord(this.toks[i], "CONCURRENTLY");
    if (concurrently) i++;
    i = this.skip(i, "IF", "NOT", "EXISTS");
    let name: string | undefined;
    if (!isWord(this.toks[i], "ON", "USING")) [name, i] = this.name(i);
    if (isWord(this.toks[i], "USING")) i += 2;
    if (!isWord(this.toks[i], "ON"))
      return this.unknown("a CREATE INDEX whose table the SQL reader cannot find");
    i = this.skip(i + 1, "ONLY");
    const [table, after] = this.name(i);
    if (!table) return this.unknown("a CREATE INDEX whose table the SQL reader cannot find");
    let open = after;
    while (open <= this.last && !isPunct(this.toks[open], "(")) open++;
    const columns = open <= this.last ? this.indexColumns(open) : [];
    this.push({
      kind: "add-index",
      table,
      columns,
      ...(name ? { name } : {}),
      ...(unique ? { unique: true } : {}),
      ...(concurrently ? { concurrently: true } : {}),
    });
  }

  /** Column names of a parenthesised index column list at `open`; expressions read as "(expression)". */
  private indexColumns(open: number): string[] {
    const end = closing(this.toks, open);
    return splitAtDepth0(this.toks, open + 1, end - 1).map(([a, b]) => {
      const name = identifier(this.toks[a]);
      const rest = this.toks.slice(a + 1, b + 1);
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

  /** A column definition: name, type, NOT NULL, DEFAULT, inline constraints. */
  private columnSpec(a: number, b: number): ColumnSpec | undefined {
    const name = identifier(this.toks[a]);
    if (name === undefined) return undefined;
    const spec: ColumnSpec = { name, notNull: false, constraints: [] };
    let i = a + 1;
    // The type: words, then (modifiers) and [] after any of them.
    const typeStart = i;
    const words: string[] = [];
    const mods: number[] = [];
    let array = false;
    while (i <= b) {
      const t = this.toks[i]!;
      if (t.kind === "word" && (words.length === 0 || TYPE_CONTINUATIONS.has(t.value))) {
        words.push(t.value);
        i++;
      } else if (t.kind === "quoted" && words.length === 0) {
        words.push(t.value);
        i++;
      } else if (isPunct(t, "(") && words.length > 0) {
        const end = closing(this.toks, i, b);
        for (let k = i + 1; k < end; k++)
          if (this.toks[k]!.kind === "number") mods.push(Number(this.toks[k]!.value));
        i = end + 1;
      } else if (isPunct(t, "[") && words.length > 0) {
        array = true;
        i = closing(this.toks, i, b) + 1;
      } else break;
    }
    if (words.length) {
      const base = words.filter((w) => !["UNSIGNED", "SIGNED", "ZEROFILL"].includes(w)).join(" ");
      spec.type = { display: this.text(typeStart, i - 1, 60), type: sqlColumnType(base, mods, array) };
    }
    while (i <= b) {
      const t = this.toks[i]!;
      if (isWord(t, "NOT") && isWord(this.toks[i + 1], "NULL")) {
        spec.notNull = true;
        i += 2;
      } else if (isWord(t, "DEFAULT")) {
        const end = this.expressionEnd(i + 1, b);
        spec.default = {
          volatile: this.callsVolatile(i + 1, end),
          text: this.text(i + 1, end, 80),
        };
        i = end + 1;
      } else if (isWord(t, "AUTO_INCREMENT", "AUTOINCREMENT", "SERIAL")) {
        spec.default ??= { volatile: true, text: t.value };
        i++;
      } else if (isWord(t, "PRIMARY") && isWord(this.toks[i + 1], "KEY")) {
        spec.constraints.push("primary-key");
        spec.notNull = true;
        i += 2;
      } else if (isWord(t, "UNIQUE")) {
        spec.constraints.push("unique");
        i++;
      } else if (isWord(t, "REFERENCES")) {
        spec.constraints.push("foreign-key");
        i++;
      } else if (isWord(t, "CHECK")) {
        spec.constraints.push("check");
        i++;
      } else if (isWord(t, "GENERATED", "AS")) {
        // GENERATED ... AS IDENTITY numbers every row; a STORED generated column is computed for every row.
        const end = isPunct(this.toks[i + 1], "(") ? closing(this.toks, i + 1, b) : i;
        let j = i;
        let stored = false;
        let identity = false;
        for (let k = i; k <= b; k++) {
          if (isWord(this.toks[k], "IDENTITY")) identity = true;
          if (isWord(this.toks[k], "STORED", "PERSISTENT")) stored = true;
          j = k;
        }
        if (identity) spec.default = { volatile: true, text: "GENERATED AS IDENTITY" };
        else if (stored) spec.default = { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
        i = Math.max(end, j) + 1;
      } else i++;
    }
    if (spec.type && /^(SMALL|BIG)?SERIAL[248]?$/.test(spec.type.type.base.toUpperCase())) {
      spec.default ??= { volatile: true, text: "nextval (serial)" };
    }
    return spec;
  }

  /** Last index of an expression starting at `i` (until a constraint keyword or comma at depth 0). */
  private expressionEnd(i: number, b: number): number {
    let depth = 0;
    let end = i;
    for (let k = i; k <= b; k++) {
      const t = this.toks[k]!;
      if (t.kind === "punct") {
        if (t.value === "(" || t.value === "[") depth++;
        else if (t.value === ")" || t.value === "]") {
          if (depth === 0) break;
          depth--;
        } else if (t.value === "," && depth === 0) break;
      } else if (depth === 0 && k > i && t.kind === "word" && DEFAULT_STOP.has(t.value)) break;
      end = k;
    }
    return end;
  }

  private callsVolatile(from: number, to: number): boolean {
    for (let k = from; k < to + 1; k++) {
      const t = this.toks[k]!;
      if (
        t.kind === "word" &&
        VOLATILE_FUNCTIONS.has(t.value.toLowerCase()) &&
        isPunct(this.toks[k + 1], "(")
      )
        return true;
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------- DROP / RENAME / TRUNCATE

  private drop(): void {
    let i = this.skipAny(1, ["TEMPORARY", "TEMP"]);
    const what = this.toks[i];
    if (isWord(what, "TABLE", "TABLES")) {
      i++;
      const ifExists = this.skip(i, "IF", "EXISTS") !== i;
      i = this.skip(i, "IF", "EXISTS");
      const cascade = this.hasWord("CASCADE");
      const end = findDepth0(this.toks, i, this.last, new Set(["CASCADE", "RESTRICT"]));
      for (const [a] of splitAtDepth0(this.toks, i, end < 0 ? this.last : end - 1)) {
        const [table] = this.name(a);
        if (table)
          this.push({
            kind: "drop-table",
            table,
            ...(ifExists ? { ifExists: true } : {}),
            ...(cascade ? { cascade: true } : {}),
          });
      }
      return;
    }
    if (isWord(what, "INDEX")) {
      i++;
      const concurrently = isWord(this.toks[i], "CONCURRENTLY");
      if (concurrently) i++;
      i = this.skip(i, "IF", "EXISTS");
      const on = findDepth0(this.toks, i, this.last, new Set(["ON"]));
      const [table] = on >= 0 ? this.name(on + 1) : [undefined];
      const end = on >= 0 ? on - 1 : this.last;
      for (const [a] of splitAtDepth0(this.toks, i, end)) {
        const [name] = this.name(a);
        if (name === undefined || isWord(this.toks[a], "CASCADE", "RESTRICT")) continue;
        this.push({
          kind: "drop-index",
          name,
          ...(table ? { table } : {}),
          ...(concurrently ? { concurrently: true } : {}),
        });
      }
      return;
    }
    if (isWord(what, "DATABASE", "SCHEMA", "SEQUENCE")) {
      // MySQL's DROP SCHEMA is DROP DATABASE; MariaDB has sequences.
      const kind = isWord(what, "SEQUENCE") ? "drop-sequence" : "drop-database";
      const ifExists = this.skip(i + 1, "IF", "EXISTS") !== i + 1;
      const from = this.skip(i + 1, "IF", "EXISTS");
      const end = findDepth0(this.toks, from, this.last, new Set(["CASCADE", "RESTRICT"]));
      let named = false;
      for (const [a] of splitAtDepth0(this.toks, from, end < 0 ? this.last : end - 1)) {
        const [name] = this.name(a);
        if (name === undefined) continue;
        named = true;
        this.push({ kind, name, ...(ifExists ? { ifExists: true } : {}) });
      }
      if (!named) this.unknown("a DROP whose object name the SQL reader cannot read");
      return;
    }
    if (isWord(what, "TYPE", "DOMAIN", "EXTENSION")) {
      if (this.hasWord("CASCADE"))
        this.unknown("DROP ... CASCADE also drops the columns that depend on what it drops");
      return;
    }
    if (what?.kind === "word" && NO_EFFECT_DROPS.has(what.value)) return;
    this.unknown("a DROP the SQL reader does not understand");
  }

  private renameTables(): void {
    if (!isWord(this.toks[1], "TABLE", "TABLES"))
      return this.unknown("a RENAME the SQL reader does not understand");
    for (const [a, b] of splitAtDepth0(this.toks, 2, this.last)) {
      const [from, after] = this.name(a);
      const [to] = isWord(this.toks[after], "TO") ? this.name(after + 1) : [undefined];
      if (!from || !to || after + 1 > b) this.unknown("a RENAME TABLE the SQL reader cannot read", a, b);
      else this.push({ kind: "rename-table", table: from, newName: to });
    }
  }

  private truncate(): void {
    let i = this.skip(1, "TABLE");
    i = this.skip(i, "ONLY");
    const stop = findDepth0(this.toks, i, this.last, new Set(["CASCADE", "RESTRICT", "RESTART", "CONTINUE"]));
    const tables: string[] = [];
    for (const [a] of splitAtDepth0(this.toks, i, stop < 0 ? this.last : stop - 1)) {
      const [table] = this.name(a);
      if (table) tables.push(table);
    }
    if (!tables.length) return this.unknown("a TRUNCATE whose tables the SQL reader cannot read");
    this.push({ kind: "truncate", tables, ...(this.hasWord("CASCADE") ? { cascade: true } : {}) });
  }

  // ---------------------------------------------------------------------------------------- rows

  private delete(): void {
    let i = this.skipAny(1, ["LOW_PRIORITY", "QUICK", "IGNORE"]);
    const where = findDepth0(this.toks, i, this.last, new Set(["WHERE"]));
    if (isWord(this.toks[i], "FROM")) i = this.skip(i + 1, "ONLY");
    const [table] = this.name(i);
    if (!table) return this.unknown("a DELETE whose table the SQL reader cannot read");
    this.push({ kind: "delete-rows", table, filtered: where >= 0, via: "DELETE" });
  }

  private update(): void {
    let i = this.skipAny(1, ["LOW_PRIORITY", "IGNORE"]);
    if (isWord(this.toks[i], "OR")) i += 2;
    i = this.skip(i, "ONLY");
    const [table] = this.name(i);
    const set = findDepth0(this.toks, i, this.last, new Set(["SET"]));
    if (!table || set < 0) return this.unknown("an UPDATE the SQL reader cannot read");
    const tail = findDepth0(
      this.toks,
      set + 1,
      this.last,
      new Set(["WHERE", "FROM", "ORDER", "LIMIT", "RETURNING"]),
    );
    const setEnd = tail < 0 ? this.last : tail - 1;
    const columns: string[] = [];
    for (const [a, b] of splitAtDepth0(this.toks, set + 1, setEnd)) {
      if (isPunct(this.toks[a], "(")) {
        const end = closing(this.toks, a, b);
        for (const [c] of splitAtDepth0(this.toks, a + 1, end - 1)) {
          const [name] = this.name(c);
          if (name) columns.push(name.split(".").pop()!);
        }
      } else {
        const [name] = this.name(a);
        if (name) columns.push(name.split(".").pop()!);
      }
    }
    const where = findDepth0(this.toks, set + 1, this.last, new Set(["WHERE"]));
    let onlyNulls = false;
    if (where >= 0 && columns.length) {
      const end = findDepth0(this.toks, where + 1, this.last, new Set(["ORDER", "LIMIT", "RETURNING"]));
      const nulls = this.nullTests(where + 1, end < 0 ? this.last : end - 1);
      onlyNulls = !!nulls && columns.every((c) => nulls.has(c));
    }
    this.push({ kind: "update-rows", table, columns, filtered: where >= 0, onlyNulls, via: "UPDATE" });
  }

  /** Columns a WHERE conjunction restricts to NULL; undefined when the condition is not a conjunction. */
  private nullTests(from: number, to: number): Set<string> | undefined {
    // Strip parentheses around the whole condition.
    while (isPunct(this.toks[from], "(") && closing(this.toks, from, to) === to) {
      from++;
      to--;
    }
    if (findDepth0(this.toks, from, to, new Set(["OR"])) >= 0) return undefined;
    const out = new Set<string>();
    let start = from;
    let depth = 0;
    let between = false;
    const conjunct = (a: number, b: number): void => {
      if (isPunct(this.toks[a], "(") && closing(this.toks, a, b) === b) {
        this.nullTests(a + 1, b - 1)?.forEach((c) => out.add(c));
        return;
      }
      const [name, after] = this.name(a);
      if (name && after + 1 === b && isWord(this.toks[after], "IS") && isWord(this.toks[b], "NULL"))
        out.add(name.split(".").pop()!);
    };
    for (let i = from; i <= to; i++) {
      const t = this.toks[i]!;
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

  private insert(): void {
    let i = 1;
    if (isWord(this.toks[i], "OR")) i += 2;
    i = this.skipAny(i, ["LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE"]);
    i = this.skip(i, "INTO");
    const [into, after] = this.name(i);
    if (!into) return;
    i = after;
    let intoColumns: string[] | undefined;
    if (isPunct(this.toks[i], "(")) {
      const end = closing(this.toks, i);
      intoColumns = splitAtDepth0(this.toks, i + 1, end - 1).map(([a]) => identifier(this.toks[a]) ?? "?");
      i = end + 1;
    }
    if (!isWord(this.toks[i], "SELECT")) return;
    const from = findDepth0(this.toks, i + 1, this.last, new Set(["FROM"]));
    if (from < 0) return;
    let star = false;
    const selectColumns: string[] = [];
    for (const [a, b] of splitAtDepth0(this.toks, i + 1, from - 1)) {
      const lastTok = this.toks[b]!;
      if (lastTok.kind === "op" && lastTok.value === "*") star = true;
      else {
        const [name, end] = this.name(a);
        selectColumns.push(name && end === b + 1 ? name.split(".").pop()! : "?");
      }
    }
    const [source, rest] = this.name(from + 1);
    if (!source) return;
    // Anything that can leave rows behind: a filter, a join, a limit, a set operation, DISTINCT.
    const partial =
      isWord(this.toks[i + 1], "DISTINCT") ||
      findDepth0(this.toks, rest, this.last, COPY_FILTERS) >= 0 ||
      this.toks.slice(rest).some((t) => isPunct(t, ","));
    this.copy = {
      into,
      from: source,
      ...(intoColumns ? { intoColumns } : {}),
      selectColumns: star ? "*" : selectColumns,
      partial,
    };
  }

  // ---------------------------------------------------------------------------------------- ALTER TABLE

  private alter(): void {
    let i = this.skipAny(1, ["ONLINE", "OFFLINE", "IGNORE"]);
    if (!isWord(this.toks[i], "TABLE")) {
      // ALTER VIEW / SEQUENCE / DATABASE / FUNCTION...: no column or row changes. Anything not listed fails
      // closed, so a kind of ALTER the reader has never seen is held for review.
      const what = this.toks[i];
      if (what?.kind === "word" && NO_DATA_ALTER_OBJECTS.has(what.value)) return;
      return this.unknown("an ALTER the SQL reader does not know to be harmless");
    }
    i = this.skip(i + 1, "IF", "EXISTS");
    i = this.skip(i, "ONLY");
    const [table, after] = this.name(i);
    if (!table) return this.unknown("an ALTER TABLE whose table name the SQL reader cannot read");
    i = after;
    if (this.toks[i]?.kind === "op" && this.toks[i]!.value === "*") i++;
    for (const [a, b] of splitAtDepth0(this.toks, i, this.last)) {
      const span: Span = { line: this.span.line, endLine: this.src.line(this.toks[b]!.end - 1) };
      this.alterClause(table, a, b, span);
    }
  }

  private alterClause(table: string, a: number, b: number, span: Span): void {
    const head = this.toks[a];
    const word = head?.kind === "word" ? head.value : "";
    const unknown = (reason = "an ALTER TABLE clause the SQL reader does not understand"): void =>
      this.unknown(reason, a, b, span);
    switch (word) {
      case "ADD":
        return this.alterAdd(table, a + 1, b, span);
      case "DROP":
        return this.alterDrop(table, a + 1, b, span);
      case "MODIFY": {
        const i = this.skip(a + 1, "COLUMN");
        const spec = this.columnSpec(i, b);
        if (!spec) return unknown();
        return this.typeChange(table, spec.name, spec, span, true);
      }
      case "CHANGE": {
        const i = this.skip(a + 1, "COLUMN");
        const old = identifier(this.toks[i]);
        const spec = this.columnSpec(i + 1, b);
        if (!old || !spec) return unknown();
        if (old.toLowerCase() !== spec.name.toLowerCase()) {
          this.push({ kind: "rename-column", table, column: old, newName: spec.name }, span);
          // CHANGE is how MySQL renames, and it restates the type: without the old type a lossy call would
          // be a guess, so the type change carries no judgement.
          return this.typeChange(table, spec.name, spec, span, false, old);
        }
        return this.typeChange(table, spec.name, spec, span, true);
      }
      case "RENAME": {
        const t = this.toks[a + 1];
        if (isWord(t, "INDEX", "KEY", "CONSTRAINT")) return;
        if (
          isWord(t, "COLUMN") ||
          (identifier(t) !== undefined && isWord(this.toks[a + 2], "TO") && !isWord(t, "TO", "AS"))
        ) {
          const i = this.skip(a + 1, "COLUMN");
          const column = identifier(this.toks[i]);
          const newName = identifier(this.toks[i + 2]);
          if (!column || !newName || !isWord(this.toks[i + 1], "TO")) return unknown();
          this.push({ kind: "rename-column", table, column, newName }, span);
          return;
        }
        const i = isWord(t, "TO", "AS") ? a + 2 : a + 1;
        const [newName] = this.name(i);
        if (!newName) return unknown();
        const schema =
          table.includes(".") && !newName.includes(".") ? `${table.slice(0, table.lastIndexOf("."))}.` : "";
        this.push({ kind: "rename-table", table, newName: schema + newName }, span);
        return;
      }
      case "ALTER": {
        if (isWord(this.toks[a + 1], "INDEX", "CONSTRAINT", "CHECK")) return;
        const i = this.skip(a + 1, "COLUMN");
        const column = identifier(this.toks[i]);
        if (!column) return unknown();
        const j = i + 1;
        if (isWord(this.toks[j], "SET") && isWord(this.toks[j + 1], "DEFAULT")) {
          const end = this.expressionEnd(j + 2, b);
          this.push(
            {
              kind: "change-default",
              table,
              column,
              default: { volatile: this.callsVolatile(j + 2, end), text: this.text(j + 2, end, 80) },
            },
            span,
          );
          return;
        }
        if (isWord(this.toks[j], "DROP") && isWord(this.toks[j + 1], "DEFAULT"))
          return this.push({ kind: "change-default", table, column }, span);
        if (
          isWord(this.toks[j], "SET") &&
          isWord(this.toks[j + 1], "NOT") &&
          isWord(this.toks[j + 2], "NULL")
        )
          return this.push({ kind: "set-not-null", table, column }, span);
        if (
          isWord(this.toks[j], "DROP") &&
          isWord(this.toks[j + 1], "NOT") &&
          isWord(this.toks[j + 2], "NULL")
        )
          return this.push({ kind: "drop-not-null", table, column }, span);
        const typeAt = this.skip(this.skip(j, "SET", "DATA"), "TYPE");
        if (typeAt !== j) {
          // Reuse the column reader: a fake name position just before the type.
          const spec = this.columnSpec(typeAt - 1, b);
          if (spec) return this.typeChange(table, column, spec, span, true);
        }
        if (isWord(this.toks[j], "SET", "DROP", "RESET")) return; // visibility, statistics, storage...
        return unknown();
      }
      case "VALIDATE": {
        const name = identifier(this.toks[this.skip(a + 1, "CONSTRAINT")]);
        this.push({ kind: "validate-constraint", table, ...(name ? { name } : {}) }, span);
        return;
      }
      case "CONVERT":
        return unknown("CONVERT TO CHARACTER SET rewrites every text column of the table");
      default:
        if (TABLE_OPTIONS.has(word)) return;
        return unknown();
    }
  }

  private typeChange(
    table: string,
    column: string,
    spec: ColumnSpec,
    span: Span,
    judge: boolean,
    oldName?: string,
  ): void {
    const key = `${table}.${column}`;
    const before = this.src.knownTypes.get(`${table}.${oldName ?? column}`);
    const change = spec.type && judge ? classifySqlTypeChange(before, spec.type.type) : {};
    if (spec.type) this.src.knownTypes.set(key, spec.type.type);
    this.push(
      {
        kind: "change-column-type",
        table,
        column,
        ...(spec.type ? { type: spec.type.display } : {}),
        ...change,
      },
      span,
    );
  }

  private alterAdd(table: string, i: number, b: number, span: Span): void {
    const t = this.toks[i];
    const notValid = this.toks
      .slice(i, b + 1)
      .some((u, k, all) => isWord(u, "NOT") && isWord(all[k + 1], "VALID"));
    const constraintOp = (
      constraint: "foreign-key" | "check" | "unique" | "primary-key" | "exclusion",
      name?: string,
    ): void => {
      const usingIndex = this.toks
        .slice(i, b + 1)
        .some((u, k, all) => isWord(u, "USING") && isWord(all[k + 1], "INDEX"));
      this.push(
        {
          kind: "add-constraint",
          table,
          constraint,
          ...(name ? { name } : {}),
          validated: !notValid,
          ...(usingIndex ? { usingIndex: true } : {}),
        },
        span,
      );
    };
    if (isWord(t, "CONSTRAINT")) {
      let j = i + 1;
      let name: string | undefined;
      if (!isWord(this.toks[j], "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE")) {
        name = identifier(this.toks[j]);
        j++;
      }
      const kind = this.constraintKind(j);
      if (!kind) return this.unknown("an ADD CONSTRAINT the SQL reader does not understand", i - 1, b, span);
      return constraintOp(kind, name);
    }
    if (isWord(t, "PRIMARY", "FOREIGN", "CHECK", "EXCLUDE")) {
      const kind = this.constraintKind(i);
      if (kind) return constraintOp(kind);
    }
    if (isWord(t, "UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL")) {
      // MySQL: ADD [UNIQUE] INDEX|KEY [name] (columns) builds an index.
      let j = this.skipAny(i, ["UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL"]);
      let name: string | undefined;
      if (!isPunct(this.toks[j], "(") && !isWord(this.toks[j], "USING")) {
        name = identifier(this.toks[j]);
        j++;
      }
      while (j <= b && !isPunct(this.toks[j], "(")) j++;
      this.push(
        {
          kind: "add-index",
          table,
          columns: j <= b ? this.indexColumns(j) : [],
          ...(name ? { name } : {}),
          ...(isWord(t, "UNIQUE") ? { unique: true } : {}),
        },
        span,
      );
      return;
    }
    if (isWord(t, "PARTITION")) return;
    let j = this.skip(i, "COLUMN");
    j = this.skip(j, "IF", "NOT", "EXISTS");
    if (isPunct(this.toks[j], "(")) {
      const end = closing(this.toks, j, b);
      for (const [c, d] of splitAtDepth0(this.toks, j + 1, end - 1)) this.addColumn(table, c, d, span);
      return;
    }
    this.addColumn(table, j, b, span);
  }

  private constraintKind(
    j: number,
  ): "foreign-key" | "check" | "unique" | "primary-key" | "exclusion" | undefined {
    const t = this.toks[j];
    if (isWord(t, "PRIMARY")) return "primary-key";
    if (isWord(t, "UNIQUE")) return "unique";
    if (isWord(t, "FOREIGN")) return "foreign-key";
    if (isWord(t, "CHECK")) return "check";
    if (isWord(t, "EXCLUDE")) return "exclusion";
    return undefined;
  }

  private addColumn(table: string, a: number, b: number, span: Span): void {
    const spec = this.columnSpec(a, b);
    if (!spec) return this.unknown("an ADD COLUMN the SQL reader cannot read", a, b, span);
    // Only SQLite takes a column without a type; elsewhere the statement fails, so say nothing about it.
    if (!spec.type && this.src.database !== "sqlite")
      return this.unknown("an ADD COLUMN with no type, which this database rejects", a, b, span);
    if (spec.type) this.src.knownTypes.set(`${table}.${spec.name}`, spec.type.type);
    this.push(
      {
        kind: "add-column",
        table,
        column: spec.name,
        ...(spec.type ? { type: spec.type.display } : {}),
        ...(spec.notNull ? { notNull: true } : {}),
        ...(spec.default ? { default: spec.default } : {}),
      },
      span,
    );
    for (const constraint of spec.constraints) {
      this.push({ kind: "add-constraint", table, constraint, validated: true }, span);
    }
  }

  private alterDrop(table: string, i: number, b: number, span: Span): void {
    const t = this.toks[i];
    if (isWord(t, "INDEX", "KEY")) {
      const name = identifier(this.toks[this.skip(i + 1, "IF", "EXISTS")]);
      this.push({ kind: "drop-index", table, ...(name ? { name } : {}) }, span);
      return;
    }
    if (isWord(t, "PRIMARY") && isWord(this.toks[i + 1], "KEY")) {
      this.push({ kind: "drop-constraint", table, name: "PRIMARY" }, span);
      return;
    }
    if (isWord(t, "FOREIGN", "CONSTRAINT", "CHECK")) {
      let j = isWord(t, "FOREIGN") ? this.skip(i + 1, "KEY") : i + 1;
      j = this.skip(j, "IF", "EXISTS");
      const name = identifier(this.toks[j]);
      this.push({ kind: "drop-constraint", table, ...(name ? { name } : {}) }, span);
      return;
    }
    if (isWord(t, "PARTITION"))
      return this.unknown("DROP PARTITION deletes the rows of the partition", i - 1, b, span);
    if (isWord(t, "DEFAULT")) return;
    let j = this.skip(i, "COLUMN");
    j = this.skip(j, "IF", "EXISTS");
    const column = identifier(this.toks[j]);
    if (!column) return this.unknown("a DROP clause the SQL reader does not understand", i - 1, b, span);
    this.push({ kind: "drop-column", table, column }, span);
  }
}
