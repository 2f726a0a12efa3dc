// Statement boundaries for text libpg_query rejected: `;` outside literals, comments and routine bodies.
import type { Token } from "./lexer.js";

/** A statement as the indexes of its first and last code token (comments excluded at both ends). */
export type TokenRange = [first: number, last: number];

const ROUTINES = new Set(["TRIGGER", "PROCEDURE", "FUNCTION", "EVENT"]);
const BLOCK_ENDERS = new Set(["IF", "LOOP", "WHILE", "REPEAT"]);

/** True when the statement opening at `i` creates a trigger or routine whose body may hold `;`. */
function opensRoutine(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== "word" || t.value !== "CREATE") return false;
  let words = 0;
  for (let j = i + 1; j < tokens.length && words < 8; j++) {
    const u = tokens[j]!;
    if (u.kind === "comment") continue;
    if (u.kind === "punct") return false;
    if (u.kind === "word") {
      if (ROUTINES.has(u.value)) return true;
      if (u.value === "TABLE" || u.value === "INDEX" || u.value === "VIEW") return false;
    }
    words++;
  }
  return false;
}

function nextCode(tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j]!.kind !== "comment") return j;
  return -1;
}

/**
 * Splits tokens into statements. Inside a CREATE TRIGGER / PROCEDURE / FUNCTION / EVENT, `;` only ends the
 * statement outside BEGIN ... END and CASE ... END (SQLite and MySQL bodies are not quoted). The MySQL
 * client's `DELIMITER x` lines change the separator until the next DELIMITER line; they are not statements.
 */
export function splitStatements(tokens: readonly Token[], text: string): TokenRange[] {
  const out: TokenRange[] = [];
  let first = -1;
  let last = -1;
  let routine = false;
  let depth = 0;
  let delimiter = ";";
  const end = (): void => {
    if (first >= 0) out.push([first, last]);
    first = -1;
    routine = false;
    depth = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "comment") continue;
    if (first < 0 && t.kind === "word" && t.value === "DELIMITER") {
      let eol = text.indexOf("\n", t.end);
      if (eol < 0) eol = text.length;
      delimiter = text.slice(t.end, eol).trim() || ";";
      while (i + 1 < tokens.length && tokens[i + 1]!.start < eol) i++;
      continue;
    }
    if (delimiter !== ";") {
      if (text.startsWith(delimiter, t.start)) {
        end();
        const stop = t.start + delimiter.length;
        while (i + 1 < tokens.length && tokens[i + 1]!.start < stop) i++;
        continue;
      }
    } else if (t.kind === "punct" && t.value === ";" && depth <= 0) {
      end();
      continue;
    }
    if (first < 0) {
      first = i;
      routine = delimiter === ";" && opensRoutine(tokens, i);
    }
    last = i;
    if (!routine || t.kind !== "word") continue;
    if (t.value === "BEGIN" || t.value === "CASE") depth++;
    else if (t.value === "END") {
      const j = nextCode(tokens, i);
      const after = j >= 0 ? tokens[j]! : undefined;
      if (after?.kind === "word" && BLOCK_ENDERS.has(after.value)) {
        // END IF / END LOOP / ...: closes a block that never counted; skip its keyword.
        i = last = j;
        continue;
      }
      depth--;
      if (after?.kind === "word" && after.value === "CASE") i = last = j;
    }
  }
  if (first >= 0) out.push([first, last]);
  return out;
}
