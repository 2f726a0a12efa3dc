// Whether an Alembic revision can be rolled back: `downgrade()` is read only for that.
import { expressionOf, statementsOf, type Node } from "../nodes.js";

/** Why `downgrade` cannot undo the revision, or undefined when it does something. */
export function irreversibility(downgrade: Node | undefined): string | undefined {
  if (!downgrade) return "the revision has no downgrade()";
  for (const statement of statementsOf(downgrade.childForFieldName("body"))) {
    if (statement.type === "pass_statement") continue;
    if (statement.type === "raise_statement") return "downgrade() raises instead of undoing the upgrade";
    const expr = expressionOf(statement);
    if (expr && (expr.type === "string" || expr.type === "ellipsis" || expr.type === "concatenated_string"))
      continue;
    return undefined;
  }
  return "downgrade() is empty";
}
