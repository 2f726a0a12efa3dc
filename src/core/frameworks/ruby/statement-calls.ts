// Calls the handler tables do not know. A call that stands alone as a statement of the forward body runs for
// its effect: a method defined outside the file (a concern, a parent class) or a Rake task may do anything to
// the database, so it is an unknown operation, held for review rather than read as nothing.
import { CallNode } from "@ruby/prism/src/nodes.js";
import { callArgs, constantName, stringLiteral } from "./nodes.js";

/**
 * Methods a migration calls on itself that change no table: Kernel's output and loading, the migration's own
 * output and transaction wrappers, and strong_migrations' `safety_assured` (their blocks are still read).
 * Schema, SQL and reversibility methods have handlers of their own and never get here.
 */
export const PLAIN_RUBY_CALLS: ReadonlySet<string> = new Set([
  "puts",
  "print",
  "p",
  "pp",
  "warn",
  "require",
  "require_relative",
  "sleep",
  "loop",
  "lambda",
  "proc",
  "announce",
  "write",
  "suppress_messages",
  "transaction",
  "connection",
  "safety_assured",
]);

/** `Rake::Task["data:purge"].invoke` (or `.execute`): the task's name, or undefined when not a Rake task. */
export function rakeTask(call: CallNode): string | undefined {
  if (call.name !== "invoke" && call.name !== "execute") return undefined;
  const task = call.receiver;
  if (!(task instanceof CallNode) || task.name !== "[]") return undefined;
  if (constantName(task.receiver)?.replace(/^::/, "") !== "Rake::Task") return undefined;
  const name = stringLiteral(callArgs(task).positional[0])?.value;
  return name !== undefined ? `'${name}'` : "computed at run time";
}
