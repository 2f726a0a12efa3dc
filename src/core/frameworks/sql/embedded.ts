// SQL embedded in a migration (`execute`, `RunSQL`, `DB::statement`...), read by the shared SQL reader.
// Its own module, so that tests can stand in for `sqlToOperations` and still see what every reader hands it.
import type { Parsers } from "../../parsers.js";
import { runTimeName, type RunTimePart } from "../../run-time.js";
import { sqlToOperations, type SqlInput, type SqlResult } from "./index.js";

/**
 * Follows SQL embedded in a migration (`execute`, `RunSQL`, `DB::statement`...): its operations, comments and
 * problems join those of the file it sits in.
 */
export function appendSql(into: SqlResult, input: SqlInput, parsers: Parsers): void {
  const sql = sqlToOperations(input, parsers);
  into.operations.push(...sql.operations);
  into.comments.push(...sql.comments);
  into.problems.push(...sql.problems);
}

/** A piece of SQL text as a migration builds it: literal text, or a hole filled at run time (its source). */
export type SqlPart = { text: string } | { hole: string };

/** SQL text a migration builds, as parts, and the 1-based line where it starts. */
export interface SqlTemplate {
  parts: SqlPart[];
  line: number;
}

/** A syntax node with `left` and `right` fields (tree-sitter's binary expressions). */
interface BinaryNode<N> {
  childForFieldName(field: string): N | null;
}

/**
 * `left + right` (or `.`, `<>`) where at least one side is a template (`recurse`): the other side is its text
 * when `resolve` knows it (a variable bound to a string), else a hole named by its source.
 */
export function joinTemplates<N extends { text: string }>(
  binary: BinaryNode<N>,
  recurse: (n: N) => SqlTemplate | undefined,
  resolve: (n: N) => string | undefined = () => undefined,
): SqlTemplate | undefined {
  const left = binary.childForFieldName("left");
  const right = binary.childForFieldName("right");
  if (!left || !right) return undefined;
  const sides = [left, right].map((node) => [recurse(node), node] as const);
  const line = sides.find(([t]) => t)?.[0]?.line;
  if (line === undefined) return undefined;
  const parts = sides.flatMap(([t, node]): SqlPart[] => {
    if (t) return t.parts;
    const value = resolve(node);
    return [value !== undefined ? { text: value } : { hole: node.text }];
  });
  return { parts, line };
}

/** Follows SQL a reader built as a template (see appendTemplateSql); false, adding nothing, when there is none. */
export function appendBuiltSql(
  into: SqlResult,
  template: SqlTemplate | undefined,
  database: SqlInput["database"],
  parsers: Parsers,
): boolean {
  return (
    !!template && appendTemplateSql(into, { parts: template.parts, database, line: template.line }, parsers)
  );
}

/** How a reader reads the one argument a call hands its SQL in, in its own language's syntax. */
export interface SqlArgument<N> {
  /** The text of a string literal, and the line its contents start on. */
  literal(node: N): { value: string; line: number } | undefined;
  /** A name the reader knows to hold a string (a variable, a constant): its value. */
  resolve(node: N): string | undefined;
  /** Text built from literals and run-time values (interpolation, concatenation). */
  template(node: N): SqlTemplate | undefined;
}

/**
 * SQL a migration hands to a call (`DB::statement(...)`, `execute "..."`, `op.execute(...)`): its literal text
 * (or a name holding one, read at the call's line), else the template it builds. False, having added nothing,
 * when it is neither readably: the caller then records the call as an unknown operation (fails closed).
 */
export function appendCallSql<N extends { startPosition: { row: number } }>(
  into: SqlResult,
  node: N | undefined,
  where: N,
  read: SqlArgument<N>,
  input: { database: SqlInput["database"]; parsers: Parsers },
): boolean {
  if (!node) return false;
  let literal = read.literal(node);
  if (!literal) {
    const value = read.resolve(node);
    if (value !== undefined) literal = { value, line: where.startPosition.row + 1 };
  }
  if (literal) {
    appendSql(into, { sql: literal.value, database: input.database, line: literal.line }, input.parsers);
    return true;
  }
  return appendBuiltSql(into, read.template(node), input.database, input.parsers);
}

/** Why a call's SQL could not be read: `via` runs SQL built at run time (`how`: the forms the language has). */
export function sqlBuiltAtRunTime(via: string, how = "a variable, interpolation or expression"): string {
  return `${via} runs SQL built at run time (${how}), which cannot be read`;
}

const HOLE = /__mg_hole_(\d+)__/g;

/** What each field of an operation names, for the run-time name that replaces a hole in it. */
const FIELD_PARTS: Readonly<Record<string, RunTimePart>> = {
  table: "table",
  tables: "table",
  newName: "table",
  column: "column",
  columns: "column",
  name: "name",
  type: "name",
};

/**
 * Follows SQL built from literal text and run-time holes (`"DELETE FROM #{t} WHERE ..."`, a template literal,
 * an f-string): each hole stands in as an identifier, and the statement is read by its static parts. A table
 * or column that came from a hole is named as computed at run time. Returns false, having added nothing, when
 * the text does not read cleanly that way (a hole where a keyword or a whole statement goes): the caller then
 * reports it as SQL it cannot read.
 */
export function appendTemplateSql(
  into: SqlResult,
  input: { parts: readonly SqlPart[]; database: SqlInput["database"]; line: number },
  parsers: Parsers,
): boolean {
  const holes: string[] = [];
  const sql = input.parts
    .map((p) => {
      if ("text" in p) return p.text;
      holes.push(p.hole);
      return `__mg_hole_${holes.length - 1}__`;
    })
    .join("");
  // Only text the static parts begin: a statement whose first word is a hole has no known verb.
  if (/^\s*__mg_hole_/.test(sql) || /;\s*__mg_hole_/.test(sql)) return false;
  const result = sqlToOperations({ sql, database: input.database, line: input.line }, parsers);
  if (result.problems.length > 0) return false;
  const restore = (value: string, part: RunTimePart): string =>
    value.includes("__mg_hole_")
      ? runTimeName(
          part,
          value.replace(HOLE, (_m, i: string) => holes[Number(i)] ?? "?"),
        )
      : value;
  for (const op of result.operations) {
    const record = op as unknown as Record<string, unknown>;
    for (const [field, part] of Object.entries(FIELD_PARTS)) {
      const value = record[field];
      if (typeof value === "string") record[field] = restore(value, part);
      else if (Array.isArray(value))
        record[field] = value.map((v) => (typeof v === "string" ? restore(v, part) : v));
    }
    if (op.kind === "unknown" && op.text)
      op.text = op.text.replace(HOLE, (_m, i: string) => `{${holes[Number(i)]}}`);
    into.operations.push(op);
  }
  into.comments.push(...result.comments);
  return true;
}
