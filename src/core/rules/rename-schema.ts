import { spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const renameSchema: Rule = {
  id: "rename-schema",
  category: "backward-incompatible",
  severity: "error",
  description: "Renaming a schema breaks every query of the running release that names a table through it.",
  safeAlternative:
    "Create the new schema and move objects into it one at a time with views (or a search_path entry) left under the old name, move the app to the new name, then drop the old schema in a later migration.",
  check: (ctx) =>
    ctx.operations.flatMap((op) =>
      op.kind === "rename-schema"
        ? [
            extend(spanOf(op), {
              message: `Renames schema ${op.name} to ${op.newName}: every table, view and function under ${op.name} moves at once, and code of the release still running that names ${op.name} fails until every server runs the new code.`,
            }),
          ]
        : [],
    ),
};
