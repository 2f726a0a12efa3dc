// A column definition in CREATE TABLE and ALTER TABLE ADD: its name, type, NOT NULL, DEFAULT (volatile or not)
// and inline constraints.
import type { ColumnDefault } from "../../../types.js";
import type { StatementReader } from "../generic.js";
import { closing, isWord, isPunct } from "./tokens.js";
import { identifier, VOLATILE_FUNCTIONS } from "../source.js";
import { sqlColumnType, type SqlColumnType } from "../../../column-types/index.js";

export interface ColumnSpec {
  name: string;
  type?: { display: string; type: SqlColumnType };
  notNull: boolean;
  default?: ColumnDefault;
  constraints: Array<"foreign-key" | "check" | "unique" | "primary-key">;
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

/** A column definition: name, type, NOT NULL, DEFAULT, inline constraints. */
export function columnSpec(r: StatementReader, a: number, b: number): ColumnSpec | undefined {
  const name = identifier(r.toks[a]);
  if (name === undefined) return undefined;
  const spec: ColumnSpec = { name, notNull: false, constraints: [] };
  let i = a + 1;
  // The type: words, then (modifiers) and [] after any of them.
  const typeStart = i;
  const words: string[] = [];
  const mods: number[] = [];
  let array = false;
  while (i <= b) {
    const t = r.toks[i]!;
    if (t.kind === "word" && (words.length === 0 || TYPE_CONTINUATIONS.has(t.value))) {
      words.push(t.value);
      i++;
    } else if (t.kind === "quoted" && words.length === 0) {
      words.push(t.value);
      i++;
    } else if (isPunct(t, "(") && words.length > 0) {
      const end = closing(r.toks, i, b);
      for (let k = i + 1; k < end; k++) if (r.toks[k]!.kind === "number") mods.push(Number(r.toks[k]!.value));
      i = end + 1;
    } else if (isPunct(t, "[") && words.length > 0) {
      array = true;
      i = closing(r.toks, i, b) + 1;
    } else break;
  }
  if (words.length) {
    const base = words.filter((w) => !["UNSIGNED", "SIGNED", "ZEROFILL"].includes(w)).join(" ");
    spec.type = { display: r.text(typeStart, i - 1, 60), type: sqlColumnType(base, mods, array) };
  }
  while (i <= b) {
    const t = r.toks[i]!;
    if (isWord(t, "NOT") && isWord(r.toks[i + 1], "NULL")) {
      spec.notNull = true;
      i += 2;
    } else if (isWord(t, "DEFAULT")) {
      const end = expressionEnd(r, i + 1, b);
      spec.default = {
        volatile: callsVolatile(r, i + 1, end),
        text: r.text(i + 1, end, 80),
      };
      i = end + 1;
    } else if (isWord(t, "AUTO_INCREMENT", "AUTOINCREMENT", "SERIAL")) {
      spec.default ??= { volatile: true, text: t.value };
      i++;
    } else if (isWord(t, "PRIMARY") && isWord(r.toks[i + 1], "KEY")) {
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
      const end = isPunct(r.toks[i + 1], "(") ? closing(r.toks, i + 1, b) : i;
      let j = i;
      let stored = false;
      let identity = false;
      for (let k = i; k <= b; k++) {
        if (isWord(r.toks[k], "IDENTITY")) identity = true;
        if (isWord(r.toks[k], "STORED", "PERSISTENT")) stored = true;
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
export function expressionEnd(r: StatementReader, i: number, b: number): number {
  let depth = 0;
  let end = i;
  for (let k = i; k <= b; k++) {
    const t = r.toks[k]!;
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

export function callsVolatile(r: StatementReader, from: number, to: number): boolean {
  for (let k = from; k < to + 1; k++) {
    const t = r.toks[k]!;
    if (t.kind === "word" && VOLATILE_FUNCTIONS.has(t.value.toLowerCase()) && isPunct(r.toks[k + 1], "("))
      return true;
  }
  return false;
}
