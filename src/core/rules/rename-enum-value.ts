import { spanOf, type Rule } from "./rule.js";
import { extend } from "../extend.js";

export const renameEnumValue: Rule = {
  id: "rename-enum-value",
  category: "backward-incompatible",
  severity: "warning",
  description:
    "Renaming an enum value breaks app code of the running release that writes or compares the old label.",
  safeAlternative:
    "Add the new value (ALTER TYPE ... ADD VALUE), move the app to write it and backfill rows in batches, and stop using the old label before retiring it.",
  check: (ctx) =>
    ctx.operations.flatMap((op) =>
      op.kind === "rename-enum-value"
        ? [
            extend(spanOf(op), {
              message: `Renames value '${op.value}' of type ${op.type} to '${op.newValue}': every row holding it changes label at once, and code of the release still running that writes or compares '${op.value}' fails.`,
            }),
          ]
        : [],
    ),
};
