import type { Database } from "../types.js";
import { collect, spanOf, type Rule } from "./rule.js";

function consequence(database: Database): string {
  switch (database) {
    case "postgresql":
      return "the migration fails if the table has any rows";
    case "mysql":
      return "existing rows get the type's implicit value (0, '') instead of a real one";
    case "sqlite":
      return "SQLite refuses to add a NOT NULL column without a default";
  }
}

export const addRequiredColumn: Rule = {
  id: "add-required-column",
  category: "backward-incompatible",
  severity: "warning",
  description:
    "A NOT NULL column without a default fails on existing rows and breaks inserts from the old code.",
  safeAlternative:
    "Add the column as nullable (or with a constant default), deploy code that writes it, backfill existing rows in batches, then make it NOT NULL (PostgreSQL: CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL).",
  check: (ctx) =>
    collect(ctx, (op, history) => {
      if (op.kind !== "add-column" || !op.notNull || op.default || !history.preExistingTable(op.table))
        return undefined;
      return {
        ...spanOf(op),
        table: op.table,
        column: op.column,
        message: `Adds ${op.table}.${op.column} NOT NULL without a default: ${consequence(ctx.database)}, and inserts from the release still running during the deploy, which does not set ${op.column}, fail.`,
      };
    }),
};
