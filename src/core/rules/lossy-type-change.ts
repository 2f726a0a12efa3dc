import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const lossyTypeChange: Rule = {
  id: "lossy-type-change",
  category: "destructive",
  severity: "error",
  description: "Changing a column to a narrower type can truncate or reject stored values.",
  safeAlternative:
    "Add a new column of the new type, backfill it in batches with an explicit conversion you have checked against the real data, move the app to it, then drop the old column.",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "change-column-type" || !op.lossy || !history.preExistingColumn(op.table, op.column))
        return undefined;
      const to = op.type ? ` to ${op.type}` : "";
      return extend(spanOf(op), {
        table: op.table,
        column: op.column,
        message: `Changes ${op.table}.${op.column}${to}, a narrower type: stored values can be rounded or cut short, or the migration fails on the first value that does not fit.`,
      });
    }),
};
