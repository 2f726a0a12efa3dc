import type { FrameworkId } from "../types.js";
import { collect, outsideTransaction, spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

function advice(framework: FrameworkId, table: string): string {
  switch (framework) {
    case "rails":
      return "Use `add_index ..., algorithm: :concurrently` and add `disable_ddl_transaction!` to the migration class (CONCURRENTLY cannot run inside a transaction).";
    case "django":
      return "Use `AddIndexConcurrently` from `django.contrib.postgres.operations` in a migration with `atomic = False`.";
    case "alembic":
      return "Use `op.create_index(..., postgresql_concurrently=True)` inside `with op.get_context().autocommit_block():`.";
    case "ecto":
      return "Use `create index(..., concurrently: true)` with `@disable_ddl_transaction true` and `@disable_migration_lock true`.";
    case "node-pg-migrate":
      return "Use `pgm.createIndex(..., { concurrently: true })` and call `pgm.noTransaction()`.";
    case "sequelize":
      return "Use `queryInterface.addIndex(..., { concurrently: true })` without a transaction.";
    default:
      return `Use \`CREATE INDEX CONCURRENTLY ... ON ${table}\` and ${outsideTransaction(framework)}.`;
  }
}

export const indexNotConcurrent: Rule = {
  id: "index-not-concurrent",
  category: "locking",
  severity: "warning",
  description:
    "Building an index on an existing table without CONCURRENTLY blocks writes for the whole build.",
  safeAlternative:
    "Build the index with `CREATE INDEX CONCURRENTLY` outside a transaction (Rails: `algorithm: :concurrently` with `disable_ddl_transaction!`).",
  check: (ctx) => {
    // MySQL's InnoDB builds secondary indexes online (ALGORITHM=INPLACE, LOCK=NONE); SQLite has one writer anyway.
    if (ctx.database !== "postgresql") return [];
    return collect(ctx, (op, history) => {
      if (op.kind !== "add-index" || op.concurrently || !history.preExistingTable(op.table)) return undefined;
      const what = op.name ? `index ${op.name}` : `an index on (${op.columns.join(", ")})`;
      return extend(spanOf(op), {
        table: op.table,
        message: `Builds ${what} on ${op.table} without CONCURRENTLY: PostgreSQL holds a SHARE lock for the whole build, so every INSERT, UPDATE and DELETE on ${op.table} waits.`,
        safeAlternative: advice(ctx.framework, op.table),
      });
    });
  },
};
