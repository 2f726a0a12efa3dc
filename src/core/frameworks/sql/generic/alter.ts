// ALTER TABLE in the MySQL/SQLite reader: each clause (ADD, DROP, MODIFY/CHANGE/ALTER COLUMN, RENAME, table
// options) its own operation; ALTER of objects that hold no rows changes nothing.
import type { Span } from "../../../types.js";
import type { StatementReader } from "../generic.js";
import { classifySqlTypeChange } from "../../../column-types/index.js";
import { closing, splitAtDepth0, isWord, isPunct } from "./tokens.js";
import { columnSpec, expressionEnd, callsVolatile, type ColumnSpec } from "./columns.js";
import { identifier } from "../source.js";
import { indexColumns } from "./create.js";

/**
 * ALTER of objects that hold no rows: definitions, accounts, settings. `ALGORITHM=`/`DEFINER=`/`SQL SECURITY`
 * only start MySQL's ALTER VIEW. A database's default character set applies to tables created later.
 */
const NO_DATA_ALTER_OBJECTS = new Set([
  "VIEW",
  "FUNCTION",
  "PROCEDURE",
  "EVENT",
  "TRIGGER",
  "SEQUENCE",
  "USER",
  "ROLE",
  "DATABASE",
  "SCHEMA",
  "SERVER",
  "INSTANCE",
  "LOGFILE",
  "RESOURCE",
  "ALGORITHM",
  "DEFINER",
  "SQL",
]);

const TABLE_OPTIONS = new Set([
  "ALGORITHM",
  "LOCK",
  "ENGINE",
  "AUTO_INCREMENT",
  "DEFAULT",
  "CHARACTER",
  "CHARSET",
  "COLLATE",
  "COMMENT",
  "ROW_FORMAT",
  "KEY_BLOCK_SIZE",
  "FORCE",
  "ORDER",
  "OWNER",
  "SET",
  "RESET",
  "ENABLE",
  "DISABLE",
  "DISCARD",
  "IMPORT",
  "PACK_KEYS",
  "STATS_PERSISTENT",
  "STATS_AUTO_RECALC",
  "STATS_SAMPLE_PAGES",
  "CHECKSUM",
  "DELAY_KEY_WRITE",
  "MAX_ROWS",
  "MIN_ROWS",
  "AVG_ROW_LENGTH",
  "COMPRESSION",
  "ENCRYPTION",
  "TABLESPACE",
  "CLUSTER",
  "INHERIT",
  "NO",
  "REPLICA",
  "OF",
  "NOT",
  "ATTACH",
  "DETACH",
  "WITH",
  "WITHOUT",
]);

export function alter(r: StatementReader): void {
  let i = r.skipAny(1, ["ONLINE", "OFFLINE", "IGNORE"]);
  if (!isWord(r.toks[i], "TABLE")) {
    // ALTER VIEW / SEQUENCE / DATABASE / FUNCTION...: no column or row changes. Anything not listed fails
    // closed, so a kind of ALTER the reader has never seen is held for review.
    const what = r.toks[i];
    if (what?.kind === "word" && NO_DATA_ALTER_OBJECTS.has(what.value)) return;
    return r.unknown("an ALTER the SQL reader does not know to be harmless");
  }
  i = r.skip(i + 1, "IF", "EXISTS");
  i = r.skip(i, "ONLY");
  const [table, after] = r.name(i);
  if (!table) return r.unknown("an ALTER TABLE whose table name the SQL reader cannot read");
  i = after;
  if (r.toks[i]?.kind === "op" && r.toks[i]!.value === "*") i++;
  for (const [a, b] of splitAtDepth0(r.toks, i, r.last)) {
    const span: Span = { line: r.span.line, endLine: r.src.line(r.toks[b]!.end - 1) };
    alterClause(r, table, a, b, span);
  }
}

function alterClause(r: StatementReader, table: string, a: number, b: number, span: Span): void {
  const head = r.toks[a];
  const word = head?.kind === "word" ? head.value : "";
  const unknown = (reason = "an ALTER TABLE clause the SQL reader does not understand"): void =>
    r.unknown(reason, a, b, span);
  switch (word) {
    case "ADD":
      return alterAdd(r, table, a + 1, b, span);
    case "DROP":
      return alterDrop(r, table, a + 1, b, span);
    case "MODIFY": {
      const i = r.skip(a + 1, "COLUMN");
      const spec = columnSpec(r, i, b);
      if (!spec) return unknown();
      return typeChange(r, table, spec.name, spec, span, true);
    }
    case "CHANGE": {
      const i = r.skip(a + 1, "COLUMN");
      const old = identifier(r.toks[i]);
      const spec = columnSpec(r, i + 1, b);
      if (!old || !spec) return unknown();
      if (old.toLowerCase() !== spec.name.toLowerCase()) {
        r.push({ kind: "rename-column", table, column: old, newName: spec.name }, span);
        // CHANGE is how MySQL renames, and it restates the type: without the old type a lossy call would
        // be a guess, so the type change carries no judgement.
        return typeChange(r, table, spec.name, spec, span, false, old);
      }
      return typeChange(r, table, spec.name, spec, span, true);
    }
    case "RENAME": {
      const t = r.toks[a + 1];
      if (isWord(t, "INDEX", "KEY", "CONSTRAINT")) return;
      if (
        isWord(t, "COLUMN") ||
        (identifier(t) !== undefined && isWord(r.toks[a + 2], "TO") && !isWord(t, "TO", "AS"))
      ) {
        const i = r.skip(a + 1, "COLUMN");
        const column = identifier(r.toks[i]);
        const newName = identifier(r.toks[i + 2]);
        if (!column || !newName || !isWord(r.toks[i + 1], "TO")) return unknown();
        r.push({ kind: "rename-column", table, column, newName }, span);
        return;
      }
      const i = isWord(t, "TO", "AS") ? a + 2 : a + 1;
      const [newName] = r.name(i);
      if (!newName) return unknown();
      const schema =
        table.includes(".") && !newName.includes(".") ? `${table.slice(0, table.lastIndexOf("."))}.` : "";
      r.push({ kind: "rename-table", table, newName: schema + newName }, span);
      return;
    }
    case "ALTER": {
      if (isWord(r.toks[a + 1], "INDEX", "CONSTRAINT", "CHECK")) return;
      const i = r.skip(a + 1, "COLUMN");
      const column = identifier(r.toks[i]);
      if (!column) return unknown();
      const j = i + 1;
      if (isWord(r.toks[j], "SET") && isWord(r.toks[j + 1], "DEFAULT")) {
        const end = expressionEnd(r, j + 2, b);
        r.push(
          {
            kind: "change-default",
            table,
            column,
            default: { volatile: callsVolatile(r, j + 2, end), text: r.text(j + 2, end, 80) },
          },
          span,
        );
        return;
      }
      if (isWord(r.toks[j], "DROP") && isWord(r.toks[j + 1], "DEFAULT"))
        return r.push({ kind: "change-default", table, column }, span);
      if (isWord(r.toks[j], "SET") && isWord(r.toks[j + 1], "NOT") && isWord(r.toks[j + 2], "NULL"))
        return r.push({ kind: "set-not-null", table, column }, span);
      if (isWord(r.toks[j], "DROP") && isWord(r.toks[j + 1], "NOT") && isWord(r.toks[j + 2], "NULL"))
        return r.push({ kind: "drop-not-null", table, column }, span);
      const typeAt = r.skip(r.skip(j, "SET", "DATA"), "TYPE");
      if (typeAt !== j) {
        // Reuse the column reader: a fake name position just before the type.
        const spec = columnSpec(r, typeAt - 1, b);
        if (spec) return typeChange(r, table, column, spec, span, true);
      }
      if (isWord(r.toks[j], "SET", "DROP", "RESET")) return; // visibility, statistics, storage...
      return unknown();
    }
    case "VALIDATE": {
      const name = identifier(r.toks[r.skip(a + 1, "CONSTRAINT")]);
      r.push({ kind: "validate-constraint", table, ...(name ? { name } : {}) }, span);
      return;
    }
    case "CONVERT":
      return unknown("CONVERT TO CHARACTER SET rewrites every text column of the table");
    default:
      if (TABLE_OPTIONS.has(word)) return;
      return unknown();
  }
}

function typeChange(
  r: StatementReader,
  table: string,
  column: string,
  spec: ColumnSpec,
  span: Span,
  judge: boolean,
  oldName?: string,
): void {
  const key = `${table}.${column}`;
  const before = r.src.knownTypes.get(`${table}.${oldName ?? column}`);
  const change = spec.type && judge ? classifySqlTypeChange(before, spec.type.type) : {};
  if (spec.type) r.src.knownTypes.set(key, spec.type.type);
  r.push(
    {
      kind: "change-column-type",
      table,
      column,
      ...(spec.type ? { type: spec.type.display } : {}),
      ...change,
    },
    span,
  );
}

function alterAdd(r: StatementReader, table: string, i: number, b: number, span: Span): void {
  const t = r.toks[i];
  const notValid = r.toks
    .slice(i, b + 1)
    .some((u, k, all) => isWord(u, "NOT") && isWord(all[k + 1], "VALID"));
  const constraintOp = (
    constraint: "foreign-key" | "check" | "unique" | "primary-key" | "exclusion",
    name?: string,
  ): void => {
    const usingIndex = r.toks
      .slice(i, b + 1)
      .some((u, k, all) => isWord(u, "USING") && isWord(all[k + 1], "INDEX"));
    r.push(
      {
        kind: "add-constraint",
        table,
        constraint,
        ...(name ? { name } : {}),
        validated: !notValid,
        ...(usingIndex ? { usingIndex: true } : {}),
      },
      span,
    );
  };
  if (isWord(t, "CONSTRAINT")) {
    let j = i + 1;
    let name: string | undefined;
    if (!isWord(r.toks[j], "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE")) {
      name = identifier(r.toks[j]);
      j++;
    }
    const kind = constraintKind(r, j);
    if (!kind) return r.unknown("an ADD CONSTRAINT the SQL reader does not understand", i - 1, b, span);
    return constraintOp(kind, name);
  }
  if (isWord(t, "PRIMARY", "FOREIGN", "CHECK", "EXCLUDE")) {
    const kind = constraintKind(r, i);
    if (kind) return constraintOp(kind);
  }
  if (isWord(t, "UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL")) {
    // MySQL: ADD [UNIQUE] INDEX|KEY [name] (columns) builds an index.
    let j = r.skipAny(i, ["UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL"]);
    let name: string | undefined;
    if (!isPunct(r.toks[j], "(") && !isWord(r.toks[j], "USING")) {
      name = identifier(r.toks[j]);
      j++;
    }
    while (j <= b && !isPunct(r.toks[j], "(")) j++;
    r.push(
      {
        kind: "add-index",
        table,
        columns: j <= b ? indexColumns(r, j) : [],
        ...(name ? { name } : {}),
        ...(isWord(t, "UNIQUE") ? { unique: true } : {}),
      },
      span,
    );
    return;
  }
  if (isWord(t, "PARTITION")) return;
  let j = r.skip(i, "COLUMN");
  j = r.skip(j, "IF", "NOT", "EXISTS");
  if (isPunct(r.toks[j], "(")) {
    const end = closing(r.toks, j, b);
    for (const [c, d] of splitAtDepth0(r.toks, j + 1, end - 1)) addColumn(r, table, c, d, span);
    return;
  }
  addColumn(r, table, j, b, span);
}

function constraintKind(
  r: StatementReader,
  j: number,
): "foreign-key" | "check" | "unique" | "primary-key" | "exclusion" | undefined {
  const t = r.toks[j];
  if (isWord(t, "PRIMARY")) return "primary-key";
  if (isWord(t, "UNIQUE")) return "unique";
  if (isWord(t, "FOREIGN")) return "foreign-key";
  if (isWord(t, "CHECK")) return "check";
  if (isWord(t, "EXCLUDE")) return "exclusion";
  return undefined;
}

function addColumn(r: StatementReader, table: string, a: number, b: number, span: Span): void {
  const spec = columnSpec(r, a, b);
  if (!spec) return r.unknown("an ADD COLUMN the SQL reader cannot read", a, b, span);
  // Only SQLite takes a column without a type; elsewhere the statement fails, so say nothing about it.
  if (!spec.type && r.src.database !== "sqlite")
    return r.unknown("an ADD COLUMN with no type, which this database rejects", a, b, span);
  if (spec.type) r.src.knownTypes.set(`${table}.${spec.name}`, spec.type.type);
  r.push(
    {
      kind: "add-column",
      table,
      column: spec.name,
      ...(spec.type ? { type: spec.type.display } : {}),
      ...(spec.notNull ? { notNull: true } : {}),
      ...(spec.default ? { default: spec.default } : {}),
    },
    span,
  );
  for (const constraint of spec.constraints) {
    r.push({ kind: "add-constraint", table, constraint, validated: true }, span);
  }
}

function alterDrop(r: StatementReader, table: string, i: number, b: number, span: Span): void {
  const t = r.toks[i];
  if (isWord(t, "INDEX", "KEY")) {
    const name = identifier(r.toks[r.skip(i + 1, "IF", "EXISTS")]);
    r.push({ kind: "drop-index", table, ...(name ? { name } : {}) }, span);
    return;
  }
  if (isWord(t, "PRIMARY") && isWord(r.toks[i + 1], "KEY")) {
    r.push({ kind: "drop-constraint", table, name: "PRIMARY" }, span);
    return;
  }
  if (isWord(t, "FOREIGN", "CONSTRAINT", "CHECK")) {
    let j = isWord(t, "FOREIGN") ? r.skip(i + 1, "KEY") : i + 1;
    j = r.skip(j, "IF", "EXISTS");
    const name = identifier(r.toks[j]);
    r.push({ kind: "drop-constraint", table, ...(name ? { name } : {}) }, span);
    return;
  }
  if (isWord(t, "PARTITION"))
    return r.unknown("DROP PARTITION deletes the rows of the partition", i - 1, b, span);
  if (isWord(t, "DEFAULT")) return;
  let j = r.skip(i, "COLUMN");
  j = r.skip(j, "IF", "EXISTS");
  const column = identifier(r.toks[j]);
  if (!column) return r.unknown("a DROP clause the SQL reader does not understand", i - 1, b, span);
  r.push({ kind: "drop-column", table, column }, span);
}
