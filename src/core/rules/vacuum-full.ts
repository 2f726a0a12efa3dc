import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const vacuumFull: Rule = {
  id: "vacuum-full",
  category: "locking",
  severity: "warning",
  description:
    "VACUUM FULL rewrites each table under an ACCESS EXCLUSIVE lock: no reads or writes until it ends.",
  safeAlternative:
    "Let (auto)vacuum reclaim space without blocking, or compact the table online with pg_repack; VACUUM cannot run inside a migration's transaction anyway.",
  check: (ctx) => {
    if (ctx.database !== "postgresql") return [];
    return collect(ctx, (op, history) => {
      if (op.kind !== "vacuum-full") return undefined;
      const tables = op.tables.filter((t) => history.preExistingTable(t));
      if (op.tables.length > 0 && tables.length === 0) return undefined;
      const what = tables.length ? tables.join(", ") : "every table of the database";
      return extend(spanOf(op), tables.length === 1 ? { table: tables[0] } : {}, {
        message: `VACUUM FULL rewrites ${what} while holding an ACCESS EXCLUSIVE lock, so every read and write waits for the whole rewrite.`,
      });
    });
  },
};
