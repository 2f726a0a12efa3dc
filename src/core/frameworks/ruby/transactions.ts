// Which transaction each statement of a Rails migration commits in. Rails wraps the migration in one
// transaction unless the class says `disable_ddl_transaction!`; then every statement commits on its own.
import type { Operation } from "../../types.js";
import { eachStatementCommits } from "../shared/transactions.js";
import { extend } from "../../extend.js";

/**
 * Marks the operations of one migration class, from index `from` on:
 * - in a transaction, SQL that runs CONCURRENTLY (from `execute`) is inside a transaction block, which
 *   PostgreSQL refuses (`add_index algorithm: :concurrently` is read as not concurrent there already);
 * - without one, each constraint statement gets a transaction of its own, so a NOT VALID constraint and its
 *   validation are known to commit apart.
 */
export function markTransactions(operations: Operation[], from: number, inTransaction: boolean): void {
  if (!inTransaction) return eachStatementCommits(operations, from);
  for (let i = from; i < operations.length; i++) {
    const op = operations[i]!;
    const concurrent =
      op.kind === "add-index" ||
      op.kind === "drop-index" ||
      op.kind === "reindex" ||
      op.kind === "detach-partition";
    if (concurrent && op.concurrently) operations[i] = extend(op, { inTransactionBlock: true });
  }
}
