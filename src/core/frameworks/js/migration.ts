// The frame every JS/TS reader shares: parse the module, find `up`, let the framework read it, then judge the
// way back from `down` unless the framework has its own rule for that.
import type { Node } from "web-tree-sitter";
import type { Parsers } from "../../parsers.js";
import type { FrameworkId, ParsedMigration } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { Emitter } from "./emitter.js";
import { downIrreversibility, exportedFunction, withJsModule, type JsModule } from "./module.js";

export interface JsMigration {
  module: JsModule;
  up: Node;
  out: ParsedMigration;
  emit: Emitter;
}

/**
 * `read` reads `up` (and `down` where it needs old types). It returns true when it judged reversibility
 * itself; otherwise a `down` that is missing, `false`, empty or throwing makes the migration irreversible.
 */
export function readJsMigration(
  framework: FrameworkId,
  input: ParseInput,
  parsers: Parsers,
  missingUp: string,
  read: (m: JsMigration) => boolean | void,
): ParsedMigration {
  return withJsModule(input.path, input.source, parsers, (module) => {
    const out: ParsedMigration = {
      framework,
      operations: [],
      comments: module.comments,
      problems: module.problems,
    };
    const up = exportedFunction(module, "up");
    if (!up) {
      if (out.problems.length === 0)
        out.problems.push({ line: 1, endLine: 1, message: `${missingUp}, so it was not analysed` });
      return out;
    }
    if (read({ module, up, out, emit: new Emitter(out, input.database, parsers) }) === true) return out;
    const down = module.exports.get("down");
    const reason = downIrreversibility(module, down);
    if (reason) {
      const line = (exportedFunction(module, "down") ?? down ?? up).startPosition.row + 1;
      out.operations.push({ kind: "irreversible", reason, line, endLine: line });
    }
    return out;
  });
}
