import { spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const addDomainConstraint: Rule = {
  id: "add-domain-constraint",
  category: "locking",
  severity: "warning",
  description:
    "A validated constraint added to a domain checks every column of every table that uses the domain, under lock.",
  safeAlternative:
    "Add the domain constraint `NOT VALID` (checks new values only), then `ALTER DOMAIN ... VALIDATE CONSTRAINT` in a separate migration.",
  check: (ctx) => {
    if (ctx.database !== "postgresql") return [];
    return ctx.operations.flatMap((op) => {
      if (op.kind !== "add-domain-constraint" || !op.validated) return [];
      const name = op.name ? ` ${op.name}` : "";
      return [
        extend(spanOf(op), {
          message: `Adds constraint${name} to domain ${op.domain}: PostgreSQL checks every row of every table with a column of that domain, and blocks writes to those tables while it does.`,
          safeAlternative: `Add it with \`NOT VALID\`, then \`ALTER DOMAIN ${op.domain} VALIDATE CONSTRAINT ...\` in a separate migration.`,
        }),
      ];
    });
  },
};
