import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const changeColumnType: Rule = {
  id: "change-column-type",
  category: "backward-incompatible",
  severity: "warning",
  description: "Changing a column's type can break app code still running during the deploy.",
  safeAlternative:
    "Add a new column of the new type, write to both and backfill in batches, move reads to the new column, then drop the old one in a later migration.",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "change-column-type" || op.widening || !history.preExistingColumn(op.table, op.column))
        return undefined;
      const to = op.type ? ` to ${op.type}` : "";
      const unknown =
        !op.lossy && !history.hasSchema
          ? " (the old type is unknown: no migration history was available to tell a widening from a narrowing)"
          : "";
      return extend(spanOf(op), {
        table: op.table,
        column: op.column,
        message: `Changes the type of ${op.table}.${op.column}${to}: app code of the release still running during the deploy may write values the new type rejects, or read values it does not expect${unknown}.`,
      });
    }),
};
