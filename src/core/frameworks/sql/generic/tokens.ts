// The token toolkit of the MySQL/SQLite reader: matching brackets, splitting and searching at depth 0.
import type { Token } from "../lexer.js";

/** Index of the `)` matching the `(` at `i`, or the last index when it never closes. */
export function closing(toks: readonly Token[], i: number, limit = toks.length - 1): number {
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
export function splitAtDepth0(
  toks: readonly Token[],
  from: number,
  to: number,
  sep = ",",
): Array<[number, number]> {
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
export function findDepth0(
  toks: readonly Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
): number {
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
export function isWord(t: Token | undefined, ...words: string[]): boolean {
  return !!t && t.kind === "word" && (words.length === 0 || words.includes(t.value));
}

export function isPunct(t: Token | undefined, value: string): boolean {
  return !!t && t.kind === "punct" && t.value === value;
}
