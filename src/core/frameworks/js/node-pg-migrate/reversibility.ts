// Without a `down`, node-pg-migrate inverts `up` itself, which works only when every call has an inverse: the
// first call that has none makes the migration irreversible, reported on that call.
import type { Operation, Span } from "../../../types.js";

/** Calls node-pg-migrate can invert on its own when the migration has no `down`. */
export const INVERTIBLE = new Set([
  "createTable",
  "addColumns",
  "addColumn",
  "renameTable",
  "renameColumn",
  "createIndex",
  "addIndex",
  "addConstraint",
  "createConstraint",
  "renameConstraint",
  "createExtension",
  "addExtension",
  "createType",
  "addType",
  "renameType",
  "createSchema",
  "renameSchema",
  "createSequence",
  "renameSequence",
  "createView",
  "renameView",
  "createMaterializedView",
  "renameMaterializedView",
  "createFunction",
  "renameFunction",
  "createTrigger",
  "renameTrigger",
  "createPolicy",
  "renamePolicy",
  "createRole",
  "renameRole",
  "createOperator",
  "createDomain",
  "renameDomain",
  "noTransaction",
  "func",
]);

/** The first call node-pg-migrate cannot invert, and where it is. */
export interface NotInvertible {
  name: string;
  span: Span;
}

/** The `irreversible` operation of a migration without `down` whose up has a call with no inverse. */
export function cannotInvert(blocker: NotInvertible): Operation {
  return {
    kind: "irreversible",
    reason: `the migration has no down, and node-pg-migrate cannot invert pgm.${blocker.name}`,
    ...blocker.span,
  };
}
