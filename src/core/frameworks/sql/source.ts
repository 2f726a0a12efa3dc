// The SQL text being read, its tokens, and the mapping from offsets to lines of the host file.
import type { Database, Operation, Span } from "../../types.js";
import type { SqlColumnType } from "../../column-types/index.js";
import { LineIndex, lex, tokenAt, type LexError, type Token } from "./lexer.js";

/** `INSERT INTO into [(intoColumns)] SELECT ... FROM from`: what a SQLite table rebuild needs to see. */
export interface TableCopy {
  into: string;
  from: string;
  intoColumns?: string[];
  /** The SELECT list: column names, "?" for expressions, or "*". */
  selectColumns: string[] | "*";
  /** The SELECT filters, joins or limits: not every row is copied. */
  partial: boolean;
}

/** What one statement does, before the SQLite-rebuild collapse looks at the whole file. */
export interface MappedStatement extends Span {
  ops: Operation[];
  copy?: TableCopy;
}

export class SqlSource {
  readonly lines: LineIndex;
  readonly tokens: Token[];
  readonly lexError: LexError | undefined;
  /** Column types seen so far in this text (CREATE TABLE, ADD COLUMN, ALTER TYPE), keyed "table.column". */
  readonly knownTypes = new Map<string, SqlColumnType>();
  /**
   * Explicit transactions seen so far: `open` between BEGIN and COMMIT/ROLLBACK, `index` counts the commits,
   * so statements with different indexes hold no lock across each other.
   */
  readonly transaction = { open: false, index: 0 };

  constructor(
    readonly text: string,
    readonly database: Database,
    /** 1-based host line of the text's first line. */
    readonly firstLine: number,
    dialect: Database,
  ) {
    this.lines = new LineIndex(text);
    const lexed = lex(text, dialect);
    this.tokens = lexed.tokens;
    this.lexError = lexed.error;
  }

  /** 1-based host line of a string offset. */
  line(offset: number): number {
    return this.firstLine + this.lines.lineOf(offset);
  }

  /** Host span from the first to the last of the tokens [first, last]. */
  spanOfTokens(first: number, last: number): Span {
    const a = this.tokens[first];
    const b = this.tokens[Math.max(first, last)];
    if (!a || !b) return { line: this.firstLine, endLine: this.firstLine };
    return { line: this.line(a.start), endLine: this.line(b.end - 1) };
  }

  /**
   * The code tokens of [start, end): indexes of the first and last token that is not a comment, or
   * undefined when the range holds only comments and space.
   */
  codeRange(start: number, end: number): [number, number] | undefined {
    const tokens = this.tokens;
    let first = tokenAt(tokens, start);
    let last = tokenAt(tokens, end) - 1;
    while (first <= last && tokens[first]!.kind === "comment") first++;
    while (last >= first && (tokens[last]!.kind === "comment" || isSemicolon(tokens[last]!))) last--;
    return first <= last ? [first, last] : undefined;
  }

  /** Source text of tokens [first, last], on one line, cut short for messages. */
  textOf(first: number, last: number, max = 120): string {
    const a = this.tokens[first];
    const b = this.tokens[last];
    if (!a || !b || last < first) return "";
    const text = this.text.slice(a.start, b.end).replace(/\s+/g, " ").trim();
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }
}

export function isSemicolon(t: Token): boolean {
  return t.kind === "punct" && t.value === ";";
}

/** Lower-cases what the database folds: unquoted words. Quoted names keep their case. */
export function identifier(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  if (t.kind === "quoted") return t.value;
  if (t.kind === "word") return t.value.toLowerCase();
  return undefined;
}

/** Functions whose value differs per row: a column default calling one fills each row separately. */
export const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  "random",
  "random_normal",
  "gen_random_uuid",
  "gen_random_bytes",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "uuidv4",
  "uuidv7",
  "clock_timestamp",
  "timeofday",
  "nextval",
  // MySQL and SQLite spellings.
  "uuid",
  "uuid_short",
  "rand",
  "randomblob",
  "sys_guid",
]);
