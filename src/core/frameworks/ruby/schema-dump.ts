// Rails' `db/schema.rb`: the schema after every migration up to its version, for a history whose older
// migrations were squashed away. Read with prism; the `define` block's body is the same schema calls a
// migration makes (`create_table`, `t.string`, `add_foreign_key`), so the migration reader reads it.
import { BlockNode, CallNode, IntegerNode, type Node } from "@ruby/prism/src/nodes.js";
import type { Parsers } from "../../parsers.js";
import type { SchemaDump } from "../../schema/index.js";
import type { Database } from "../../types.js";
import { callArgs, constantName } from "./nodes.js";
import { readRailsMigration } from "./migration-reader.js";
import { RubySource } from "./source.js";

/** `ActiveRecord::Schema.define(version: ...)` or `ActiveRecord::Schema[7.1].define(...)` with its block. */
function defineCall(node: Node): CallNode | undefined {
  if (node instanceof CallNode && node.name === "define" && node.block instanceof BlockNode) {
    const receiver =
      node.receiver instanceof CallNode && node.receiver.name === "[]"
        ? node.receiver.receiver
        : node.receiver;
    if (constantName(receiver) === "ActiveRecord::Schema") return node;
  }
  for (const child of node.compactChildNodes()) {
    const found = defineCall(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * The dump's version and the schema it describes, or undefined when it cannot be read wholly (a syntax error,
 * no `define` with an integer version, a body the reader reports problems in): no seed then (fails closed: the
 * history proves no absence it could not prove before).
 */
export function readSchemaRb(source: string, database: Database, parsers: Parsers): SchemaDump | undefined {
  const parsed = parsers.ruby(source);
  if (parsed.errors.length) return undefined;
  const define = defineCall(parsed.value);
  const version = define && callArgs(define).options.get("version");
  if (!define || !(version instanceof IntegerNode)) return undefined;
  const src = new RubySource(source);
  // The version from its source text: prism's JS deserializer rebuilds integers past 32 bits from signed words
  // (20240101000000 came back as -2079866048), so IntegerNode.value cannot be trusted for a timestamp.
  const digits = src.text(version.location).replace(/_/g, "");
  if (!/^\d+$/.test(digits)) return undefined;
  const body = (define.block as BlockNode).body;
  const text = body ? src.text(body.location) : "";
  // The body as one migration's `up`, so the schema calls are read by the one reader that knows them.
  const read = readRailsMigration(
    `class SchemaDump < ActiveRecord::Migration[6.1]\n  def up\n${text}\n  end\nend\n`,
    database,
    parsers,
  );
  if (read.problems.length) return undefined;
  return { version: BigInt(digits), operations: read.operations };
}
