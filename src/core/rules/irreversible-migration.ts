import { spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const irreversibleMigration: Rule = {
  id: "irreversible-migration",
  category: "irreversible",
  severity: "notice",
  description: "The migration cannot be rolled back by the framework.",
  safeAlternative:
    "Write the reverse (a `down` method, `reverse_code`/`reverse_sql`, a `.down.sql` file), or say in the pull request how to recover (backup, forward fix) and acknowledge the finding.",
  check: (ctx) =>
    ctx.operations.flatMap((op) =>
      op.kind === "irreversible"
        ? [
            extend(spanOf(op), op.table !== undefined ? { table: op.table } : {}, {
              message: `This migration cannot be rolled back: ${op.reason.replace(/\.$/, "")}. If the deploy goes wrong, recovery means a backup or a forward fix.`,
            }),
          ]
        : [],
    ),
};
