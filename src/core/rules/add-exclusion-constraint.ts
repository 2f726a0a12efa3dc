import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const addExclusionConstraint: Rule = {
  id: "add-exclusion-constraint",
  category: "locking",
  severity: "warning",
  description:
    "An exclusion constraint on an existing table builds its index and checks every row under an ACCESS EXCLUSIVE lock.",
  safeAlternative:
    "PostgreSQL has no NOT VALID or USING INDEX for exclusion constraints: add it when the table is created, or at a quiet time with a short `lock_timeout` after checking that the rows already satisfy it.",
  check: (ctx) => {
    if (ctx.database !== "postgresql") return [];
    return collect(ctx, (op, history) => {
      if (
        op.kind !== "add-constraint" ||
        op.constraint !== "exclusion" ||
        !history.preExistingTable(op.table)
      )
        return undefined;
      const name = op.name ? ` ${op.name}` : "";
      return extend(spanOf(op), {
        table: op.table,
        message: `Adds exclusion constraint${name} on ${op.table}: PostgreSQL builds its index and checks every row while holding an ACCESS EXCLUSIVE lock, so every read and write waits.`,
      });
    });
  },
};
