// SQL text → forward Operations. Shared by the SQL frameworks and by every adapter that follows
// `execute`/`RunSQL`/`op.execute`/`DB::statement` into SQL.
//
// PostgreSQL first: libpg_query parses the whole text and every statement maps from its parse tree. When
// it rejects the text (MySQL or SQLite spelling, or one broken statement), the text is split with our own
// lexer and each statement is tried on libpg_query alone, so one bad statement does not cost the others their
// exact reading. A statement libpg_query rejects is then:
//   - for a MySQL or SQLite database, read by the token-based reader (their spellings are not PostgreSQL's);
//   - for a PostgreSQL database, a problem with the parser's message and line: PostgreSQL would reject it
//     too, and a guess at what a statement means that the database cannot read is never "safe".
import type { Parsers, PgParseResult } from "../../parsers.js";
import type { Comment, Database, Operation, ParseProblem } from "../../types.js";
import { byteToCharMapper } from "./lexer.js";
import { classifyStatement } from "./generic.js";
import { mapPostgres } from "./postgres.js";
import { collapseRebuilds } from "./rebuild.js";
import { SqlSource, type MappedStatement } from "./source.js";
import { splitStatements } from "./split.js";

export interface SqlInput {
  sql: string;
  database: Database;
  /** 1-based line in the host file where `sql` starts (lines inside `sql` are offset from it). */
  line: number;
}

export interface SqlResult {
  operations: Operation[];
  comments: Comment[];
  problems: ParseProblem[];
}

type PgAttempt = { parsed: PgParseResult } | { error: string; cursor: number | undefined };

/** libpg_query's answer, or its message and the 0-based byte offset it points at. */
function parsePostgres(parsers: Parsers, sql: string): PgAttempt {
  try {
    return { parsed: parsers.postgres(sql) };
  } catch (error) {
    // Rejected text is handled by the caller (a problem, or the tokenizer for MySQL/SQLite): never "safe".
    const details = (error as { sqlDetails?: { cursorPosition?: unknown } }).sqlDetails;
    const cursor = typeof details?.cursorPosition === "number" ? details.cursorPosition : undefined;
    return { error: error instanceof Error ? error.message : String(error), cursor };
  }
}

function tryPostgres(parsers: Parsers, sql: string): PgParseResult | undefined {
  const attempt = parsePostgres(parsers, sql);
  return "parsed" in attempt ? attempt.parsed : undefined;
}

function commentsOf(src: SqlSource): Comment[] {
  const out: Comment[] = [];
  for (const t of src.tokens) {
    if (t.kind === "comment")
      out.push({ text: t.value, line: src.line(t.start), endLine: src.line(t.end - 1) });
  }
  return out;
}

/**
 * The lexer for text libpg_query rejected follows the configured database's rules: a literal that database
 * cannot read is a problem for a human, not something to guess around.
 */
function fallbackSource(sql: string, database: Database, line: number): SqlSource {
  // DELIMITER lines belong to the MySQL client, whatever database the project names.
  const dialect = /^\s*DELIMITER\s/im.test(sql) ? "mysql" : database;
  return new SqlSource(sql, database, line, dialect);
}

function isBacktickQuoted(src: SqlSource, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = src.tokens[i]!;
    if (t.kind === "quoted" && src.text.charCodeAt(t.start) === 96) return true;
  }
  return false;
}

function readStatements(
  src: SqlSource,
  parsers: Parsers,
): { statements: MappedStatement[]; problems: ParseProblem[] } {
  const tokens = src.tokens;
  const ranges = splitStatements(tokens, src.text);
  const problems: ParseProblem[] = [];
  const error = src.lexError;
  if (error) {
    // The statement the unreadable literal sits in has no end: leave it and everything after to a human.
    const lastRange = ranges[ranges.length - 1];
    const terminated =
      lastRange && tokens.slice(lastRange[1] + 1).some((t) => t.kind === "punct" && t.value === ";");
    if (lastRange && !terminated) ranges.pop();
    const from = lastRange && !terminated ? tokens[lastRange[0]]!.start : error.offset;
    const lastLine = src.line(Math.max(from, src.text.trimEnd().length - 1));
    problems.push({
      line: src.line(from),
      endLine: lastLine,
      message: `The SQL could not be read from line ${src.line(from)}: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)} (line ${src.line(error.offset)}), so the statements from there on were not analysed.`,
    });
  }
  const statements: MappedStatement[] = [];
  const strict = src.database === "postgresql";
  for (const [first, last] of ranges) {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const text = src.text.slice(start, end);
    const attempt: PgAttempt =
      isBacktickQuoted(src, first, last) && !strict
        ? { error: "backtick-quoted", cursor: undefined }
        : parsePostgres(parsers, text);
    if ("error" in attempt && strict) {
      const at = attempt.cursor === undefined ? start : start + byteToCharMapper(text)(attempt.cursor);
      const line = src.line(Math.min(at, Math.max(end - 1, start)));
      problems.push({
        line: src.line(start),
        endLine: src.line(end - 1),
        message:
          `PostgreSQL cannot parse the statement at line ${src.line(start)}: ${attempt.error} (line ${line}), so ` +
          "it was not analysed. If the database is MySQL or SQLite, set `database:` in .github/migration-guard.yml.",
      });
      continue;
    }
    const mapped = "parsed" in attempt ? mapPostgres(attempt.parsed, src, text, start) : undefined;
    if (mapped && mapped.length) statements.push(...mapped);
    else statements.push(classifyStatement(src, [first, last]));
  }
  return { statements, problems };
}

export function sqlToOperations(input: SqlInput, parsers: Parsers): SqlResult {
  const line = input.line >= 1 ? input.line : 1;
  try {
    const parsed = tryPostgres(parsers, input.sql);
    if (parsed) {
      // libpg_query accepted it, so PostgreSQL's lexical rules are the right ones for positions and comments.
      const src = new SqlSource(input.sql, input.database, line, "postgresql");
      if (!src.lexError) {
        return {
          operations: collapseRebuilds(mapPostgres(parsed, src, input.sql, 0)),
          comments: commentsOf(src),
          problems: [],
        };
      }
    }
    const src = fallbackSource(input.sql, input.database, line);
    const { statements, problems } = readStatements(src, parsers);
    return { operations: collapseRebuilds(statements), comments: commentsOf(src), problems };
  } catch (error) {
    // A reader bug must not hide the SQL: the text goes to a human.
    return {
      operations: [],
      comments: [],
      problems: [
        {
          line,
          endLine: line + input.sql.split("\n").length - 1,
          message: `The SQL reader failed on this text (${error instanceof Error ? error.message : String(error)}), so it was not analysed.`,
        },
      ],
    };
  }
}
