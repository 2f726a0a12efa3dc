// What the SQL-file frameworks share: reading a file (or the parts of it that run forward) with the SQL
// reader, and finding the sections of files that keep up and down in one file (goose, dbmate).
import type { Parsers } from "../../parsers.js";
import type { Comment, Database, FrameworkId, Operation, ParsedMigration } from "../../types.js";
import { LineIndex, lex } from "./lexer.js";
import { appendSql } from "./embedded.js";

/** A stretch of a file's lines, as text and the 1-based line it starts on. */
export interface Chunk {
  text: string;
  line: number;
}

export function basename(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? path : path.slice(i + 1);
}

/** Every comment of the file, so an allow comment anywhere (above a section marker too) is seen. */
export function fileComments(source: string, database: Database): Comment[] {
  const lines = new LineIndex(source);
  const lineOf = (offset: number): number => lines.lineOf(offset) + 1;
  return lex(source, database)
    .tokens.filter((t) => t.kind === "comment")
    .map((t) => ({ text: t.value, line: lineOf(t.start), endLine: lineOf(t.end - 1) }));
}

/** Reads chunks of SQL with their host lines and gathers the result as one migration. */
export function readSql(
  framework: FrameworkId,
  chunks: readonly Chunk[],
  database: Database,
  parsers: Parsers,
  comments?: Comment[],
): ParsedMigration {
  const result: ParsedMigration = { framework, operations: [], comments: [], problems: [] };
  for (const chunk of chunks) {
    if (!chunk.text.trim()) continue;
    appendSql(result, { sql: chunk.text, database, line: chunk.line }, parsers);
  }
  // The whole file's comments (section markers and all) replace those of the chunks when given.
  if (comments) result.comments = comments;
  return result;
}

/** True when the text holds no SQL: only space and comments. */
export function isBlankSql(text: string, database: Database): boolean {
  if (!text.trim()) return true;
  const lexed = lex(text, database);
  return (
    !lexed.error && lexed.tokens.every((t) => t.kind === "comment" || (t.kind === "punct" && t.value === ";"))
  );
}

export interface Sections {
  /** 1-based line of the up marker, when there is one. */
  upLine?: number;
  downLine?: number;
  /** The up section's SQL, cut at statement-block markers when the framework has them. */
  up: Chunk[];
  /** The down section's text (empty when there is no down marker). */
  down: string;
}

export interface SectionMarkers {
  up: RegExp;
  down: RegExp;
  /** Start and end of a block whose `;` do not split statements (goose StatementBegin/End). */
  blockBegin?: RegExp;
  blockEnd?: RegExp;
}

/**
 * Splits a file into its up and down sections by marker lines. Only the first up section counts as forward;
 * text before any marker and after a down marker does not run forward.
 */
export function sections(source: string, markers: SectionMarkers): Sections {
  const lines = source.split("\n");
  const out: Sections = { up: [], down: "" };
  const down: string[] = [];
  let state: "before" | "up" | "down" = "before";
  let chunk: string[] = [];
  let chunkLine = 0;
  const flush = (): void => {
    if (chunk.length) out.up.push({ text: chunk.join("\n"), line: chunkLine });
    chunk = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const line = i + 1;
    if (markers.up.test(text)) {
      if (state === "before") {
        state = "up";
        out.upLine = line;
      } else if (state === "up") flush();
      continue;
    }
    if (markers.down.test(text)) {
      if (state === "up") flush();
      if (out.downLine === undefined) out.downLine = line;
      state = "down";
      continue;
    }
    if (state === "down") {
      down.push(text);
      continue;
    }
    if (state !== "up") continue;
    if (markers.blockBegin?.test(text) || markers.blockEnd?.test(text)) {
      flush();
      continue;
    }
    if (!chunk.length) chunkLine = line;
    chunk.push(text);
  }
  if (state === "up") flush();
  out.down = down.join("\n");
  return out;
}

export function irreversible(reason: string, line: number): Operation {
  return { kind: "irreversible", reason, line, endLine: line };
}
