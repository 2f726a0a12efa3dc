import type { FrameworkId } from "../types.js";
import { collect, outsideTransaction, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

function advice(framework: FrameworkId): string {
  switch (framework) {
    case "rails":
      return "Use `remove_index ..., algorithm: :concurrently` and add `disable_ddl_transaction!` to the migration class.";
    case "django":
      return "Use `RemoveIndexConcurrently` from `django.contrib.postgres.operations` in a migration with `atomic = False`.";
    case "alembic":
      return "Use `op.drop_index(..., postgresql_concurrently=True)` inside `with op.get_context().autocommit_block():`.";
    default:
      return `Use \`DROP INDEX CONCURRENTLY\` and ${outsideTransaction(framework)}.`;
  }
}

export const dropIndexNotConcurrent: Rule = {
  id: "drop-index-not-concurrent",
  category: "locking",
  severity: "notice",
  description: "Dropping an index without CONCURRENTLY takes an exclusive lock on the table.",
  safeAlternative: "Use `DROP INDEX CONCURRENTLY` outside a transaction.",
  check: (ctx) => {
    if (ctx.database !== "postgresql") return [];
    return collect(ctx, (op, history) => {
      if (op.kind !== "drop-index" || op.concurrently) return undefined;
      if (op.name && history.isNewIndex(op.name)) return undefined;
      if (op.table && !history.preExistingTable(op.table)) return undefined;
      const what = op.name ?? (op.columns ? `the index on (${op.columns.join(", ")})` : "an index");
      const on = op.table ? ` of ${op.table}` : "";
      return extend(spanOf(op), op.table ? { table: op.table } : {}, {
        message: `Drops ${what}${on} without CONCURRENTLY: PostgreSQL takes an ACCESS EXCLUSIVE lock on the table, so reads and writes queue behind it (and behind any long query it waits for).`,
        safeAlternative: advice(ctx.framework),
      });
    });
  },
};
