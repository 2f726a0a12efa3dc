// Registry of rules, sorted by id. A registry test fails when a rule lacks docs, tests or fixtures.
import type { Rule } from "./rule.js";
import { addCheckConstraint } from "./add-check-constraint.js";
import { addDomainConstraint } from "./add-domain-constraint.js";
import { addExclusionConstraint } from "./add-exclusion-constraint.js";
import { addForeignKey } from "./add-foreign-key.js";
import { addRequiredColumn } from "./add-required-column.js";
import { addUniqueConstraint } from "./add-unique-constraint.js";
import { changeColumnType } from "./change-column-type.js";
import { clusterTable } from "./cluster-table.js";
import { columnTypeRewrite } from "./column-type-rewrite.js";
import { concurrentlyInTransaction } from "./concurrently-in-transaction.js";
import { deleteRows } from "./delete-rows.js";
import { detachPartitionNotConcurrent } from "./detach-partition-not-concurrent.js";
import { dropColumn } from "./drop-column.js";
import { dropDatabase } from "./drop-database.js";
import { dropIndexNotConcurrent } from "./drop-index-not-concurrent.js";
import { dropSchema } from "./drop-schema.js";
import { dropSequence } from "./drop-sequence.js";
import { dropTable } from "./drop-table.js";
import { editedMigration } from "./edited-migration.js";
import { indexNotConcurrent } from "./index-not-concurrent.js";
import { irreversibleMigration } from "./irreversible-migration.js";
import { lossyTypeChange } from "./lossy-type-change.js";
import { reindexNotConcurrent } from "./reindex-not-concurrent.js";
import { renameColumn } from "./rename-column.js";
import { renameEnumValue } from "./rename-enum-value.js";
import { renameSchema } from "./rename-schema.js";
import { renameTable } from "./rename-table.js";
import { setNotNull } from "./set-not-null.js";
import { truncateTable } from "./truncate-table.js";
import { unparseableMigration } from "./unparseable-migration.js";
import { unrecognizedOperation } from "./unrecognized-operation.js";
import { unusedAllow } from "./unused-allow.js";
import { updateRows } from "./update-rows.js";
import { vacuumFull } from "./vacuum-full.js";
import { validateInSameTransaction } from "./validate-in-same-transaction.js";
import { volatileDefault } from "./volatile-default.js";

export const rules: readonly Rule[] = [
  addCheckConstraint,
  addDomainConstraint,
  addExclusionConstraint,
  addForeignKey,
  addRequiredColumn,
  addUniqueConstraint,
  changeColumnType,
  clusterTable,
  columnTypeRewrite,
  concurrentlyInTransaction,
  deleteRows,
  detachPartitionNotConcurrent,
  dropColumn,
  dropDatabase,
  dropIndexNotConcurrent,
  dropSchema,
  dropSequence,
  dropTable,
  editedMigration,
  indexNotConcurrent,
  irreversibleMigration,
  lossyTypeChange,
  reindexNotConcurrent,
  renameColumn,
  renameEnumValue,
  renameSchema,
  renameTable,
  setNotNull,
  truncateTable,
  unparseableMigration,
  unrecognizedOperation,
  unusedAllow,
  updateRows,
  vacuumFull,
  validateInSameTransaction,
  volatileDefault,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
