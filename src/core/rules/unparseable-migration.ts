import { spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

function sentence(text: string): string {
  const trimmed = text.trim().replace(/[.;]+$/, "");
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

export const unparseableMigration: Rule = {
  id: "unparseable-migration",
  category: "needs-review",
  severity: "warning",
  description: "The file could not be read or parsed, so nothing about it is known to be safe.",
  safeAlternative:
    "Read the file yourself before it runs. Fix the syntax if it is wrong; if the analyser is wrong, acknowledge the finding with the reason and report the case.",
  check: (ctx) =>
    ctx.problems.map((problem) => {
      const text = sentence(problem.message);
      // Whatever the reader said, the reader of the report must learn that this part was skipped.
      const skipped = /not analy[sz]ed/i.test(text) ? "" : "; this part was NOT analysed";
      return extend(spanOf(problem), { message: `${text}${skipped}. Nothing in it is known to be safe.` });
    }),
};
