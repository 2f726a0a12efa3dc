import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const addForeignKey: Rule = {
  id: "add-foreign-key",
  category: "locking",
  severity: "warning",
  description: "A validated foreign key scans the table while blocking writes on both tables.",
  safeAlternative:
    "Add the foreign key `NOT VALID`, then `VALIDATE CONSTRAINT` in a separate migration (Rails: `add_foreign_key ..., validate: false`, then `validate_foreign_key`).",
  check: (ctx) => {
    // SQLite cannot add a foreign key to an existing table; only a rebuild can, and the rebuild is what locks.
    if (ctx.database === "sqlite") return [];
    return collect(ctx, (op, history) => {
      if (
        op.kind !== "add-constraint" ||
        op.constraint !== "foreign-key" ||
        !op.validated ||
        !history.preExistingTable(op.table)
      )
        return undefined;
      const name = op.name ? ` ${op.name}` : "";
      if (ctx.database === "mysql") {
        return extend(spanOf(op), {
          table: op.table,
          message: `Adds foreign key${name} on ${op.table}: with foreign_key_checks on, MySQL copies the whole table (ALGORITHM=COPY) and blocks writes while it does.`,
          safeAlternative:
            "Add the foreign key with an online schema change tool (pt-online-schema-change), or at a quiet time after checking that every row has its parent.",
        });
      }
      return extend(spanOf(op), {
        table: op.table,
        message: `Adds validated foreign key${name} on ${op.table}: PostgreSQL scans ${op.table} while holding SHARE ROW EXCLUSIVE locks on it and on the referenced table, blocking writes to both.`,
        safeAlternative:
          ctx.framework === "rails"
            ? "Use `add_foreign_key ..., validate: false`, then `validate_foreign_key` in a separate migration (validation takes a lock that lets writes continue)."
            : `Add it with \`NOT VALID\`, then \`ALTER TABLE ${op.table} VALIDATE CONSTRAINT ...\` in a separate migration (validation takes a lock that lets writes continue).`,
      });
    });
  },
};
