import { spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const dropDatabase: Rule = {
  id: "drop-database",
  category: "destructive",
  severity: "error",
  description: "DROP DATABASE deletes every table of the database and every row in them.",
  safeAlternative:
    "Do not drop databases from a migration: retire a database by hand, after a backup, once nothing connects to it; a migration runs on every environment, production included.",
  check: (ctx) =>
    ctx.operations.flatMap((op) =>
      op.kind === "drop-database"
        ? [
            extend(spanOf(op), {
              message: `Drops database ${op.name}: every table and row in it is deleted, and rolling back the release does not bring them back.`,
            }),
          ]
        : [],
    ),
};
