import type { Database } from "../types.js";
import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

function consequence(database: Database): string {
  switch (database) {
    case "postgresql":
      return "PostgreSQL rewrites the whole table and rebuilds its indexes while holding an ACCESS EXCLUSIVE lock, so every read and write waits until it finishes";
    case "mysql":
      return "MySQL copies the whole table (ALGORITHM=COPY), blocking writes for the duration of the copy";
    case "sqlite":
      return "SQLite cannot change a column type in place: the table is rebuilt (copy, drop, rename) while the database is locked";
  }
}

export const columnTypeRewrite: Rule = {
  id: "column-type-rewrite",
  category: "locking",
  severity: "warning",
  description: "Most column type changes rewrite the table under an exclusive lock.",
  safeAlternative:
    "Add a new column of the new type, backfill it in batches, move the app to it, then drop the old column. (In PostgreSQL, varchar(n) to a longer varchar or to text needs no rewrite.)",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "change-column-type" || op.widening || !history.preExistingColumn(op.table, op.column))
        return undefined;
      const to = op.type ? ` to ${op.type}` : "";
      return extend(spanOf(op), {
        table: op.table,
        column: op.column,
        message: `Changing ${op.table}.${op.column}${to}: ${consequence(ctx.database)}.`,
      });
    }),
};
