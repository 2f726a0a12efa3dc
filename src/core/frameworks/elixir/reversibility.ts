// What the Ecto reader reads of `down/0`: the column types a `modify` in `up/0` moves away from (down/0 is
// walked first, emitting nothing), and whether a rollback can undo the migration at all. Commands `change/0`
// cannot reverse are marked where they are read (schema-calls, columns, raw-sql) through `notInvertible`.
import { callShape, unwrap, type Node } from "./nodes.js";

const MODIFY_CALL = /\bmodify\b/;

/** down/0 only tells the types a `modify` moves away from; a file without one skips that walk. */
export function modifiesColumns(source: string): boolean {
  return MODIFY_CALL.test(source);
}

/** `up/0` whose `down/0` is missing, does nothing or raises: why a rollback cannot undo it. */
export function irreversibleReason(down: { body: readonly Node[] } | undefined): string | undefined {
  if (!down) return "the migration defines up/0 without down/0";
  if (doesNothing(down.body)) return "down/0 does nothing, so a rollback undoes nothing";
  if (raises(down.body)) return "down/0 raises instead of reverting";
  return undefined;
}

/** `def down, do: :ok` / `nil` / nothing at all. */
function doesNothing(body: readonly Node[]): boolean {
  return body.every((s) => ["atom", "nil", "boolean", "comment"].includes(unwrap(s).type));
}

/** `raise Ecto.MigrationError, ...` or `raise "irreversible"` as a statement of `down/0`. */
function raises(body: readonly Node[]): boolean {
  return body.some((s) => s.type === "call" && callShape(s)?.name === "raise" && !callShape(s)?.receiver);
}
