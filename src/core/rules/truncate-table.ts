import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const truncateTable: Rule = {
  id: "truncate-table",
  category: "destructive",
  severity: "error",
  description: "TRUNCATE deletes every row of the table.",
  safeAlternative:
    "If only some rows must go, delete them in batches with a filter; if the table really must be emptied, back it up first and acknowledge the finding with the reason.",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "truncate") return undefined;
      const tables = op.tables.filter((t) => history.preExistingTable(t));
      if (tables.length === 0) return undefined;
      const cascade = op.cascade ? ", with CASCADE (tables referencing them are emptied too)" : "";
      return extend(spanOf(op), {
        table: tables[0],
        message: `Truncates ${tables.join(", ")}${cascade}: every row is deleted and cannot be restored by rolling back the release.`,
      });
    }),
};
