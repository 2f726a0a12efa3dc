import { spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

const MAX_TEXT = 80;

export const unrecognizedOperation: Rule = {
  id: "unrecognized-operation",
  category: "needs-review",
  severity: "warning",
  description:
    "Code or SQL the analyser could not follow (dynamic SQL, unknown statement) needs a human review.",
  safeAlternative:
    "Read what it does yourself; prefer static SQL or framework calls the analyser can follow, and acknowledge the finding with the reason once you have checked it.",
  check: (ctx) =>
    ctx.operations.flatMap((op) => {
      if (op.kind !== "unknown") return [];
      const flat = op.text?.replace(/\s+/g, " ").trim();
      const shown = flat ? ` \`${flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT)}…` : flat}\`` : "";
      return [
        extend(spanOf(op), op.table !== undefined ? { table: op.table } : {}, {
          message: `Could not follow${shown}: ${op.reason.replace(/\.$/, "")}. It was not analysed, so a human must check what it does.`,
        }),
      ];
    }),
};
