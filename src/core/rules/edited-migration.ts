import type { Rule, RuleContext } from "./rule.js";

function message(ctx: RuleContext): string | undefined {
  const alreadyRan =
    "environments that already ran it (staging, production) will not run it again, so they and fresh databases end up with different schemas";
  switch (ctx.status) {
    case "modified":
      return `This migration was edited after it reached the base branch: ${alreadyRan}.`;
    case "renamed": {
      const from = ctx.previousPath ? ` from ${ctx.previousPath}` : "";
      return `This migration was renamed${from}: ${alreadyRan}, and a framework that keys migrations by file name or version may take it for a new one and run it a second time.`;
    }
    case "deleted":
      return "This migration was deleted: environments that already ran it keep its changes while fresh databases never get them, and frameworks that check their history (Django, Flyway) may refuse to migrate.";
    default:
      return undefined;
  }
}

export const editedMigration: Rule = {
  id: "edited-migration",
  category: "needs-review",
  severity: "warning",
  description:
    "Editing, renaming or deleting a migration that exists on the base branch: it will not re-run where it already ran.",
  safeAlternative:
    "Leave migrations that may have run as they are, and write a new migration that makes the change.",
  check: (ctx) => {
    const text = message(ctx);
    return text ? [{ line: 1, endLine: 1, message: text }] : [];
  },
};
