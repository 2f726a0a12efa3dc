// What a reader knows of a column before the migration restates it (Laravel `->change()`, Ecto `modify`): its
// type and nullability, from the `down` that restores it or from an earlier add in the same file.
import { classifyTypeChange, describeType, type ColumnType } from "../../column-types/index.js";
import type { Parsers } from "../../parsers.js";
import type { Database, ParsedMigration } from "../../types.js";
import type { OperationBody } from "./toolkit.js";

export interface KnownColumn {
  type: ColumnType;
  nullable?: boolean;
}

/** The part of a reader that learns old column types from `down` before it reads the forward code. */
export interface LearningReader {
  readonly database: Database;
  readonly parsers: Parsers;
  readonly out: ParsedMigration;
  /** `table.column` → its type before this migration: from the `down` that restores it, or an earlier add. */
  readonly known: Map<string, KnownColumn>;
  /** Reading `down` only to learn types: nothing is emitted. */
  readonly learning: boolean;
}

/**
 * The type change of a restated column, or undefined when the type stays. With no old type to compare, a
 * restatement that only sets nullability or a default (`->nullable()->change()`, `modify :c, :t, null: true`)
 * is read as keeping the type; any other counts as a change.
 */
export function restatedType(
  table: string,
  column: string,
  old: KnownColumn | undefined,
  type: ColumnType,
  setsNullOrDefault: boolean,
): OperationBody | undefined {
  const changed = old ? describeType(old.type) !== describeType(type) : !setsNullOrDefault;
  if (!changed) return undefined;
  return {
    kind: "change-column-type",
    table,
    column,
    type: describeType(type),
    ...classifyTypeChange(old?.type, type),
  };
}
