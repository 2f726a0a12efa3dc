import { collect, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const addCheckConstraint: Rule = {
  id: "add-check-constraint",
  category: "locking",
  severity: "warning",
  description: "A validated CHECK constraint scans the whole table under an exclusive lock.",
  safeAlternative:
    "Add the check `NOT VALID`, then `VALIDATE CONSTRAINT` in a separate migration (Rails: `add_check_constraint ..., validate: false`, then `validate_check_constraint`).",
  check: (ctx) => {
    if (ctx.database === "sqlite") return [];
    return collect(ctx, (op, history) => {
      if (
        op.kind !== "add-constraint" ||
        op.constraint !== "check" ||
        !op.validated ||
        !history.preExistingTable(op.table)
      )
        return undefined;
      const name = op.name ? ` ${op.name}` : "";
      if (ctx.database === "mysql") {
        return extend(spanOf(op), {
          table: op.table,
          message: `Adds CHECK constraint${name} on ${op.table}: MySQL copies the whole table (ALGORITHM=COPY) to check every row, blocking writes while it does.`,
          safeAlternative:
            "Add the check with an online schema change tool (gh-ost, pt-online-schema-change), or at a quiet time after confirming every row passes it.",
        });
      }
      return extend(spanOf(op), {
        table: op.table,
        message: `Adds validated CHECK constraint${name} on ${op.table}: PostgreSQL scans every row while holding an ACCESS EXCLUSIVE lock, so every read and write waits.`,
        safeAlternative:
          ctx.framework === "rails"
            ? "Use `add_check_constraint ..., validate: false`, then `validate_check_constraint` in a separate migration."
            : `Add it with \`NOT VALID\`, then \`ALTER TABLE ${op.table} VALIDATE CONSTRAINT ...\` in a separate migration (validation lets reads and writes continue).`,
      });
    });
  },
};
