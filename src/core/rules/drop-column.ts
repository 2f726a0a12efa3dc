import type { FrameworkId } from "../types.js";
import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

function advice(framework: FrameworkId, table: string, column: string): string {
  const copy =
    "If the values are still needed, copy them first: a static check cannot prove such a copy complete.";
  switch (framework) {
    case "rails":
      return `Deploy \`self.ignored_columns += ["${column}"]\` on the model first, so no running code reads ${table}.${column}, then remove the column in a later migration. ${copy}`;
    case "django":
      return `Remove the field from the model with \`SeparateDatabaseAndState\` (state_operations only) and deploy, then drop ${table}.${column} in a later migration. ${copy}`;
    default:
      return `Expand-contract: stop reading and writing ${table}.${column} in app code and deploy that, then drop the column in a later migration. ${copy}`;
  }
}

export const dropColumn: Rule = {
  id: "drop-column",
  category: "destructive",
  severity: "error",
  description:
    "Dropping a column that existed before this migration deletes its values, and breaks app code still reading it.",
  safeAlternative:
    "Expand-contract: stop reading and writing the column in app code (Rails: `ignored_columns`) and deploy that, then drop it in a later migration; copy the values first if they are still needed.",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "drop-column" || !history.preExistingColumn(op.table, op.column)) return undefined;
      return extend(spanOf(op), {
        table: op.table,
        column: op.column,
        message: `Drops column ${op.table}.${op.column}: its values are deleted, and app code of the release still running during the deploy fails when it reads or writes it.`,
        safeAlternative: advice(ctx.framework, op.table, op.column),
      });
    }),
};
