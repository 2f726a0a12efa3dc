// libpg_query's parse tree → Operations. Positions come from the parse tree (UTF-8 byte offsets, mapped to
// string offsets) and are widened to whole tokens with the lexer, so lines are those of real code.
import type {
  AlterTableCmd,
  AlterTableStmt,
  ColumnDef,
  Constraint,
  CreateStmt,
  DropStmt,
  ExplainStmt,
  IndexStmt,
  InsertStmt,
  Node,
  RangeVar,
  RenameStmt,
  TypeName,
  WithClause,
} from "libpg-query";
import type { PgParseResult } from "../../parsers.js";
import type { ColumnDefault, Operation, Span } from "../../types.js";
import { classifySqlTypeChange, sqlColumnType, type SqlColumnType } from "../../column-types/index.js";
import { byteToCharMapper, type Token } from "./lexer.js";
import { isPureFunction } from "./pure-functions.js";
import { SqlSource, VOLATILE_FUNCTIONS, type MappedStatement, type TableCopy } from "./source.js";
import {
  alterDomain,
  blockFields,
  cluster,
  detachPartition,
  notNullCheckColumn,
  reindex,
  spanPush,
  trackTransaction,
  transactionField,
  vacuum,
} from "./postgres-locking.js";
import { extend } from "../../extend.js";

type OpInput = Operation extends infer O
  ? O extends Operation
    ? Omit<O, "line" | "endLine">
    : never
  : never;

/** One statement being mapped: where it sits in the source and how to turn its offsets into lines. */
interface StatementScope {
  src: SqlSource;
  first: number;
  last: number;
  span: Span;
  /** String offset (in the whole source) of a byte offset of the parsed text. */
  at(byte: number): number;
}

/**
 * Maps the statements of a successful parse of `text`, which sits at string offset `base` of `src.text`.
 */
export function mapPostgres(
  result: PgParseResult,
  src: SqlSource,
  text: string,
  base: number,
): MappedStatement[] {
  const toChar = byteToCharMapper(text);
  const at = (byte: number): number => base + toChar(byte);
  const out: MappedStatement[] = [];
  for (const raw of result.stmts ?? []) {
    if (!raw.stmt) continue;
    const startByte = raw.stmt_location ?? 0;
    const start = at(startByte);
    const end = raw.stmt_len ? at(startByte + raw.stmt_len) : base + text.length;
    const range = src.codeRange(start, end);
    if (!range) continue;
    const scope: StatementScope = {
      src,
      first: range[0],
      last: range[1],
      span: src.spanOfTokens(range[0], range[1]),
      at,
    };
    const mapped: MappedStatement = extend(scope.span, { ops: [] });
    mapStatement(raw.stmt, scope, mapped);
    out.push(mapped);
  }
  return out;
}

function push(target: MappedStatement, span: Span, op: OpInput): void {
  target.ops.push(extend(op, { line: span.line, endLine: span.endLine }) as Operation);
}

function mapStatement(node: Node, scope: StatementScope, out: MappedStatement): void {
  const span = scope.span;
  if ("CreateStmt" in node) return createTable(node.CreateStmt, scope, out);
  if ("ExplainStmt" in node) return explain(node.ExplainStmt, scope, out);
  if ("CreateTableAsStmt" in node) {
    const s = node.CreateTableAsStmt;
    unlistedCalls(s.query, scope, out);
    if (s.objtype === "OBJECT_TABLE" && s.into?.rel) {
      push(out, span, {
        kind: "create-table",
        table: relName(s.into.rel),
        columns: strings(s.into.colNames),
        ...(s.if_not_exists ? { ifNotExists: true } : {}),
      });
    }
    return;
  }
  if ("DropStmt" in node) return drop(node.DropStmt, scope, out);
  if ("AlterTableStmt" in node) return alterTable(node.AlterTableStmt, scope, out);
  if ("RenameStmt" in node) return rename(node.RenameStmt, scope, out);
  if ("IndexStmt" in node) return createIndex(node.IndexStmt, scope, out);
  if ("TruncateStmt" in node) {
    const s = node.TruncateStmt;
    push(out, span, {
      kind: "truncate",
      tables: (s.relations ?? []).flatMap((r) => ("RangeVar" in r ? [relName(r.RangeVar)] : [])),
      ...(s.behavior === "DROP_CASCADE" ? { cascade: true } : {}),
    });
    return;
  }
  if (
    "DeleteStmt" in node ||
    "UpdateStmt" in node ||
    "InsertStmt" in node ||
    "SelectStmt" in node ||
    "MergeStmt" in node
  ) {
    unlistedCalls(node, scope, out);
    return dataChange(node, scope, out);
  }
  if ("DoStmt" in node) {
    push(out, span, { kind: "unknown", reason: "DO block", text: scope.src.textOf(scope.first, scope.last) });
    return;
  }
  if ("CallStmt" in node) {
    push(out, span, {
      kind: "unknown",
      reason: "CALL runs a procedure whose effect the reader cannot see",
      text: scope.src.textOf(scope.first, scope.last),
    });
    return;
  }
  if ("TransactionStmt" in node) return trackTransaction(node.TransactionStmt, scope.src);
  if ("ClusterStmt" in node) return cluster(node.ClusterStmt, spanPush(out, span));
  if ("VacuumStmt" in node) return vacuum(node.VacuumStmt, spanPush(out, span));
  if ("ReindexStmt" in node) return reindex(node.ReindexStmt, scope.src, spanPush(out, span));
  if ("AlterDomainStmt" in node) return alterDomain(node.AlterDomainStmt, spanPush(out, span));
  if ("DropdbStmt" in node) {
    const s = node.DropdbStmt;
    push(out, span, {
      kind: "drop-database",
      name: s.dbname ?? "",
      ...(s.missing_ok ? { ifExists: true } : {}),
    });
    return;
  }
  if ("CreateEnumStmt" in node) {
    const s = node.CreateEnumStmt;
    push(out, span, { kind: "create-enum", type: strings(s.typeName).join("."), values: strings(s.vals) });
    return;
  }
  if ("AlterEnumStmt" in node) {
    const s = node.AlterEnumStmt;
    const type = strings(s.typeName).join(".");
    // ADD VALUE changes no stored value; RENAME VALUE relabels every row that holds it.
    if (s.oldVal !== undefined && s.newVal !== undefined) {
      push(out, span, { kind: "rename-enum-value", type, value: s.oldVal, newValue: s.newVal });
    } else if (s.newVal !== undefined) {
      push(out, span, { kind: "add-enum-value", type, value: s.newVal });
    }
    return;
  }
  const kind = Object.keys(node)[0] ?? "";
  if (NO_DATA_STATEMENTS.has(kind)) return;
  // Fails closed: a statement kind not listed above, and not known to leave every table's columns and rows as
  // they were, is held for review rather than read as harmless.
  push(out, span, {
    kind: "unknown",
    reason: `a ${statementWords(scope)} statement the SQL reader does not know to be harmless`,
    text: scope.src.textOf(scope.first, scope.last),
  });
}

/**
 * EXPLAIN ANALYZE runs the statement it explains (and rolls nothing back), so it is read as that statement;
 * plain EXPLAIN only plans it. `ANALYZE false`/`off`/`0` is plain EXPLAIN.
 */
function explain(s: ExplainStmt, scope: StatementScope, out: MappedStatement): void {
  const analyze = (s.options ?? []).some(
    (o) => "DefElem" in o && o.DefElem.defname === "analyze" && !isFalseOption(o.DefElem.arg),
  );
  if (analyze && s.query) mapStatement(s.query, scope, out);
}

function isFalseOption(arg: Node | undefined): boolean {
  if (!arg) return false;
  if ("String" in arg) return ["false", "off", "0", "no"].includes((arg.String.sval ?? "").toLowerCase());
  if ("Integer" in arg) return !arg.Integer.ival;
  if ("Boolean" in arg) return !arg.Boolean.boolval;
  return false;
}

/**
 * A row statement (SELECT, INSERT, UPDATE, DELETE, MERGE, CREATE TABLE AS) that calls a function off the
 * short list of pure ones (pure-functions.ts) runs code the reader cannot see: `SELECT setval(..)`,
 * `SELECT pg_terminate_backend(..)`, `SELECT my_cleanup()`. One unknown operation names the calls.
 */
function unlistedCalls(node: Node | undefined, scope: StatementScope, out: MappedStatement): void {
  const names = new Set<string>();
  collectCalls(node, names);
  if (!names.size) return;
  push(out, scope.span, {
    kind: "unknown",
    reason: `a statement that calls ${[...names].map((n) => `${n}()`).join(", ")}, a function whose effect the reader cannot see`,
    text: scope.src.textOf(scope.first, scope.last),
  });
}

function collectCalls(expr: unknown, names: Set<string>): void {
  if (Array.isArray(expr)) {
    for (const e of expr) collectCalls(e, names);
    return;
  }
  if (!expr || typeof expr !== "object") return;
  const record = expr as Record<string, unknown>;
  const call = record.FuncCall as { funcname?: Node[] } | undefined;
  if (call) {
    const qualified = strings(call.funcname);
    if (!isPureFunction(qualified)) names.add(qualified.join("."));
  }
  // `for…in` over the keys: the AST's records are plain JSON objects, and Object.values made an array of every
  // record it passed through (2 % of a 10,000-file SQL run's CPU, the walk included).
  for (const key in record) {
    const value = record[key];
    if (value && typeof value === "object") collectCalls(value, names);
  }
}

/**
 * Statement kinds (libpg_query node names) that change no table's columns or rows when they run: session
 * settings, transaction control, comments, privileges, and new objects that hold no existing data (function
 * and trigger bodies run later, through statements the reader sees or cannot). Anything else is unknown.
 */
const NO_DATA_STATEMENTS = new Set([
  "VariableSetStmt",
  "VariableShowStmt",
  "TransactionStmt",
  "CommentStmt",
  "SecLabelStmt",
  "GrantStmt",
  "GrantRoleStmt",
  "AlterDefaultPrivilegesStmt",
  "CreateRoleStmt",
  "AlterRoleStmt",
  "AlterRoleSetStmt",
  "ViewStmt",
  "CreateFunctionStmt",
  "AlterFunctionStmt",
  "CreateTrigStmt",
  "CreateEventTrigStmt",
  "AlterEventTrigStmt",
  "CreateExtensionStmt",
  "AlterExtensionStmt",
  "CreateSchemaStmt",
  "CreateSeqStmt",
  "AlterSeqStmt",
  "CreateRangeStmt",
  "CompositeTypeStmt",
  "CreateDomainStmt",
  "DefineStmt",
  "CreateCastStmt",
  "CreateOpClassStmt",
  "CreateOpFamilyStmt",
  "CreateConversionStmt",
  "CreatePolicyStmt",
  "AlterPolicyStmt",
  "CreateStatsStmt",
  "AlterStatsStmt",
  "CreatePublicationStmt",
  "AlterPublicationStmt",
  "AlterOwnerStmt",
  "AlterTSConfigurationStmt",
  "AlterTSDictionaryStmt",
  "CreatePLangStmt",
  "CreateTransformStmt",
  "CreateAmStmt",
  "CreateFdwStmt",
  "CreateForeignServerStmt",
  "CreateForeignTableStmt",
  "CreateUserMappingStmt",
  "ImportForeignSchemaStmt",
  "RefreshMatViewStmt",
  "LockStmt",
  "NotifyStmt",
  "ListenStmt",
  "UnlistenStmt",
  "ConstraintsSetStmt",
  "DiscardStmt",
  "CheckPointStmt",
  "DeclareCursorStmt",
  "FetchStmt",
  "ClosePortalStmt",
  "DeallocateStmt",
  "PrepareStmt",
]);

/** The statement's first two words, to name it in a message (`ALTER SYSTEM`, `COPY users`). */
function statementWords(scope: StatementScope): string {
  const words: string[] = [];
  for (let i = scope.first; i <= scope.last && words.length < 2; i++) {
    const t = scope.src.tokens[i]!;
    if (t.kind === "word") words.push(t.value);
    else if (t.kind !== "comment") break;
  }
  return words.join(" ") || "SQL";
}

// ------------------------------------------------------------------------------------------ names

export function relName(r: RangeVar | undefined): string {
  if (!r) return "";
  return [r.catalogname, r.schemaname, r.relname].filter((p) => p).join(".");
}

function strings(nodes: readonly Node[] | undefined): string[] {
  const out: string[] = [];
  for (const n of nodes ?? []) {
    if ("String" in n && n.String.sval !== undefined) out.push(n.String.sval);
    else if ("ResTarget" in n && n.ResTarget.name) out.push(n.ResTarget.name);
  }
  return out;
}

function listName(node: Node): string {
  if ("List" in node) return strings(node.List.items).join(".");
  if ("String" in node) return node.String.sval ?? "";
  return "";
}

/** A type named in DROP TYPE or ALTER TYPE: a TypeName node, or a list of names. */
function typeNameOf(node: Node): string {
  if ("TypeName" in node) return strings(node.TypeName.names).join(".");
  return listName(node);
}

const TYPE_NAMES: Record<string, string> = {
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  float4: "real",
  float8: "double precision",
  bool: "boolean",
  bpchar: "char",
};

function typeMods(t: TypeName): number[] {
  const mods: number[] = [];
  for (const m of t.typmods ?? []) {
    if ("A_Const" in m && m.A_Const.ival) mods.push(m.A_Const.ival.ival ?? 0);
  }
  return mods;
}

function typeParts(t: TypeName | undefined): { display: string; type: SqlColumnType } | undefined {
  if (!t) return undefined;
  const names = strings(t.names).filter((n, i, all) => !(n === "pg_catalog" && i < all.length - 1));
  const base = names.join(".");
  if (!base) return undefined;
  const mods = typeMods(t);
  const array = (t.arrayBounds?.length ?? 0) > 0;
  const display = `${TYPE_NAMES[base] ?? base}${mods.length ? `(${mods.join(",")})` : ""}${array ? "[]" : ""}`;
  return { display, type: sqlColumnType(base, mods, array) };
}

function typeKey(table: string, column: string): string {
  return `${table}.${column}`;
}

// ------------------------------------------------------------------------------------------ expressions

/** True when an expression calls a function evaluated per row. */
export function isVolatile(expr: unknown): boolean {
  if (Array.isArray(expr)) return expr.some(isVolatile);
  if (!expr || typeof expr !== "object") return false;
  const record = expr as Record<string, unknown>;
  const call = record.FuncCall as { funcname?: Node[] } | undefined;
  if (call) {
    const names = strings(call.funcname);
    const name = names[names.length - 1];
    if (name && VOLATILE_FUNCTIONS.has(name.toLowerCase())) return true;
  }
  return Object.values(record).some(isVolatile);
}

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
  "DEFAULT",
]);

/** Source text of the expression after a DEFAULT keyword at token index `kw`, up to the clause's end. */
function defaultText(scope: StatementScope, kw: number, last: number): string | undefined {
  const tokens = scope.src.tokens;
  let depth = 0;
  let end = kw;
  for (let i = kw + 1; i <= last; i++) {
    const t = tokens[i]!;
    if (t.kind === "comment") continue;
    if (t.kind === "punct") {
      if (t.value === "(" || t.value === "[") depth++;
      else if (t.value === ")" || t.value === "]") {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (t.value === "," || t.value === ";")) break;
    } else if (depth === 0 && i > kw + 1 && t.kind === "word" && DEFAULT_STOP.has(t.value)) break;
    end = i;
  }
  return end > kw ? scope.src.textOf(kw + 1, end, 80) : undefined;
}

function findWord(tokens: readonly Token[], from: number, to: number, word: string): number {
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.kind === "word" && t.value === word) return i;
  }
  return -1;
}

// ------------------------------------------------------------------------------------------ CREATE / DROP

function createTable(s: CreateStmt, scope: StatementScope, out: MappedStatement): void {
  const table = relName(s.relation);
  const columns: string[] = [];
  const columnTypes: Record<string, string> = {};
  for (const elt of s.tableElts ?? []) {
    if (!("ColumnDef" in elt)) continue;
    const def = elt.ColumnDef;
    if (!def.colname) continue;
    columns.push(def.colname);
    const type = typeParts(def.typeName);
    if (type) {
      scope.src.knownTypes.set(typeKey(table, def.colname), type.type);
      columnTypes[def.colname] = type.display;
    }
  }
  push(out, scope.span, {
    kind: "create-table",
    table,
    columns,
    ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
    ...(s.if_not_exists ? { ifNotExists: true } : {}),
  });
}

function drop(s: DropStmt, scope: StatementScope, out: MappedStatement): void {
  const cascade = s.behavior === "DROP_CASCADE";
  const objects = s.objects ?? [];
  switch (s.removeType) {
    case "OBJECT_TABLE":
      for (const o of objects) {
        push(out, scope.span, {
          kind: "drop-table",
          table: listName(o),
          ...(s.missing_ok ? { ifExists: true } : {}),
          ...(cascade ? { cascade: true } : {}),
        });
      }
      return;
    case "OBJECT_INDEX":
      for (const o of objects) {
        push(out, scope.span, {
          kind: "drop-index",
          name: listName(o).replace(/^public\./, ""),
          ...(s.concurrent ? { concurrently: true } : {}),
          ...blockFields(scope.src),
        });
      }
      return;
    case "OBJECT_SCHEMA":
    case "OBJECT_SEQUENCE": {
      // MySQL's DROP SCHEMA is DROP DATABASE (libpg_query reads the text for every database it parses).
      const kind =
        s.removeType === "OBJECT_SEQUENCE"
          ? "drop-sequence"
          : scope.src.database === "mysql"
            ? "drop-database"
            : "drop-schema";
      for (const o of objects) {
        push(out, scope.span, {
          kind,
          name: listName(o),
          ...(s.missing_ok ? { ifExists: true } : {}),
          ...(cascade && kind !== "drop-database" ? { cascade: true } : {}),
        });
      }
      return;
    }
    case "OBJECT_TYPE":
      // Which type it is (an enum, and which columns use it) is the schema history's to tell.
      for (const o of objects) {
        push(out, scope.span, {
          kind: "drop-type",
          type: typeNameOf(o),
          ...(s.missing_ok ? { ifExists: true } : {}),
          ...(cascade ? { cascade: true } : {}),
        });
      }
      cascadeDrop(cascade, scope, out);
      return;
    case "OBJECT_DOMAIN":
    case "OBJECT_EXTENSION":
      cascadeDrop(cascade, scope, out);
      return;
    default:
      if (s.removeType && NO_DATA_DROPS.has(s.removeType)) return;
      // Fails closed: a kind of object not known to hold no rows (a materialized view's CASCADE, a foreign
      // table's server, an access method...) is held for review.
      push(out, scope.span, {
        kind: "unknown",
        reason: `a DROP of ${(s.removeType ?? "an object")
          .replace(/^OBJECT_/, "")
          .toLowerCase()
          .replace(/_/g, " ")} the SQL reader does not know to be harmless`,
        text: scope.src.textOf(scope.first, scope.last),
      });
      return;
  }
}

/** CASCADE drops the columns of a type, or the tables an extension's types are used in, along with it. */
function cascadeDrop(cascade: boolean, scope: StatementScope, out: MappedStatement): void {
  if (!cascade) return;
  push(out, scope.span, {
    kind: "unknown",
    reason: "DROP ... CASCADE also drops the tables or columns that depend on what it drops",
    text: scope.src.textOf(scope.first, scope.last),
  });
}

/** Objects whose drop deletes no stored rows (code, privileges, derived or recomputable data). */
const NO_DATA_DROPS = new Set<string>([
  "OBJECT_VIEW",
  "OBJECT_MATVIEW",
  "OBJECT_FUNCTION",
  "OBJECT_PROCEDURE",
  "OBJECT_ROUTINE",
  "OBJECT_AGGREGATE",
  "OBJECT_TRIGGER",
  "OBJECT_EVENT_TRIGGER",
  "OBJECT_RULE",
  "OBJECT_POLICY",
  "OBJECT_OPERATOR",
  "OBJECT_OPCLASS",
  "OBJECT_OPFAMILY",
  "OBJECT_CAST",
  "OBJECT_COLLATION",
  "OBJECT_CONVERSION",
  "OBJECT_STATISTIC_EXT",
  "OBJECT_PUBLICATION",
  "OBJECT_TRANSFORM",
  "OBJECT_LANGUAGE",
  "OBJECT_TSCONFIGURATION",
  "OBJECT_TSDICTIONARY",
  "OBJECT_TSPARSER",
  "OBJECT_TSTEMPLATE",
]);

function createIndex(s: IndexStmt, scope: StatementScope, out: MappedStatement): void {
  const table = relName(s.relation);
  const columns = (s.indexParams ?? []).map((p) =>
    "IndexElem" in p && p.IndexElem.name ? p.IndexElem.name : "(expression)",
  );
  // The index lives in its table's schema; spelled as DROP INDEX would name it (PostgreSQL's default
  // schema left out, so `DROP INDEX idx` finds it).
  const schema = s.relation?.schemaname;
  const name = s.idxname ? (schema && schema !== "public" ? `${schema}.${s.idxname}` : s.idxname) : undefined;
  push(out, scope.span, {
    kind: "add-index",
    table,
    columns,
    ...(name !== undefined ? { name } : {}),
    ...(s.unique ? { unique: true } : {}),
    ...((s as { concurrent?: boolean }).concurrent ? { concurrently: true } : {}),
    ...blockFields(scope.src),
  });
}

function rename(s: RenameStmt, scope: StatementScope, out: MappedStatement): void {
  if (s.renameType === "OBJECT_SCHEMA" && s.subname && s.newname) {
    push(out, scope.span, { kind: "rename-schema", name: s.subname, newName: s.newname });
    return;
  }
  if (s.renameType === "OBJECT_TYPE" && s.object && s.newname) {
    // RENAME TO keeps the schema, as for a table.
    const type = typeNameOf(s.object);
    const schema = type.includes(".") ? type.slice(0, type.lastIndexOf(".") + 1) : "";
    push(out, scope.span, { kind: "rename-type", type, newName: `${schema}${s.newname}` });
    return;
  }
  if (!s.relation || !s.newname) return;
  const table = relName(s.relation);
  if (s.renameType === "OBJECT_TABLE") {
    // RENAME TO keeps the schema: `app.users RENAME TO people` is app.people.
    const schema = s.relation.schemaname;
    push(out, scope.span, {
      kind: "rename-table",
      table,
      newName: schema ? `${schema}.${s.newname}` : s.newname,
    });
  } else if (
    s.renameType === "OBJECT_COLUMN" &&
    s.subname &&
    s.relationType !== "OBJECT_VIEW" &&
    s.relationType !== "OBJECT_MATVIEW"
  ) {
    push(out, scope.span, { kind: "rename-column", table, column: s.subname, newName: s.newname });
  }
}

// ------------------------------------------------------------------------------------------ ALTER TABLE

/**
 * Token ranges of the comma-separated sub-commands of an ALTER TABLE, or undefined when they cannot be
 * matched one to one with the parsed commands.
 */
function clauseRanges(scope: StatementScope, count: number): Array<[number, number]> | undefined {
  const tokens = scope.src.tokens;
  const ranges: Array<[number, number]> = [];
  let depth = 0;
  let from = scope.first;
  for (let i = scope.first; i <= scope.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== "punct") continue;
    if (t.value === "(" || t.value === "[") depth++;
    else if (t.value === ")" || t.value === "]") depth--;
    else if (t.value === "," && depth === 0) {
      ranges.push([from, i - 1]);
      from = i + 1;
    }
  }
  ranges.push([from, scope.last]);
  return ranges.length === count ? ranges : undefined;
}

function alterTable(s: AlterTableStmt, scope: StatementScope, out: MappedStatement): void {
  if (s.objtype !== "OBJECT_TABLE") return;
  const table = relName(s.relation);
  const cmds = (s.cmds ?? []).flatMap((c) => ("AlterTableCmd" in c ? [c.AlterTableCmd] : []));
  const ranges = clauseRanges(scope, cmds.length);
  cmds.forEach((cmd, i) => {
    const range = ranges?.[i] ?? [scope.first, scope.last];
    // Every clause starts its span at the statement, so an allow comment above the statement covers it;
    // the span ends where the clause does.
    const span: Span = {
      line: scope.span.line,
      endLine: scope.src.spanOfTokens(range[0], range[1]).endLine,
    };
    alterCommand(cmd, table, scope, range, span, out);
  });
}

function columnDefault(scope: StatementScope, range: [number, number], expr: unknown): ColumnDefault {
  const kw = findWord(scope.src.tokens, range[0], range[1], "DEFAULT");
  const text = kw >= 0 ? defaultText(scope, kw, range[1]) : undefined;
  return { volatile: isVolatile(expr), ...(text ? { text } : {}) };
}

const SERIAL_TYPES = new Set(["serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"]);

function alterCommand(
  cmd: AlterTableCmd,
  table: string,
  scope: StatementScope,
  range: [number, number],
  span: Span,
  out: MappedStatement,
): void {
  const column = cmd.name ?? "";
  switch (cmd.subtype) {
    case "AT_AddColumn":
      if (cmd.def && "ColumnDef" in cmd.def) addColumn(cmd.def.ColumnDef, table, scope, range, span, out);
      return;
    case "AT_DropColumn":
      push(out, span, { kind: "drop-column", table, column });
      return;
    case "AT_AlterColumnType": {
      const def = cmd.def && "ColumnDef" in cmd.def ? cmd.def.ColumnDef : undefined;
      const type = typeParts(def?.typeName);
      const key = typeKey(table, column);
      const change = type ? classifySqlTypeChange(scope.src.knownTypes.get(key), type.type) : {};
      if (type) scope.src.knownTypes.set(key, type.type);
      push(out, span, {
        kind: "change-column-type",
        table,
        column,
        ...(type ? { type: type.display } : {}),
        ...change,
      });
      return;
    }
    case "AT_SetNotNull":
      push(out, span, { kind: "set-not-null", table, column });
      return;
    case "AT_DropNotNull":
      push(out, span, { kind: "drop-not-null", table, column });
      return;
    case "AT_ColumnDefault":
      push(out, span, {
        kind: "change-default",
        table,
        column,
        ...(cmd.def ? { default: columnDefault(scope, range, cmd.def) } : {}),
      });
      return;
    case "AT_AddConstraint":
      if (cmd.def && "Constraint" in cmd.def) addConstraint(cmd.def.Constraint, table, scope, span, out);
      return;
    case "AT_ValidateConstraint":
      push(out, span, {
        kind: "validate-constraint",
        table,
        ...(cmd.name ? { name: cmd.name } : {}),
        ...transactionField(scope.src),
      });
      return;
    case "AT_DetachPartition":
      detachPartition(
        table,
        cmd.def && "PartitionCmd" in cmd.def ? cmd.def.PartitionCmd : undefined,
        scope.src,
        spanPush(out, span),
      );
      return;
    case "AT_DropConstraint":
      push(out, span, { kind: "drop-constraint", table, ...(cmd.name ? { name: cmd.name } : {}) });
      return;
    default:
      if (cmd.subtype && NO_DATA_ALTERS.has(cmd.subtype)) return;
      // Fails closed: a clause not known to leave the table's columns and rows as they were (SET LOGGED,
      // SET TABLESPACE, DROP INHERIT, ...) is held for review.
      push(out, span, {
        kind: "unknown",
        reason: "an ALTER TABLE clause the SQL reader does not know to be harmless",
        text: scope.src.textOf(range[0], range[1]),
      });
      return;
  }
}

/** ALTER TABLE clauses that change no column and no row: storage, ownership, triggers, statistics, security. */
const NO_DATA_ALTERS = new Set<string>([
  "AT_SetStatistics",
  "AT_SetOptions",
  "AT_ResetOptions",
  "AT_SetStorage",
  "AT_SetCompression",
  "AT_ChangeOwner",
  "AT_ClusterOn",
  "AT_DropCluster",
  "AT_SetRelOptions",
  "AT_ResetRelOptions",
  "AT_ReplaceRelOptions",
  "AT_EnableTrig",
  "AT_EnableAlwaysTrig",
  "AT_EnableReplicaTrig",
  "AT_DisableTrig",
  "AT_EnableTrigAll",
  "AT_DisableTrigAll",
  "AT_EnableTrigUser",
  "AT_DisableTrigUser",
  "AT_EnableRule",
  "AT_EnableAlwaysRule",
  "AT_EnableReplicaRule",
  "AT_DisableRule",
  "AT_ReplicaIdentity",
  "AT_EnableRowSecurity",
  "AT_DisableRowSecurity",
  "AT_ForceRowSecurity",
  "AT_NoForceRowSecurity",
  "AT_GenericOptions",
  "AT_AlterColumnGenericOptions",
  "AT_AlterConstraint",
  "AT_AddIdentity",
  "AT_SetIdentity",
  "AT_DropIdentity",
  "AT_DropExpression",
  "AT_AttachPartition",
  "AT_AddInherit",
]);

function addColumn(
  def: ColumnDef,
  table: string,
  scope: StatementScope,
  range: [number, number],
  span: Span,
  out: MappedStatement,
): void {
  const column = def.colname ?? "";
  const type = typeParts(def.typeName);
  if (type) scope.src.knownTypes.set(typeKey(table, column), type.type);
  let notNull = def.is_not_null ?? false;
  let dflt: ColumnDefault | undefined;
  const constraints: Constraint[] = [];
  for (const c of def.constraints ?? []) {
    if (!("Constraint" in c)) continue;
    const con = c.Constraint;
    switch (con.contype) {
      case "CONSTR_NOTNULL":
        notNull = true;
        break;
      case "CONSTR_DEFAULT":
        dflt = columnDefault(scope, range, con.raw_expr);
        break;
      case "CONSTR_IDENTITY":
        // Every existing row gets its own sequence value: a table rewrite, like a volatile default.
        notNull = true;
        dflt = { volatile: true, text: "GENERATED AS IDENTITY" };
        break;
      case "CONSTR_GENERATED":
        // A stored generated column is computed for every row now; a virtual one (PostgreSQL 18) is not.
        if (con.generated_kind !== "v") dflt = { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
        break;
      default:
        constraints.push(con);
    }
  }
  const typeName = strings(def.typeName?.names);
  if (!dflt && SERIAL_TYPES.has(typeName[typeName.length - 1] ?? "")) {
    dflt = { volatile: true, text: "nextval (serial)" };
    notNull = true;
  }
  push(out, span, {
    kind: "add-column",
    table,
    column,
    ...(type ? { type: type.display } : {}),
    ...(notNull ? { notNull: true } : {}),
    ...(dflt ? { default: dflt } : {}),
  });
  for (const con of constraints) addConstraint(con, table, scope, span, out);
}

const CONSTRAINT_KINDS: Partial<Record<NonNullable<Constraint["contype"]>, string>> = {
  CONSTR_FOREIGN: "foreign-key",
  CONSTR_CHECK: "check",
  CONSTR_UNIQUE: "unique",
  CONSTR_PRIMARY: "primary-key",
  CONSTR_EXCLUSION: "exclusion",
};

function addConstraint(
  con: Constraint,
  table: string,
  scope: StatementScope,
  span: Span,
  out: MappedStatement,
): void {
  if (con.contype === "CONSTR_NOTNULL") {
    // `ADD CONSTRAINT name NOT NULL col` (PostgreSQL 18) is SET NOT NULL by another spelling.
    for (const column of strings(con.keys)) push(out, span, { kind: "set-not-null", table, column });
    return;
  }
  const constraint = con.contype ? CONSTRAINT_KINDS[con.contype] : undefined;
  if (!constraint) return;
  const notNullColumn = notNullCheckColumn(con);
  push(out, span, {
    kind: "add-constraint",
    table,
    constraint: constraint as "foreign-key",
    ...(con.conname ? { name: con.conname } : {}),
    validated: !con.skip_validation,
    ...(con.indexname ? { usingIndex: true } : {}),
    ...(notNullColumn ? { notNullColumn } : {}),
    ...transactionField(scope.src),
  });
}

// ------------------------------------------------------------------------------------------ rows

const NOT_FILTERED = undefined;

function withQueries(w: WithClause | undefined): Node[] {
  return (w?.ctes ?? []).flatMap((c) =>
    "CommonTableExpr" in c && c.CommonTableExpr.ctequery ? [c.CommonTableExpr.ctequery] : [],
  );
}

/** Columns that the WHERE restricts to NULL, when the WHERE is a conjunction; undefined when it is not. */
function nullOnlyColumns(where: Node | undefined): Set<string> | undefined {
  if (!where) return NOT_FILTERED;
  const conjuncts: Node[] = [];
  const collectAnd = (n: Node): void => {
    if ("BoolExpr" in n && n.BoolExpr.boolop === "AND_EXPR") (n.BoolExpr.args ?? []).forEach(collectAnd);
    else conjuncts.push(n);
  };
  collectAnd(where);
  const columns = new Set<string>();
  for (const c of conjuncts) {
    if (
      "NullTest" in c &&
      c.NullTest.nulltesttype === "IS_NULL" &&
      c.NullTest.arg &&
      "ColumnRef" in c.NullTest.arg
    ) {
      const fields = strings(c.NullTest.arg.ColumnRef.fields);
      const name = fields[fields.length - 1];
      if (name) columns.add(name);
    }
  }
  return columns;
}

function dataChange(node: Node, scope: StatementScope, out: MappedStatement): void {
  const span = scope.span;
  if ("DeleteStmt" in node) {
    const s = node.DeleteStmt;
    withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
    push(out, span, {
      kind: "delete-rows",
      table: relName(s.relation),
      filtered: !!s.whereClause,
      via: "DELETE",
    });
  } else if ("UpdateStmt" in node) {
    const s = node.UpdateStmt;
    withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
    const columns = strings(s.targetList);
    const nulls = nullOnlyColumns(s.whereClause);
    push(out, span, {
      kind: "update-rows",
      table: relName(s.relation),
      columns,
      filtered: !!s.whereClause,
      onlyNulls: !!nulls && columns.length > 0 && columns.every((c) => nulls.has(c)),
      via: "UPDATE",
    });
  } else if ("InsertStmt" in node) {
    const s = node.InsertStmt;
    withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
    const copy = tableCopy(s);
    if (copy) out.copy = copy;
  } else if ("SelectStmt" in node) {
    const s = node.SelectStmt;
    withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
    // SELECT ... INTO new_table creates a table, like CREATE TABLE AS.
    if (s.intoClause?.rel) {
      push(out, span, {
        kind: "create-table",
        table: relName(s.intoClause.rel),
        columns: strings(s.intoClause.colNames),
      });
    }
  } else if ("MergeStmt" in node) {
    const s = node.MergeStmt;
    withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
    const table = relName(s.relation);
    for (const w of s.mergeWhenClauses ?? []) {
      if (!("MergeWhenClause" in w)) continue;
      const clause = w.MergeWhenClause;
      if (clause.commandType === "CMD_DELETE") {
        push(out, span, { kind: "delete-rows", table, filtered: true, via: "MERGE ... DELETE" });
      } else if (clause.commandType === "CMD_UPDATE") {
        push(out, span, {
          kind: "update-rows",
          table,
          columns: strings(clause.targetList),
          filtered: true,
          onlyNulls: false,
          via: "MERGE ... UPDATE",
        });
      }
    }
  }
}

function tableCopy(s: InsertStmt): TableCopy | undefined {
  const select = s.selectStmt && "SelectStmt" in s.selectStmt ? s.selectStmt.SelectStmt : undefined;
  if (!select || !s.relation) return undefined;
  const from = select.fromClause ?? [];
  const only = from.length === 1 ? from[0] : undefined;
  if (!only || !("RangeVar" in only)) return undefined;
  let star = false;
  const columns: string[] = [];
  for (const t of select.targetList ?? []) {
    const val = "ResTarget" in t ? t.ResTarget.val : undefined;
    if (val && "ColumnRef" in val) {
      const fields = val.ColumnRef.fields ?? [];
      const lastField = fields[fields.length - 1];
      if (lastField && "A_Star" in lastField) star = true;
      else columns.push(strings(fields).pop() ?? "?");
    } else columns.push("?");
  }
  const cols = strings(s.cols);
  return {
    into: relName(s.relation),
    from: relName(only.RangeVar),
    ...(cols.length ? { intoColumns: cols } : {}),
    selectColumns: star ? "*" : columns,
    partial:
      !!select.whereClause ||
      !!select.limitCount ||
      !!select.distinctClause ||
      !!select.groupClause ||
      (select.op !== undefined && select.op !== "SETOP_NONE"),
  };
}
