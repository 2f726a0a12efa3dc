import { collect, outsideTransaction, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const reindexNotConcurrent: Rule = {
  id: "reindex-not-concurrent",
  category: "locking",
  severity: "warning",
  description:
    "REINDEX without CONCURRENTLY blocks writes to the table, and reads that use the index, for the whole rebuild.",
  safeAlternative:
    "Use `REINDEX ... CONCURRENTLY` (PostgreSQL 12+) outside a transaction block, or build a new index concurrently and drop the old one.",
  check: (ctx) => {
    if (ctx.database !== "postgresql") return [];
    return collect(ctx, (op, history) => {
      if (op.kind !== "reindex" || op.concurrently) return undefined;
      if (op.name && op.target === "index" && history.isNewIndex(op.name)) return undefined;
      if (op.name && op.target === "table" && !history.preExistingTable(op.name)) return undefined;
      const what = `${op.target.toUpperCase()}${op.name ? ` ${op.name}` : ""}`;
      return extend(spanOf(op), op.target === "table" && op.name ? { table: op.name } : {}, {
        message: `REINDEX ${what} without CONCURRENTLY: PostgreSQL blocks every write to the table and locks the index itself, so queries planned to use it wait for the whole rebuild.`,
        safeAlternative: `Use \`REINDEX ${what.replace(/^(\w+)/, "$1 CONCURRENTLY")}\` (PostgreSQL 12+) and ${outsideTransaction(ctx.framework)}.`,
      });
    });
  },
};
