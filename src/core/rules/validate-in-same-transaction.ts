import type { Operation } from "../types.js";
import { spanOf, tableKey, type Rule } from "./rule.js";
import { extend } from "../extend.js";

type AddConstraint = Extract<Operation, { kind: "add-constraint" }>;

/**
 * Constraints pair by table and name. An unnamed validation (Rails' `validate_foreign_key :orders, :users`,
 * which finds the key by its target) pairs with an unnamed NOT VALID constraint on the same table.
 */
function key(table: string, name: string | undefined): string {
  return `${tableKey(table)}\u0000${name ?? ""}`;
}

export const validateInSameTransaction: Rule = {
  id: "validate-in-same-transaction",
  category: "locking",
  severity: "warning",
  description:
    "A constraint added NOT VALID and validated in the same transaction scans the table while the ADD's lock is still held.",
  safeAlternative:
    "Validate in a later migration (or after a COMMIT), so the scan runs under VALIDATE's weak lock instead of the ADD's strong one.",
  check: (ctx) => {
    if (ctx.database !== "postgresql") return [];
    // Sequelize runs each queryInterface call in a transaction of its own unless one is passed.
    if (ctx.framework === "sequelize") return [];
    const notValid = new Map<string, AddConstraint>();
    return ctx.operations.flatMap((op) => {
      if (op.kind === "add-constraint" && !op.validated) {
        notValid.set(key(op.table, op.name), op);
        return [];
      }
      if (op.kind !== "validate-constraint") return [];
      const added = notValid.get(key(op.table, op.name));
      if (!added || (added.transaction ?? 0) !== (op.transaction ?? 0)) return [];
      return [
        extend(spanOf(op), {
          table: op.table,
          message: `Validates ${op.name ?? "a constraint"} on ${op.table} in the transaction that added it NOT VALID (line ${added.line}): the ADD's lock is held until COMMIT, so the validation scan runs under that lock (ACCESS EXCLUSIVE for a check, blocking writes for a foreign key) just as a validated ADD would, and NOT VALID gains nothing.`,
        }),
      ];
    });
  },
};
