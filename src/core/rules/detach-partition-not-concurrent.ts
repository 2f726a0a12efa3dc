import { collect, outsideTransaction, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const detachPartitionNotConcurrent: Rule = {
  id: "detach-partition-not-concurrent",
  category: "locking",
  severity: "warning",
  description:
    "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table.",
  safeAlternative:
    "Use `ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY` (PostgreSQL 14+) outside a transaction block; it waits for running queries instead of blocking new ones.",
  check: (ctx) => {
    if (ctx.database !== "postgresql") return [];
    return collect(ctx, (op, history) => {
      if (op.kind !== "detach-partition" || op.concurrently || !history.preExistingTable(op.table))
        return undefined;
      return extend(spanOf(op), {
        table: op.table,
        message: `Detaches ${op.partition} from ${op.table} without CONCURRENTLY: PostgreSQL takes an ACCESS EXCLUSIVE lock on ${op.table}, so every read and write of every partition waits, and it waits itself behind any long query.`,
        safeAlternative: `Use \`ALTER TABLE ${op.table} DETACH PARTITION ${op.partition} CONCURRENTLY\` (PostgreSQL 14+) and ${outsideTransaction(ctx.framework)}.`,
      });
    });
  },
};
