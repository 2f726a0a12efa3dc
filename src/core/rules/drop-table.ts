import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const dropTable: Rule = {
  id: "drop-table",
  category: "destructive",
  severity: "error",
  description: "Dropping a table that existed before this migration deletes its rows.",
  safeAlternative:
    "Stop using the table in app code and deploy that first; archive its rows (or rename the table aside so the step can be undone); drop it in a later migration once nothing reads it.",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "drop-table" || !history.preExistingTable(op.table)) return undefined;
      // IF EXISTS on a table the replayed history proves nothing created: the statement deletes nothing.
      if (op.ifExists && history.absentBefore(op.table)) return undefined;
      const cascade = op.cascade ? ", with CASCADE (views and foreign keys that depend on it go too)" : "";
      const unproven = !op.ifExists
        ? ""
        : !history.hasSchema
          ? " (IF EXISTS does not make it safe: no migration history was available to show the table never existed)"
          : !history.hasCompleteSchema && !history.knownBefore(op.table)
            ? " (IF EXISTS does not make it safe: the migration history does not reach back to the beginning, so it cannot show the table never existed: a migration before this one changes a table none of them created, or holds a statement or is a file that could not be read, or the history starts from a squash with no readable schema dump)"
            : "";
      return extend(spanOf(op), {
        table: op.table,
        message: `Drops table ${op.table}${cascade}: every row it holds is deleted, and app code of the release still running during the deploy fails on it${unproven}.`,
      });
    }),
};
