import { spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const dropSequence: Rule = {
  id: "drop-sequence",
  category: "destructive",
  severity: "error",
  description: "Dropping a sequence loses its current value, and inserts that draw ids from it fail.",
  safeAlternative:
    "Keep the sequence until no column default and no code calls it; if it must go, record its current value first (SELECT last_value) and drop it in a later migration.",
  check: (ctx) =>
    ctx.operations.flatMap((op) => {
      if (op.kind !== "drop-sequence") return [];
      const cascade = op.cascade ? "; CASCADE also removes the column defaults that call it" : "";
      return [
        extend(spanOf(op), {
          message: `Drops sequence ${op.name}: its current value is lost (a re-created sequence hands out ids already used) and inserts of the running release that draw from it fail${cascade}.`,
        }),
      ];
    }),
};
