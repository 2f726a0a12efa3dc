// Rails' `db/structure.sql` (`config.active_record.schema_format = :sql`): pg_dump's schema of the database, and
// after it the versions of every migration that had run (`INSERT INTO "schema_migrations" (version) VALUES`),
// for a history whose older migrations were squashed away. Parsed with libpg_query, its statements read by the
// SQL reader every SQL migration goes through; the tables it creates and the columns it adds are the seed.
import type { CreateStmt, InsertStmt, Node } from "libpg-query";
import type { Parsers, PgParseResult } from "../../parsers.js";
import type { SchemaDump } from "../../schema/index.js";
import type { Database, Operation } from "../../types.js";
import { readSql } from "./files.js";
import { relName } from "./postgres.js";

/** The psql meta-commands pg_dump writes around a dump since August 2025 (`\restrict KEY`): no SQL in them. */
const RESTRICT = /^\\(?:un)?restrict(?:[ \t][^\n]*)?$/gm;

/**
 * The dump's version (the highest it lists as run) and the schema it describes, or undefined when it cannot be
 * read wholly: not PostgreSQL, a syntax error (another psql meta-command: `\i`, `\connect`), no version list
 * or one that is not all digits, a statement the SQL reader reports a problem in. No seed then (fails closed:
 * the history proves no absence it could not prove before).
 */
export function readStructureSql(
  source: string,
  database: Database,
  parsers: Parsers,
): SchemaDump | undefined {
  // pg_dump writes PostgreSQL's dialect; MySQL's structure.sql (mysqldump) is not read.
  if (database !== "postgresql") return undefined;
  // Blanked, not removed, so the reader's lines stay the file's.
  const text = source.replace(RESTRICT, (line) => " ".repeat(line.length));
  let parsed: PgParseResult;
  try {
    parsed = parsers.postgres(text);
  } catch {
    // A syntax error: the dump is unreadable (fails closed: undefined, no seed and no absence proven).
    return undefined;
  }
  let version: bigint | undefined;
  const unlisted = new Set<string>();
  for (const { stmt } of parsed.stmts ?? []) {
    if (!stmt) continue;
    if ("InsertStmt" in stmt && isSchemaMigrations(stmt.InsertStmt)) {
      const versions = insertedVersions(stmt.InsertStmt);
      if (!versions) return undefined;
      for (const v of versions) if (version === undefined || v > version) version = v;
    }
    if ("CreateStmt" in stmt && !listsItsColumns(stmt.CreateStmt))
      unlisted.add(relName(stmt.CreateStmt.relation));
  }
  // Without the list the dump cannot be placed among the migrations.
  if (version === undefined) return undefined;
  const read = readSql("rails", [{ text, line: 1 }], database, parsers);
  if (read.problems.length) return undefined;
  return { version, operations: read.operations.flatMap((op) => seedOf(op, unlisted)), vocabulary: "sql" };
}

/**
 * What an operation of the dump gives the seed: the tables it creates, the columns it adds, and its enum types
 * (pg_dump writes each with all its labels). A table whose
 * columns the statement does not list (INHERITS, LIKE, OF type, PARTITION OF) is left out and the state marked
 * incomplete, as is anything that drops, renames or alters a type (pg_dump writes none: the file was edited, and what it
 * leaves cannot be told). Indexes, constraints, defaults and the version list seed nothing.
 */
function seedOf(op: Operation, unlisted: ReadonlySet<string>): Operation[] {
  const unknown = (reason: string): Operation[] => [
    { kind: "unknown", reason, line: op.line, endLine: op.endLine },
  ];
  switch (op.kind) {
    case "create-table":
      if (op.rebuildOf) return unknown("structure.sql rebuilds a table");
      return unlisted.has(op.table)
        ? unknown(`structure.sql does not list every column of ${op.table}`)
        : [op];
    case "add-column":
    case "create-enum":
    case "unknown":
      return [op];
    case "drop-table":
    case "rename-table":
    case "drop-column":
    case "rename-column":
    case "drop-type":
    case "rename-type":
    case "add-enum-value":
    case "rename-enum-value":
      return unknown(`structure.sql holds a ${op.kind}`);
    default:
      return [];
  }
}

function isSchemaMigrations(s: InsertStmt): boolean {
  const r = s.relation;
  return r?.relname === "schema_migrations" && (!r.schemaname || r.schemaname === "public");
}

/** The versions of `INSERT INTO schema_migrations (version) VALUES ('...'), ...`, or undefined when not all literal digits. */
function insertedVersions(s: InsertStmt): bigint[] | undefined {
  const select = s.selectStmt && "SelectStmt" in s.selectStmt ? s.selectStmt.SelectStmt : undefined;
  const rows = select?.valuesLists;
  if (!rows?.length) return undefined;
  const out: bigint[] = [];
  for (const row of rows) {
    const items: readonly Node[] = "List" in row ? (row.List.items ?? []) : [];
    const value = items.length === 1 && "A_Const" in items[0]! ? items[0].A_Const.sval?.sval : undefined;
    if (value === undefined || !/^\d+$/.test(value)) return undefined;
    out.push(BigInt(value));
  }
  return out;
}

/** False when some of the table's columns come from elsewhere: a parent, a LIKE, a composite type. */
function listsItsColumns(s: CreateStmt): boolean {
  return (
    !s.inhRelations?.length &&
    !s.ofTypename &&
    !s.partbound &&
    !(s.tableElts ?? []).some((e) => "TableLikeClause" in e)
  );
}
