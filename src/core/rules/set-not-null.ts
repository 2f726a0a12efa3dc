import type { FrameworkId, Operation } from "../types.js";
import { collect, spanOf, tableKey, type Rule } from "./rule.js";
import { extend } from "../extend.js";

/**
 * The columns a valid `CHECK (col IS NOT NULL)` covers at each point of the file: PostgreSQL 12+ trusts such a
 * check and skips SET NOT NULL's scan. Checks are matched by table and name; a NOT VALID one counts once validated.
 */
class NotNullChecks {
  private readonly pending = new Map<string, string>();
  private readonly valid = new Map<string, string>();

  record(op: Operation): void {
    if (op.kind === "add-constraint" && op.notNullColumn) {
      const key = `${tableKey(op.table)}\u0000${op.name ?? ""}`;
      (op.validated ? this.valid : this.pending).set(key, op.notNullColumn);
    } else if ((op.kind === "validate-constraint" || op.kind === "drop-constraint") && op.name) {
      const key = `${tableKey(op.table)}\u0000${op.name}`;
      const column = this.pending.get(key) ?? this.valid.get(key);
      this.pending.delete(key);
      this.valid.delete(key);
      if (column && op.kind === "validate-constraint") this.valid.set(key, column);
    }
  }

  covers(table: string, column: string): boolean {
    const prefix = `${tableKey(table)}\u0000`;
    for (const [key, col] of this.valid) if (col === column && key.startsWith(prefix)) return true;
    return false;
  }
}

function postgresAdvice(framework: FrameworkId, table: string, column: string): string {
  const name = `${table}_${column}_not_null`;
  if (framework === "rails") {
    return `Add \`add_check_constraint :${table}, "${column} IS NOT NULL", name: "${name}", validate: false\`; in a later migration \`validate_check_constraint :${table}, name: "${name}"\`, then \`change_column_null :${table}, :${column}, false\` (PostgreSQL 12+ skips the scan) and \`remove_check_constraint\`.`;
  }
  return `Add \`CHECK (${column} IS NOT NULL) NOT VALID\` as ${name}; in a separate migration \`VALIDATE CONSTRAINT ${name}\` (no exclusive lock during the scan), then \`SET NOT NULL\` (PostgreSQL 12+ trusts the valid check and skips the scan) and drop the check.`;
}

export const setNotNull: Rule = {
  id: "set-not-null",
  category: "locking",
  severity: "warning",
  description: "SET NOT NULL scans the whole table under an exclusive lock.",
  safeAlternative:
    "PostgreSQL: add `CHECK (col IS NOT NULL) NOT VALID`, `VALIDATE CONSTRAINT` in a separate migration, then `SET NOT NULL` and drop the check.",
  check: (ctx) => {
    // SQLite has no ALTER COLUMN; frameworks rebuild the table, which other rules and the framework itself cover.
    if (ctx.database === "sqlite") return [];
    const checks = new NotNullChecks();
    return collect(ctx, (op, history) => {
      checks.record(op);
      if (op.kind !== "set-not-null" || !history.preExistingTable(op.table)) return undefined;
      if (ctx.database === "postgresql" && checks.covers(op.table, op.column)) return undefined;
      const target = `${op.table}.${op.column}`;
      if (ctx.database === "mysql") {
        return extend(spanOf(op), {
          table: op.table,
          column: op.column,
          message: `Makes ${target} NOT NULL: MySQL rebuilds the whole table to do it, and the migration fails if any row holds NULL.`,
          safeAlternative: `Backfill NULLs in ${target} in batches first, then run the change with an online schema change tool (gh-ost, pt-online-schema-change) or at a quiet time.`,
        });
      }
      return extend(spanOf(op), {
        table: op.table,
        column: op.column,
        message: `Sets ${target} NOT NULL: PostgreSQL scans the whole of ${op.table} for NULLs while holding an ACCESS EXCLUSIVE lock, so every read and write waits.`,
        safeAlternative: postgresAdvice(ctx.framework, op.table, op.column),
      });
    });
  },
};
