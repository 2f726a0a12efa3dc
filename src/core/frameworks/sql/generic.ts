// Token-based reader for statements libpg_query rejects: MySQL and SQLite spellings of the same statement
// families (ALTER TABLE ... MODIFY/CHANGE, RENAME TABLE, backticks, AUTO_INCREMENT, table options...).
// It reads what it recognises and turns the rest into `unknown` operations: never silently nothing.
//
// This file is the dispatcher: STATEMENTS hands a statement to its handler by the first word: CREATE →
// generic/create.ts (column definitions: generic/columns.ts), ALTER → generic/alter.ts, DROP/RENAME/TRUNCATE →
// generic/drop.ts, DELETE/UPDATE/INSERT and calls off the pure list → generic/rows.ts; EXPLAIN ANALYZE is read
// here as the statement it runs. StatementReader is what the handlers share: the tokens, names, and output.
import type { Operation, Span } from "../../types.js";
import { handlerFor } from "../shared/toolkit.js";
import { alter } from "./generic/alter.js";
import { create } from "./generic/create.js";
import { drop, renameTables, truncate } from "./generic/drop.js";
import { deleteRows, insert, unlistedCalls, update } from "./generic/rows.js";
import { closing, findDepth0, isPunct, isWord, splitAtDepth0 } from "./generic/tokens.js";
import type { Token } from "./lexer.js";
import { identifier, type MappedStatement, type SqlSource, type TableCopy } from "./source.js";
import type { TokenRange } from "./split.js";
import { extend } from "../../extend.js";

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

/** What a statement does, by its first word; a word in none of them is NO_EFFECT or an unknown. */
const STATEMENTS: Readonly<Record<string, (r: StatementReader) => void>> = {
  ALTER: alter,
  CREATE: create,
  DROP: drop,
  RENAME: renameTables,
  TRUNCATE: truncate,
  DELETE: (r) => {
    unlistedCalls(r, 1);
    deleteRows(r);
  },
  UPDATE: (r) => {
    unlistedCalls(r, 1);
    update(r);
  },
  INSERT: insertStatement,
  REPLACE: insertStatement,
  WITH: (r) => {
    if (r.hasWord("DELETE", "UPDATE")) return r.unknown("a WITH query that changes rows");
    unlistedCalls(r, 1);
  },
  SELECT: (r) => unlistedCalls(r, 1),
  VALUES: (r) => unlistedCalls(r, 1),
  EXPLAIN: (r) => r.explain(),
  DESCRIBE: (r) => r.explain(),
  DESC: (r) => r.explain(),
  CALL: codeNotFollowed,
  EXEC: codeNotFollowed,
  EXECUTE: codeNotFollowed,
  DO: codeNotFollowed,
  SOURCE: codeNotFollowed,
  OPTIMIZE: (r) => r.unknown("OPTIMIZE TABLE rebuilds the table"),
};

function insertStatement(r: StatementReader): void {
  // From the rows on: the table and its column list before them are names, not calls.
  const rows = findDepth0(r.toks, 1, r.last, INSERT_ROWS);
  if (rows >= 0) unlistedCalls(r, rows);
  insert(r);
}

function codeNotFollowed(r: StatementReader): void {
  r.unknown("code the SQL reader cannot follow");
}

/** Reads one statement, tokens [first, last] of the source. */
export function classifyStatement(src: SqlSource, range: TokenRange): MappedStatement {
  const toks: Token[] = [];
  for (let i = range[0]; i <= range[1]; i++) if (src.tokens[i]!.kind !== "comment") toks.push(src.tokens[i]!);
  const span = src.spanOfTokens(range[0], range[1]);
  const reader = new StatementReader(src, toks, span);
  reader.read();
  return extend(span, { ops: reader.ops, ...(reader.copy ? { copy: reader.copy } : {}) });
}

export class StatementReader {
  readonly ops: Operation[] = [];
  copy: TableCopy | undefined;
  readonly last: number;

  constructor(
    readonly src: SqlSource,
    readonly toks: readonly Token[],
    readonly span: Span,
  ) {
    this.last = toks.length - 1;
  }

  push(op: OpInput, span: Span = this.span): void {
    this.ops.push(extend(op, { line: span.line, endLine: span.endLine }) as Operation);
  }

  unknown(reason: string, from = 0, to = this.last, span: Span = this.span): void {
    this.push({ kind: "unknown", reason, text: this.text(from, to) }, span);
  }

  text(from: number, to: number, max = 120): string {
    const a = this.toks[from];
    const b = this.toks[Math.min(to, this.last)];
    if (!a || !b) return "";
    const text = this.src.text.slice(a.start, b.end).replace(/\s+/g, " ").trim();
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }

  /** A possibly qualified name starting at `i`: [name, index after it]. */
  name(i: number): [string | undefined, number] {
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
  skip(i: number, ...seq: string[]): number {
    for (let k = 0; k < seq.length; k++) if (!isWord(this.toks[i + k], seq[k]!)) return i;
    return i + seq.length;
  }

  skipAny(i: number, words: ReadonlySet<string> | readonly string[]): number {
    const set = words instanceof Set ? words : new Set(words);
    while (isWord(this.toks[i]) && set.has(this.toks[i]!.value)) i++;
    return i;
  }

  read(): void {
    const head = this.toks[0];
    if (!head) return;
    if (head.kind !== "word") {
      if (isPunct(head, "(")) return unlistedCalls(this, 0); // a parenthesised SELECT
      return this.unknown("a statement the SQL reader does not understand");
    }
    const handler = handlerFor(STATEMENTS, head.value);
    if (handler) return handler(this);
    if (NO_EFFECT.has(head.value)) return;
    this.unknown("a statement the SQL reader does not understand");
  }

  /**
   * EXPLAIN ANALYZE runs the statement it explains (PostgreSQL; MySQL 8 for SELECT, TABLE and multi-table
   * UPDATE/DELETE), so it is read as that statement. Plain EXPLAIN, DESCRIBE and SQLite's EXPLAIN [QUERY PLAN]
   * only plan it. `(ANALYZE false)` is plain EXPLAIN.
   */
  explain(): void {
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

  hasWord(...words: string[]): boolean {
    return this.toks.some((t) => t.kind === "word" && words.includes(t.value));
  }
}
