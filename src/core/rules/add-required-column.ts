import type { Database } from "../types.js";
import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

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
      if (op.kind !== "add-column" || !op.notNull || !history.preExistingTable(op.table)) return undefined;
      if (op.default?.transient) {
        // The rows are filled, then the default is dropped: the migration passes, the running release does not.
        return extend(spanOf(op), {
          table: op.table,
          column: op.column,
          message: `Adds ${op.table}.${op.column} NOT NULL with a default the framework drops once existing rows are filled (Django keeps \`default=\` in Python): inserts from the release still running during the deploy, which does not set ${op.column}, fail.`,
          safeAlternative:
            "Add the field with `null=True` (or with `db_default=`, which stays in the database), deploy code that writes it, backfill, then make it NOT NULL in a later migration.",
        });
      }
      if (op.default) return undefined;
      return extend(spanOf(op), {
        table: op.table,
        column: op.column,
        message: `Adds ${op.table}.${op.column} NOT NULL without a default: ${consequence(ctx.database)}, and inserts from the release still running during the deploy, which does not set ${op.column}, fail.`,
      });
    }),
};
