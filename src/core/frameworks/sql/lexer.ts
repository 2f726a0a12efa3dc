// A small SQL lexer that knows every dialect's strings and comments well enough to split statements and to
// find comments, without ever mistaking text inside a literal for code. Offsets are UTF-16 (string) indexes.
import type { Database } from "../../types.js";

export type TokenKind = "word" | "quoted" | "string" | "number" | "punct" | "op" | "param" | "comment";

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /**
   * word: upper-cased text; quoted: the identifier without quotes; string: the contents; comment: the text
   * without its markers; punct/op/number/param: the text.
   */
  value: string;
}

export interface LexError {
  offset: number;
  message: string;
}

export interface LexResult {
  tokens: Token[];
  /** Set when the text cannot be tokenised to its end (an unterminated string, comment or quoted name). */
  error?: LexError;
}

const CH_NL = 10;
const CH_SQ = 39; // '
const CH_DQ = 34; // "
const CH_BT = 96; // `
const CH_BS = 92; // \
const CH_DOLLAR = 36;
const CH_DASH = 45;
const CH_SLASH = 47;
const CH_STAR = 42;
const CH_HASH = 35;

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57) || c === CH_DOLLAR;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** True when only spaces and tabs stand between the start of the line and `offset`. */
function atLineStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === CH_NL) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Tokenises `text`. `dialect` decides the lexical rules that differ: MySQL escapes with backslashes in
 * every string and comments with `#`; PostgreSQL nests block comments and escapes only in E'...' strings;
 * SQLite quotes names with [brackets]. A `#` at the start of a line is a comment in every dialect, since
 * no PostgreSQL or SQLite statement starts with one.
 */
export function lex(text: string, dialect: Database): LexResult {
  const tokens: Token[] = [];
  const n = text.length;
  const mysql = dialect === "mysql";
  let i = 0;
  const fail = (offset: number, what: string): LexResult => ({
    tokens,
    error: { offset, message: `${what} is never closed` },
  });

  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;

    if (c === CH_DASH && next === CH_DASH) {
      let j = text.indexOf("\n", i);
      if (j < 0) j = n;
      const end = j > i && text.charCodeAt(j - 1) === 13 ? j - 1 : j;
      tokens.push({ kind: "comment", start, end, value: text.slice(i + 2, end) });
      i = j;
      continue;
    }
    if (c === CH_HASH && (mysql || atLineStart(text, i))) {
      let j = text.indexOf("\n", i);
      if (j < 0) j = n;
      const end = j > i && text.charCodeAt(j - 1) === 13 ? j - 1 : j;
      tokens.push({ kind: "comment", start, end, value: text.slice(i + 1, end) });
      i = j;
      continue;
    }
    if (c === CH_SLASH && next === CH_STAR) {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        const d = text.charCodeAt(j);
        if (d === CH_STAR && text.charCodeAt(j + 1) === CH_SLASH) {
          depth--;
          j += 2;
        } else if (dialect === "postgresql" && d === CH_SLASH && text.charCodeAt(j + 1) === CH_STAR) {
          depth++;
          j += 2;
        } else j++;
      }
      if (depth > 0) return fail(start, "A /* comment");
      tokens.push({ kind: "comment", start, end: j, value: text.slice(i + 2, j - 2) });
      i = j;
      continue;
    }
    if (c === CH_SQ) {
      // E'...' (PostgreSQL) takes backslash escapes; the E was lexed as a word touching the quote.
      const prev = tokens[tokens.length - 1];
      let escapes = mysql;
      let from = start;
      if (prev && prev.kind === "word" && prev.end === start && /^(E|U&|N|X|B)$/.test(prev.value)) {
        escapes = escapes || prev.value === "E";
        from = prev.start;
        tokens.pop();
      }
      const end = quoted(text, i, CH_SQ, escapes);
      if (end < 0) return fail(start, "A string literal");
      tokens.push({ kind: "string", start: from, end, value: unquote(text.slice(i + 1, end - 1), "'") });
      i = end;
      continue;
    }
    if (c === CH_DQ || c === CH_BT) {
      const end = quoted(text, i, c, mysql && c === CH_DQ);
      if (end < 0) return fail(start, c === CH_DQ ? "A double-quoted name" : "A backtick-quoted name");
      const q = c === CH_DQ ? '"' : "`";
      tokens.push({ kind: "quoted", start, end, value: unquote(text.slice(i + 1, end - 1), q) });
      i = end;
      continue;
    }
    if (c === 91 /* [ */ && dialect === "sqlite") {
      const j = text.indexOf("]", i + 1);
      if (j < 0) return fail(start, "A [bracketed] name");
      tokens.push({ kind: "quoted", start, end: j + 1, value: text.slice(i + 1, j) });
      i = j + 1;
      continue;
    }
    if (c === CH_DOLLAR && !mysql) {
      if (isDigit(next)) {
        let j = i + 1;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
        tokens.push({ kind: "param", start, end: j, value: text.slice(i, j) });
        i = j;
        continue;
      }
      // $tag$ ... $tag$ (PostgreSQL dollar quoting).
      let j = i + 1;
      if (j < n && isWordStart(text.charCodeAt(j)) && !isDigit(text.charCodeAt(j))) {
        while (j < n && isWordPart(text.charCodeAt(j)) && text.charCodeAt(j) !== CH_DOLLAR) j++;
      }
      if (j < n && text.charCodeAt(j) === CH_DOLLAR) {
        const tag = text.slice(i, j + 1);
        const close = text.indexOf(tag, j + 1);
        if (close < 0) return fail(start, `A ${tag}-quoted string`);
        tokens.push({ kind: "string", start, end: close + tag.length, value: text.slice(j + 1, close) });
        i = close + tag.length;
        continue;
      }
      tokens.push({ kind: "op", start, end: i + 1, value: "$" });
      i++;
      continue;
    }
    if (isWordStart(c)) {
      let j = i + 1;
      while (j < n && isWordPart(text.charCodeAt(j))) j++;
      tokens.push({ kind: "word", start, end: j, value: text.slice(i, j).toUpperCase() });
      i = j;
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(next))) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d) || d === 46 || d === 95) j++;
        else if ((d === 101 || d === 69) && j + 1 < n) {
          const e = text.charCodeAt(j + 1);
          if (isDigit(e) || ((e === 43 || e === 45) && isDigit(text.charCodeAt(j + 2)))) j += 2;
          else break;
        } else break;
      }
      tokens.push({ kind: "number", start, end: j, value: text.slice(i, j) });
      i = j;
      continue;
    }
    const ch = text[i]!;
    const kind: TokenKind = "(),;.[]".includes(ch) ? "punct" : "op";
    tokens.push({ kind, start, end: i + 1, value: ch });
    i++;
  }
  return { tokens };
}

/** Index just past the closing quote of the literal opening at `i`, or -1 when it never closes. */
function quoted(text: string, i: number, quote: number, escapes: boolean): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (escapes && d === CH_BS) {
      j += 2;
      continue;
    }
    if (d === quote) {
      if (text.charCodeAt(j + 1) === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return -1;
}

function unquote(body: string, quote: string): string {
  return body.includes(quote) ? body.split(quote + quote).join(quote) : body;
}

/** Line lookup for a text: 0-based line index of a UTF-16 offset. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    let at = text.indexOf("\n");
    while (at >= 0) {
      this.starts.push(at + 1);
      at = text.indexOf("\n", at + 1);
    }
  }

  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  get count(): number {
    return this.starts.length;
  }

  startOf(line: number): number {
    return this.starts[line] ?? Number.MAX_SAFE_INTEGER;
  }
}

/**
 * Maps the UTF-8 byte offsets libpg_query reports to string offsets. Identity for ASCII text, which is the
 * common case and costs one regular-expression test.
 */
export function byteToCharMapper(text: string): (byte: number) => number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return (byte) => byte;
  const map: number[] = [];
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let width: number;
    if (c < 0x80) width = 1;
    else if (c < 0x800) width = 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair is one 4-byte code point; both halves map to the pair's start.
      width = 4;
      for (let k = 0; k < width; k++) map[bytes + k] = i;
      bytes += width;
      i++;
      continue;
    } else width = 3;
    for (let k = 0; k < width; k++) map[bytes + k] = i;
    bytes += width;
  }
  map[bytes] = text.length;
  return (byte) => (byte >= bytes ? text.length + (byte - bytes) : map[byte]!);
}

/** Index of the first token whose start is >= offset (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
