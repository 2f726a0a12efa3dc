// Reads one node-pg-migrate migration into forward Operations: the `pgm` calls of `up` and the same-file helpers
// it calls, and `pgm.sql(...)` SQL. `down` is read only to learn the type a column had before `alterColumn`.
// Without a `down`, node-pg-migrate inverts `up` itself, which works only when every call has an inverse.
//
// This file is the dispatcher: `pgm.<name>(...)` is one entry of PGM_CALLS below, made of SCHEMA_CALLS (tables,
// indexes, constraints: node-pg-migrate/schema-calls.ts), COLUMN_CALLS (addColumns, dropColumns,
// renameColumn, alterColumn: node-pg-migrate/columns.ts) and SQL_CALLS (`pgm.sql`: node-pg-migrate/raw-sql.ts);
// which calls node-pg-migrate can invert is node-pg-migrate/reversibility.ts.
import type { Parsers } from "../../parsers.js";
import type { ParsedMigration } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { handlerFor } from "../shared/toolkit.js";
import { KnownTypes } from "./column-toolkit.js";
import { readJsMigration } from "./migration.js";
import { exportedFunction, type Param } from "./module.js";
import { COLUMN_CALLS } from "./node-pg-migrate/columns.js";
import { readDbQuery, SQL_CALLS } from "./node-pg-migrate/raw-sql.js";
import type { Binding, PgmHandler, Reader } from "./node-pg-migrate/reader-context.js";
import { cannotInvert, INVERTIBLE, type NotInvertible } from "./node-pg-migrate/reversibility.js";
import { SCHEMA_CALLS } from "./node-pg-migrate/schema-calls.js";
import { chainOf, spanBetween, type Node } from "./nodes.js";
import { MigrationWalker, type Scope } from "./walker.js";

/** Every MigrationBuilder method the reader knows, by name; any other is an `unknown`. */
// eslint-disable-next-line no-restricted-syntax -- one table, built once when the module loads
const PGM_CALLS: Readonly<Record<string, PgmHandler>> = { ...SCHEMA_CALLS, ...COLUMN_CALLS, ...SQL_CALLS };

class PgmReader extends MigrationWalker<Binding> implements Reader {
  readonly known = new KnownTypes();
  /** The first call node-pg-migrate cannot invert, for a migration without `down`. */
  notInvertible: NotInvertible | undefined;

  run(up: Node, down: Node | undefined): void {
    const bind = (param: Param, i: number): [string, Binding][] =>
      i === 0 && param.name !== undefined ? [[param.name, { kind: "pgm" }]] : [];
    this.readDownThenUp(up, down, "alterColumn", bind);
  }

  table(node: Node | undefined, scope: Scope<Binding>): string | undefined {
    return this.namedTable(node, scope, "name");
  }

  protected call(call: Node, scope: Scope<Binding>): boolean {
    const { root, links } = chainOf(call);
    if (!this.isHandle(root, scope, "pgm") || links.length === 0) return false;
    const link = links[0]!;
    if (link.name === "db") {
      const query = readDbQuery(this, links[1], scope);
      if (query) this.nonInvertible("db.query", spanBetween(link.nameNode, query));
      return true;
    }
    if (!link.call) return false;
    const span = spanBetween(link.nameNode, link.call);
    if (!INVERTIBLE.has(link.name)) this.nonInvertible(link.name, span);
    const handler = handlerFor(PGM_CALLS, link.name);
    if (handler) handler(this, { link, call: link.call, args: link.args, span, scope });
    else this.unknown(link.call, `pgm.${link.name} is not a MigrationBuilder method the reader knows`, span);
    return true;
  }

  private nonInvertible(name: string, span: NotInvertible["span"]): void {
    if (!this.learning && !this.notInvertible) this.notInvertible = { name, span };
  }
}

export function readNodePgMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return readJsMigration(
    "node-pg-migrate",
    input,
    parsers,
    "No exported `up` function was found in this node-pg-migrate migration",
    ({ module, up, out, emit }) => {
      const reader = new PgmReader(module, emit);
      reader.run(up, exportedFunction(module, "down"));
      if (module.exports.get("down")) return false;
      // node-pg-migrate inverts `up` itself when there is no down; it refuses on a call without an inverse.
      if (reader.notInvertible) out.operations.push(cannotInvert(reader.notInvertible));
      return true;
    },
  );
}
