import type { FrameworkId } from "../types.js";
import { collect, isBookkeepingTable, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

function batches(framework: FrameworkId): string {
  return framework === "rails"
    ? " Run large backfills as `in_batches.update_all` in a migration with `disable_ddl_transaction!`."
    : " Run large backfills in batches, each in its own short transaction.";
}

export const updateRows: Rule = {
  id: "update-rows",
  category: "destructive",
  severity: "error",
  description: "An UPDATE that overwrites values of a pre-existing column loses the old values.",
  safeAlternative:
    "Write the new values into a new column (expand-contract) so the old ones survive, or restrict the update to rows where the column IS NULL (a backfill); run large backfills in batches.",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "update-rows" || op.onlyNulls || !history.preExistingTable(op.table)) return undefined;
      if (isBookkeepingTable(op.table, ctx.framework)) return undefined;
      const rows = op.filtered ? "with a filter" : "on every row";
      const alternative = `Write the new values into a new column (expand-contract) so the old ones survive, or restrict the update to rows where the column IS NULL.${batches(ctx.framework)}`;
      if (op.columns.length === 0) {
        return extend(spanOf(op), {
          table: op.table,
          message: `Updates ${op.table} (${op.via} ${rows}) and the assigned columns could not be determined, so it may overwrite values the previous release wrote.`,
          safeAlternative: alternative,
        });
      }
      const overwritten = op.columns.filter((c) => history.preExistingColumn(op.table, c));
      if (overwritten.length === 0) return undefined;
      return extend(spanOf(op), {
        table: op.table,
        column: overwritten[0],
        message: `Overwrites ${overwritten.map((c) => `${op.table}.${c}`).join(", ")} (${op.via} ${rows}): the previous values are lost and cannot be restored by rolling back the release.`,
        safeAlternative: alternative,
      });
    }),
};
