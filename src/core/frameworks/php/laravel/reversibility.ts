// What the Laravel reader reads of `down()`: the column types a `->change()` in `up()` moves away from (down()
// is walked first, emitting nothing), and whether a rollback can undo the migration at all.
import type { OperationBody } from "../../shared/toolkit.js";
import type { Node } from "../nodes.js";

const CHANGE_CALL = /->\s*change\s*\(/;

/** down() only tells the types `->change()` moves away from; a file without one skips that walk. */
export function learnsFromDown(source: string, down: Node | undefined): down is Node {
  return down !== undefined && CHANGE_CALL.test(source);
}

/** `up()` without `down()`, or with an empty one: the irreversible mark, at up()'s name. */
export function irreversibility(
  up: Node,
  down: Node | undefined,
): { at: Node; op: OperationBody } | undefined {
  const at = up.childForFieldName("name") ?? up;
  if (!down) return { at, op: { kind: "irreversible", reason: "the migration defines up() without down()" } };
  if (isEmptyBody(down.childForFieldName("body")))
    return { at, op: { kind: "irreversible", reason: "down() is empty, so a rollback undoes nothing" } };
  return undefined;
}

/** A body with no statements (comments only). */
function isEmptyBody(body: Node | null): boolean {
  return !body || body.namedChildren.every((c) => !c || c.type === "comment");
}
