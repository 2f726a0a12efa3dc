// Reads one Knex migration into forward Operations: `up` (however it is exported) and the same-file helpers it
// calls. Schema builder chains (`knex.schema.alterTable(...)`), table builder calls inside their callbacks,
// query builder writes (`knex('users').where(...).update(...)`) and `knex.raw` SQL. `down` is read only to learn
// the type a column had before `.alter()`, and to tell whether the migration can be rolled back.
//
// This file is the dispatcher: it walks the code and hands each call to a handler table keyed by its name:
// `knex.schema.<name>` → SCHEMA_CALLS (knex/schema-calls.ts), `t.<name>` on a table builder → COLUMN_TYPES
// (knex/columns.ts) for column builders, else TABLE_CALLS (knex/table-calls.ts), a query's writing link
// (`.del()`, `.update()`...) → QUERY_CALLS (knex/data-calls.ts), `knex.raw` → knex/raw-sql.ts.
import type { Parsers } from "../../parsers.js";
import type { ParsedMigration, Span } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { handlerFor } from "../shared/toolkit.js";
import { KnownTypes } from "./column-toolkit.js";
import { Emitter } from "./emitter.js";
import { COLUMN_TYPES, readColumn } from "./knex/columns.js";
import { QUERY_TABLE, readQuery } from "./knex/data-calls.js";
import { readRaw } from "./knex/raw-sql.js";
import type { Binding, Reader, TableBinding } from "./knex/reader-context.js";
import { SCHEMA_CALLS, type SchemaCall } from "./knex/schema-calls.js";
import { TABLE_CALLS } from "./knex/table-calls.js";
import { readJsMigration } from "./migration.js";
import { exportedFunction, type JsModule, type Param } from "./module.js";
import { chainOf, spanBetween, spanOf, unwrap, type Link, type Node } from "./nodes.js";
import { MigrationWalker, type Scope } from "./walker.js";

const bindKnex = (param: Param, i: number): [string, Binding][] =>
  i === 0 && param.name !== undefined ? [[param.name, { kind: "knex" }]] : [];

class KnexReader extends MigrationWalker<Binding> implements Reader {
  readonly known = new KnownTypes();

  constructor(
    module: JsModule,
    emit: Emitter,
    readonly database: ParseInput["database"],
  ) {
    super(module, emit);
  }

  run(up: Node, down: Node | undefined): void {
    this.readDownThenUp(up, down, ".alter(", bindKnex);
  }

  protected override binding(value: Node, scope: Scope<Binding>): Binding | undefined {
    // `const trx = await knex.transaction()`
    const chain = chainOf(value);
    if (
      chain.links.length === 1 &&
      chain.links[0]!.name === "transaction" &&
      this.isHandle(chain.root, scope, "knex")
    )
      return { kind: "knex" };
    return undefined;
  }

  protected call(call: Node, scope: Scope<Binding>): boolean {
    const { root, links } = chainOf(call);
    if (links.length === 0) {
      // `knex('users')` on its own reads nothing.
      return false;
    }
    if (root.type === "call_expression") {
      const fn = root.childForFieldName("function");
      if (!fn || !this.isHandle(unwrap(fn), scope, "knex")) return false;
      const args = root.childForFieldName("arguments")?.namedChildren.filter((c): c is Node => c !== null);
      readQuery(this, root, this.name(args?.[0], scope), links, scope);
      return true;
    }
    if (root.type !== "identifier") return false;
    const bound = scope.bindings.get(root.text);
    if (bound?.kind === "table") {
      this.tableCall(root, bound, links, scope);
      return true;
    }
    if (!this.isHandle(root, scope, "knex")) return false;
    const [first, ...rest] = links;
    switch (first!.name) {
      case "schema":
        this.schema(rest, scope);
        return true;
      case "raw":
        if (first!.call) readRaw(this, first!, scope);
        this.promise(rest, scope);
        return true;
      case "transaction":
        this.callback(first!.args[0], scope, bindKnex);
        this.promise(rest, scope);
        return true;
      default:
        if (QUERY_TABLE.has(first!.name) || first!.name === "queryBuilder" || first!.name === "select") {
          readQuery(this, root, undefined, links, scope);
          return true;
        }
        // knex.fn.now(), knex.destroy(), knex.ref(): nothing to read.
        this.promise(links, scope);
        return true;
    }
  }

  /** `.then(cb)` and friends after a builder: the callbacks run. */
  private promise(links: Link[], scope: Scope<Binding>): void {
    for (const link of links) for (const a of link.args) this.visit(a, scope);
  }

  /** `knex.schema.withSchema(...).createTable(...)...`: each call by SCHEMA_CALLS. */
  private schema(links: Link[], scope: Scope<Binding>): void {
    const chain: SchemaCall["chain"] = {};
    for (const link of links) {
      const call = link.call;
      if (!call) continue;
      const span = spanBetween(link.nameNode, call);
      const handler = handlerFor(SCHEMA_CALLS, link.name);
      if (handler) handler(this, { link, call, span, scope, chain });
      else this.unknown(call, `knex.schema.${link.name} is not a schema method the reader knows`, span);
    }
  }

  /** `t.string(...)...`, `t.dropColumn(...)` on a table builder: COLUMN_TYPES, then TABLE_CALLS. */
  private tableCall(root: Node, t: TableBinding, links: Link[], scope: Scope<Binding>): void {
    const first = links[0]!;
    const call = first.call;
    if (!call) return;
    const last = links[links.length - 1]!;
    const node = last.call ?? call;
    const span: Span = { line: root.startPosition.row + 1, endLine: spanOf(node).endLine };
    const column = handlerFor(COLUMN_TYPES, first.name);
    if (column) return readColumn(this, span, t, first, links.slice(1), column(first.args.slice(1)), scope);
    const handler = handlerFor(TABLE_CALLS, first.name);
    if (handler) return handler(this, { t, first, node, span, scope });
    this.unknown(node, `table.${first.name}() is not a table builder method the reader knows`, span);
  }
}

export function readKnexMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return readJsMigration(
    "knex",
    input,
    parsers,
    "No exported `up` function was found in this Knex migration",
    ({ module, up, emit }) => {
      new KnexReader(module, emit, input.database).run(up, exportedFunction(module, "down"));
    },
  );
}
