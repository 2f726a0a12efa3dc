// Which transaction a migration's statements commit in, for readers whose framework can run a migration
// without one (Rails `disable_ddl_transaction!`, goose `-- +goose NO TRANSACTION`).
import type { Operation } from "../../types.js";
import { extend } from "../../extend.js";

/**
 * Gives each constraint statement from index `from` on a transaction of its own: without the framework's
 * transaction every statement commits by itself, so a NOT VALID constraint and its validation commit apart.
 */
export function eachStatementCommits(operations: Operation[], from = 0): void {
  for (let i = from; i < operations.length; i++) {
    const op = operations[i]!;
    if (op.kind === "add-constraint" || op.kind === "validate-constraint") {
      operations[i] = extend(op, { transaction: i + 1 });
    }
  }
}
