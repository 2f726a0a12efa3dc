// Calls the handler tables do not know. A call that stands alone as a statement of the forward body runs for
// its effect: a method defined outside the file (a concern, a parent class) or a Rake task may do anything to
// the database, so it is an unknown operation, held for review rather than read as nothing.
import { CallNode, type LocalVariableReadNode } from "@ruby/prism/src/nodes.js";
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

/**
 * Methods called on a class (a model or any constant) that only read its metadata, reset a cache or wrap a
 * block (whose statements are still read): they change no table.
 */
const PLAIN_CLASS_CALLS: ReadonlySet<string> = new Set([
  "reset_column_information",
  "table_name",
  "table_name=",
  "column_names",
  "columns",
  "columns_hash",
  "primary_key",
  "inheritance_column",
  "attribute_names",
  "table_exists?",
  "clear_cache!",
  "clear_data_source_cache!",
  "reset_sequence_name",
  "transaction",
  "unscoped",
  "name",
  "to_s",
  "inspect",
]);

/**
 * Ruby's own classes and Rails' settings, logging and cache (`ENV.delete`, `Dir.glob(..).each`, `Rails.cache`,
 * `Benchmark.measure { }`): they touch the process and its files, not the database. Not `Kernel`, `IO` or
 * `Process`: `Kernel.system`, `IO.popen` and `Process.spawn` run a program, which may do anything to it.
 */
const PLAIN_ROOTS: ReadonlySet<string> = new Set([
  "Rails",
  "ENV",
  "STDOUT",
  "STDERR",
  "Benchmark",
  "Time",
  "Date",
  "DateTime",
  "Dir",
  "File",
  "FileUtils",
  "JSON",
  "YAML",
  "SecureRandom",
  "Logger",
  "GC",
]);

/**
 * `SomeService.call`, `Backfill.new.run`, `User.recalculate_totals!`: a statement whose receiver chain starts
 * at a constant runs code of the application (or a gem) the reader cannot see. Returns how to name it, or
 * undefined when the call is known to change nothing (metadata, caches, logging, a chain through `logger`).
 */
export function applicationCall(call: CallNode): string | undefined {
  if (PLAIN_CLASS_CALLS.has(call.name)) return undefined;
  let node = call.receiver;
  while (node instanceof CallNode) {
    if (node.name === "logger") return undefined;
    node = node.receiver;
  }
  const root = constantName(node)?.replace(/^::/, "");
  if (root === undefined || PLAIN_ROOTS.has(root.split("::")[0]!)) return undefined;
  return call.receiver === node ? `${root}.${call.name}` : `${root}….${call.name}`;
}

/** Methods of a record or relation that read it again or look at it: they change no row. */
const PLAIN_RECORD_CALLS: ReadonlySet<string> = new Set([
  "reload",
  "valid?",
  "errors",
  "attributes",
  "id",
  "inspect",
]);

/** A statement calling a method of a model loop's record or batch that no handler read: the model's own code. */
export function recordCall(call: CallNode): string | undefined {
  if (PLAIN_RECORD_CALLS.has(call.name) || call.isAttributeWrite()) return undefined;
  const receiver = call.receiver as LocalVariableReadNode;
  return `${receiver.name}.${call.name}`;
}
