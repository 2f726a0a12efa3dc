// The PostgreSQL statements whose weight is in the locks they take, not in what they change: table rewrites
// (CLUSTER, VACUUM FULL), index rebuilds (REINDEX), partition detaches, domain constraints, and the explicit
// transaction blocks that decide whether CONCURRENTLY can run and whether a NOT VALID constraint's
// validation commits on its own. Kept apart from postgres.ts so the statement dispatcher stays a list.
import type {
  AlterDomainStmt,
  ClusterStmt,
  Constraint,
  Node,
  PartitionCmd,
  ReindexStmt,
  TransactionStmt,
  VacuumStmt,
} from "libpg-query";
import type { Operation, Span } from "../../types.js";
import type { OperationBody } from "../shared/toolkit.js";
import type { SqlSource } from "./source.js";
// A cycle at module level only: relName is called, never read, while postgres.ts loads.
import { relName } from "./postgres.js";
import { extend } from "../../extend.js";

export type Push = (op: OperationBody) => void;

function hasOption(options: readonly Node[] | undefined, name: string): boolean {
  return (options ?? []).some((o) => "DefElem" in o && o.DefElem.defname === name);
}

/** The fields a statement that CONCURRENTLY cannot run with carries when it sits in BEGIN ... COMMIT. */
export function blockFields(src: SqlSource): { inTransactionBlock?: boolean } {
  return src.transaction.open ? { inTransactionBlock: true } : {};
}

/** The transaction number of a statement, left out for the first (the common case, and the default). */
export function transactionField(src: SqlSource): { transaction?: number } {
  return src.transaction.index > 0 ? { transaction: src.transaction.index } : {};
}

/** BEGIN/START opens a block; COMMIT/END/ROLLBACK (and their PREPARE forms) close it and start the next one. */
export function trackTransaction(s: TransactionStmt, src: SqlSource): void {
  switch (s.kind) {
    case "TRANS_STMT_BEGIN":
    case "TRANS_STMT_START":
      src.transaction.open = true;
      return;
    case "TRANS_STMT_COMMIT":
    case "TRANS_STMT_ROLLBACK":
    case "TRANS_STMT_PREPARE":
      src.transaction.open = false;
      src.transaction.index++;
      return;
    default:
      // SAVEPOINT, RELEASE, ROLLBACK TO: the transaction goes on.
      return;
  }
}

export function cluster(s: ClusterStmt, push: Push): void {
  const table = relName(s.relation);
  push({ kind: "cluster", ...(table ? { table } : {}) });
}

/** Plain VACUUM takes no lock that blocks reads or writes; only FULL rewrites. */
export function vacuum(s: VacuumStmt, push: Push): void {
  if (!s.is_vacuumcmd || !hasOption(s.options, "full")) return;
  const tables = (s.rels ?? []).flatMap((r) =>
    "VacuumRelation" in r && r.VacuumRelation.relation ? [relName(r.VacuumRelation.relation)] : [],
  );
  push({ kind: "vacuum-full", tables });
}

const REINDEX_TARGETS = {
  REINDEX_OBJECT_INDEX: "index",
  REINDEX_OBJECT_TABLE: "table",
  REINDEX_OBJECT_SCHEMA: "schema",
  REINDEX_OBJECT_DATABASE: "database",
  REINDEX_OBJECT_SYSTEM: "system",
} as const;

export function reindex(s: ReindexStmt, src: SqlSource, push: Push): void {
  const target =
    s.kind && s.kind in REINDEX_TARGETS ? REINDEX_TARGETS[s.kind as keyof typeof REINDEX_TARGETS] : "table";
  const name = s.relation ? relName(s.relation) : s.name;
  push({
    kind: "reindex",
    target,
    ...(name ? { name } : {}),
    ...(hasOption(s.params, "concurrently") ? { concurrently: true } : {}),
    ...blockFields(src),
  });
}

export function detachPartition(
  table: string,
  cmd: PartitionCmd | undefined,
  src: SqlSource,
  push: Push,
): void {
  push({
    kind: "detach-partition",
    table,
    partition: relName(cmd?.name),
    ...(cmd?.concurrent ? { concurrently: true } : {}),
    ...blockFields(src),
  });
}

/**
 * ALTER DOMAIN ... ADD CONSTRAINT (and SET NOT NULL) checks every column of every table that uses the domain;
 * a NOT VALID constraint checks only new values.
 */
export function alterDomain(s: AlterDomainStmt, push: Push): void {
  const domain = (s.typeName ?? [])
    .flatMap((n) => ("String" in n && n.String.sval ? [n.String.sval] : []))
    .join(".");
  if (s.subtype === "C" && s.def && "Constraint" in s.def) {
    const con: Constraint = s.def.Constraint;
    push({
      kind: "add-domain-constraint",
      domain,
      ...(con.conname ? { name: con.conname } : {}),
      validated: !con.skip_validation,
    });
  } else if (s.subtype === "O") {
    // "O" is SET NOT NULL ("N" is DROP NOT NULL), as libpg_query spells AlterDomainStmt subtypes.
    push({ kind: "add-domain-constraint", domain, name: "NOT NULL", validated: true });
  }
}

/** `CHECK (col IS NOT NULL)` and nothing else: the column a valid such check proves free of NULLs. */
export function notNullCheckColumn(con: Constraint): string | undefined {
  const expr = con.raw_expr;
  if (con.contype !== "CONSTR_CHECK" || !expr || !("NullTest" in expr)) return undefined;
  const test = expr.NullTest;
  if (test.nulltesttype !== "IS_NOT_NULL" || !test.arg || !("ColumnRef" in test.arg)) return undefined;
  const fields = test.arg.ColumnRef.fields ?? [];
  const last = fields[fields.length - 1];
  return fields.length === 1 && last && "String" in last ? last.String.sval : undefined;
}

export function spanPush(out: { ops: Operation[] }, span: Span): Push {
  return (op) => out.ops.push(extend(op, { line: span.line, endLine: span.endLine }) as Operation);
}
