import type { Database } from "../types.js";
import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

function consequence(database: Database): string {
  switch (database) {
    case "postgresql":
      return "PostgreSQL rewrites the whole table to compute a value for each row, holding an ACCESS EXCLUSIVE lock, so every read and write waits";
    case "mysql":
      return "MySQL copies the whole table (ALGORITHM=COPY) for an expression default, blocking writes while it does";
    case "sqlite":
      return "SQLite refuses ALTER TABLE ADD COLUMN with a non-constant default, so the migration fails";
  }
}

export const volatileDefault: Rule = {
  id: "volatile-default",
  category: "locking",
  severity: "warning",
  description: "A column added with a volatile default rewrites the whole table under an exclusive lock.",
  safeAlternative:
    "Add the column without a default (or with a constant one), set the volatile default for new rows in a second statement (ALTER COLUMN ... SET DEFAULT), then backfill existing rows in batches.",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "add-column" || !op.default?.volatile || !history.preExistingTable(op.table))
        return undefined;
      const text = op.default.text ? ` (${op.default.text})` : "";
      return extend(spanOf(op), {
        table: op.table,
        column: op.column,
        message: `Adds ${op.table}.${op.column} with a volatile default${text}: ${consequence(ctx.database)}.`,
      });
    }),
};
