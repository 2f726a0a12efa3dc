import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const renameColumn: Rule = {
  id: "rename-column",
  category: "backward-incompatible",
  severity: "warning",
  description: "Renaming a column breaks app code still using the old name during the deploy.",
  safeAlternative:
    "Rename in three deploys: add the new column and write to both (backfilling in batches); move reads to the new column; drop the old one in a later migration.",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "rename-column" || !history.preExistingColumn(op.table, op.column)) return undefined;
      return extend(spanOf(op), {
        table: op.table,
        column: op.column,
        message: `Renames ${op.table}.${op.column} to ${op.newName}: app code of the release still running during the deploy uses the old name and fails until every server runs the new code.`,
        safeAlternative:
          ctx.framework === "rails"
            ? `Rename in three deploys: add ${op.newName} and write to both columns (backfill in batches); move reads to ${op.newName} and add ${op.column} to \`ignored_columns\`; drop ${op.column} in a later migration.`
            : `Rename in three deploys: add ${op.newName} and write to both columns (backfill in batches); move reads to ${op.newName}; drop ${op.column} in a later migration.`,
      });
    }),
};
