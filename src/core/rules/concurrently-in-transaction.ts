import type { Operation } from "../types.js";
import { outsideTransaction, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

function statement(op: Operation): string | undefined {
  switch (op.kind) {
    case "add-index":
      return "CREATE INDEX CONCURRENTLY";
    case "drop-index":
      return "DROP INDEX CONCURRENTLY";
    case "reindex":
      return "REINDEX CONCURRENTLY";
    case "detach-partition":
      return "DETACH PARTITION CONCURRENTLY";
    default:
      return undefined;
  }
}

export const concurrentlyInTransaction: Rule = {
  id: "concurrently-in-transaction",
  category: "locking",
  severity: "error",
  description:
    "CONCURRENTLY inside an explicit transaction block fails at run time, and the usual quick fix (dropping CONCURRENTLY) locks the table.",
  safeAlternative:
    "Take the statement out of BEGIN ... COMMIT and out of the framework's transaction, keeping CONCURRENTLY.",
  check: (ctx) => {
    if (ctx.database !== "postgresql") return [];
    return ctx.operations.flatMap((op) => {
      const what = statement(op);
      if (!what || !("concurrently" in op) || !op.concurrently || !op.inTransactionBlock) return [];
      return [
        extend(spanOf(op), op.table ? { table: op.table } : {}, {
          message: `${what} runs inside a transaction block: PostgreSQL refuses it ("cannot run inside a transaction block"), so the migration fails when it is deployed.`,
          safeAlternative: `Remove the surrounding BEGIN/COMMIT and ${outsideTransaction(ctx.framework)}; keep CONCURRENTLY.`,
        }),
      ];
    });
  },
};
