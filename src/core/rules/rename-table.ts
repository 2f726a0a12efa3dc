import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const renameTable: Rule = {
  id: "rename-table",
  category: "backward-incompatible",
  severity: "warning",
  description: "Renaming a table breaks app code still using the old name during the deploy.",
  safeAlternative:
    "Keep both names working during the deploy: rename the table and create a view with the old name over it (simple views are updatable in PostgreSQL and MySQL), move the app to the new name, then drop the view in a later migration.",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "rename-table" || !history.preExistingTable(op.table)) return undefined;
      return extend(spanOf(op), {
        table: op.table,
        message: `Renames table ${op.table} to ${op.newName}: app code of the release still running during the deploy uses the old name and fails until every server runs the new code.`,
      });
    }),
};
