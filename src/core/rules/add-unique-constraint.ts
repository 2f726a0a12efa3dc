import { collect, outsideTransaction, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const addUniqueConstraint: Rule = {
  id: "add-unique-constraint",
  category: "locking",
  severity: "warning",
  description: "A UNIQUE or PRIMARY KEY constraint builds an index under an exclusive lock.",
  safeAlternative:
    "Build the index first with `CREATE UNIQUE INDEX CONCURRENTLY`, then attach it: `ADD CONSTRAINT name UNIQUE USING INDEX name` (or `PRIMARY KEY USING INDEX`).",
  check: (ctx) => {
    // InnoDB adds unique indexes online; SQLite cannot add constraints to an existing table.
    if (ctx.database !== "postgresql") return [];
    return collect(ctx, (op, history) => {
      if (
        op.kind !== "add-constraint" ||
        (op.constraint !== "unique" && op.constraint !== "primary-key") ||
        op.usingIndex ||
        !history.preExistingTable(op.table)
      )
        return undefined;
      const kind = op.constraint === "unique" ? "UNIQUE" : "PRIMARY KEY";
      const name = op.name ?? `${op.table}_key`;
      return extend(spanOf(op), {
        table: op.table,
        message: `Adds a ${kind} constraint on ${op.table}: PostgreSQL builds its index while holding an ACCESS EXCLUSIVE lock, so every read and write waits for the whole build.`,
        safeAlternative: `Run \`CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${op.table} (...)\` (${outsideTransaction(ctx.framework)}), then \`ALTER TABLE ${op.table} ADD CONSTRAINT ${name} ${kind} USING INDEX ${name}\`.`,
      });
    });
  },
};
