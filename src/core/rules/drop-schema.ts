import { spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const dropSchema: Rule = {
  id: "drop-schema",
  category: "destructive",
  severity: "error",
  description:
    "DROP SCHEMA ... CASCADE deletes every table in the schema; without CASCADE it fails on a schema that holds anything.",
  safeAlternative:
    "Move the tables you keep out of the schema first (ALTER TABLE ... SET SCHEMA), back up the rest, and drop the schema without CASCADE in a later migration so it fails rather than deletes if anything is left.",
  check: (ctx) =>
    ctx.operations.flatMap((op) => {
      if (op.kind !== "drop-schema") return [];
      const what = op.cascade
        ? "with CASCADE, every table, view and function in it is deleted with its rows"
        : "the migration fails if the schema still holds anything, and code of the running release that names it breaks";
      return [extend(spanOf(op), { message: `Drops schema ${op.name}: ${what}.` })];
    }),
};
