import { collect, isBookkeepingTable, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const deleteRows: Rule = {
  id: "delete-rows",
  category: "destructive",
  severity: "error",
  description: "Deleting rows (DELETE, delete_all, destroy_all, .delete()) loses stored data.",
  safeAlternative:
    "Copy the rows to an archive table (or take a backup) before deleting them, delete in small batches from a task outside the schema migration, or soft-delete with a `deleted_at` column.",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "delete-rows" || !history.preExistingTable(op.table)) return undefined;
      if (isBookkeepingTable(op.table, ctx.framework)) return undefined;
      const message = op.filtered
        ? `Deletes rows of ${op.table} (${op.via} with a filter): the deleted rows cannot be restored by rolling back the release.`
        : `Deletes every row of ${op.table} (${op.via} with no filter): the table is emptied and the rows cannot be restored by rolling back the release.`;
      return extend(spanOf(op), { table: op.table, message });
    }),
};
