import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const clusterTable: Rule = {
  id: "cluster-table",
  category: "locking",
  severity: "warning",
  description: "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock: no reads or writes until it ends.",
  safeAlternative:
    "Reorder the table online with pg_repack (`pg_repack --table <table> --order-by <columns>`), or run CLUSTER by hand in a maintenance window, not in a migration.",
  check: (ctx) => {
    if (ctx.database !== "postgresql") return [];
    return collect(ctx, (op, history) => {
      if (op.kind !== "cluster" || (op.table !== undefined && !history.preExistingTable(op.table)))
        return undefined;
      const what = op.table ?? "every table clustered before";
      return extend(spanOf(op), op.table ? { table: op.table } : {}, {
        message: `CLUSTER rewrites ${what} in index order while holding an ACCESS EXCLUSIVE lock, so every read and write waits for the whole rewrite.`,
      });
    });
  },
};
