// Reads one Alembic revision into forward Operations: `upgrade()` and the same-file helpers it calls.
// `downgrade()` is read only to tell whether the revision can be rolled back (alembic/reversibility.ts).
//
// This file is the dispatcher: it walks `upgrade()` and hands each `op.<name>(...)` call (and `batch_op.<name>`
// inside `with op.batch_alter_table(...)`) to the handler its name keys: SCHEMA_CALLS (alembic/schema-calls.ts:
// create_table, drop_table, drop_column, indexes, constraints...), COLUMN_CALLS (alembic/columns.ts: add_column,
// alter_column), SQL_CALLS (alembic/raw-sql.ts: execute). `conn.execute(...)` goes to raw-sql.ts too, ORM
// `query(...).delete()` / `.update()` to alembic/data-calls.ts.
import type { Parsers } from "../../parsers.js";
import type { ParsedMigration } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { handlerFor, unknownOperation, type OperationBody } from "../shared/toolkit.js";
import { operationAt } from "../tree-sitter.js";
import { COLUMN_CALLS } from "./alembic/columns.js";
import { ormQuery, sqlStatement } from "./alembic/data-calls.js";
import { execute, SQL_CALLS, SQL_METHODS } from "./alembic/raw-sql.js";
import type { Binding, Env, OpCall, Reader } from "./alembic/reader-context.js";
import { irreversibility } from "./alembic/reversibility.js";
import { NO_SCHEMA_CHANGE, SCHEMA_CALLS } from "./alembic/schema-calls.js";
import type { SqlForwarder } from "./forward-sql.js";
import { readPythonMigration } from "./migration.js";
import {
  callArgs,
  dottedName,
  methodName,
  receiver,
  stringValue,
  unwrap,
  type CallArgs,
  type Node,
} from "./nodes.js";
import { resolveConstant, type PythonModule } from "./source.js";
import { PythonWalker } from "./walker.js";

const TABLE_FACTORIES = new Set(["table", "Table"]);

export function readAlembicMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return readPythonMigration("alembic", input, parsers, (module, sql, out) => {
    const upgrade = module.functions.get("upgrade");
    if (!upgrade) {
      out.problems.push({
        line: 1,
        endLine: 1,
        message:
          "No top-level `upgrade()` function was found in this Alembic revision, so it was not analysed",
      });
      return;
    }
    new Upgrade(module, sql, out).run();
    const reason = irreversibility(module.functions.get("downgrade"));
    if (reason) {
      const where = module.functions.get("downgrade") ?? upgrade;
      const line = where.startPosition.row + 1;
      out.operations.push({ kind: "irreversible", reason, line, endLine: line });
    }
  });
}

class Upgrade extends PythonWalker<Binding> implements Reader {
  constructor(
    // Public here: the handlers read the module's classes and constants through `Reader`.
    override readonly module: PythonModule,
    readonly sql: SqlForwarder,
    private readonly out: ParsedMigration,
  ) {
    super(module);
  }

  run(): void {
    this.follow("upgrade", []);
    // The multi-database template dispatches with `globals()[f"upgrade_{engine_name}"]()`: every
    // `upgrade_<engine>` function may run.
    const upgrade = this.module.functions.get("upgrade");
    if (upgrade?.text.includes("globals()")) {
      for (const name of this.module.functions.keys()) {
        if (name.startsWith("upgrade_")) this.follow(name, []);
      }
    }
  }

  // ---------------------------------------------------------------- output and names (the handlers' Reader)

  push(node: Node, body: OperationBody): void {
    this.out.operations.push(operationAt(node, body));
  }

  unknown(node: Node, reason: string): void {
    this.push(node, unknownOperation(reason, node.text));
  }

  binding(value: Node, env: Env): Binding | undefined {
    const n = unwrap(value);
    if (n.type === "call") {
      const name = methodName(n);
      const recv = receiver(n);
      if (name === "batch_alter_table" && recv && this.isOp(recv)) {
        const table = this.tableName(callArgs(n), 0, "table_name");
        return table === undefined ? undefined : { kind: "batch", table };
      }
      if (name && TABLE_FACTORIES.has(name)) {
        const args = callArgs(n);
        const table = this.tableName(args, 0, "name");
        return table === undefined ? undefined : { kind: "table", table };
      }
      if (name === "text" && callArgs(n).positional[0])
        return { kind: "sql", node: callArgs(n).positional[0]! };
      if (sqlStatement(this, n, env)) return { kind: "statement", node: n };
    }
    if (n.type === "identifier") {
      const bound = env.get(n.text);
      if (bound !== undefined) return bound;
      // A module-level `orders = sa.table(...)` or SQL constant, read where the helper uses it.
      const value = resolveConstant(this.module, n);
      return value.type === "identifier" ? undefined : this.binding(value, new Map());
    }
    if (stringValue(n) !== undefined) return { kind: "sql", node: n };
    return undefined;
  }

  tableName(args: CallArgs, index: number, keyword: string): string | undefined {
    const node = args.keywords.get(keyword) ?? args.positional[index];
    const name = this.constant(node);
    if (name === undefined) return undefined;
    const schema = stringValue(args.keywords.get("schema"));
    return schema ? `${schema}.${name}` : name;
  }

  constant(node: Node | undefined): string | undefined {
    return node ? stringValue(resolveConstant(this.module, unwrap(node))) : undefined;
  }

  /** `op`, however it was imported. */
  private isOp(node: Node): boolean {
    const n = unwrap(node);
    if (n.type !== "identifier") return dottedName(n) === "alembic.op";
    return n.text === "op" || this.module.imports.get(n.text) === "alembic.op";
  }

  // ---------------------------------------------------------------- dispatch

  protected call(call: Node, env: Env): boolean {
    const name = methodName(call) ?? "";
    const recv = receiver(call);
    if (!recv) return false;
    if (this.isOp(recv)) {
      this.opCall(call, name, undefined, env);
      return true;
    }
    const bound = recv.type === "identifier" ? env.get(recv.text) : undefined;
    if (bound?.kind === "batch") {
      this.opCall(call, name, bound.table, env);
      return true;
    }
    if (SQL_METHODS.has(name)) {
      // conn.execute / op.get_bind().execute / session.execute: in an upgrade, always the database.
      execute(this, call, callArgs(call).positional[0], env);
      return true;
    }
    if (name === "delete" || name === "update") return ormQuery(this, call, name);
    return false;
  }

  /** `op.<name>(...)`, or `batch_op.<name>(...)` on the batch's table. */
  private opCall(node: Node, name: string, batchTable: string | undefined, env: Env): void {
    const args = callArgs(node);
    // In a batch the table is implied, so the arguments after it move one place left.
    const shift = batchTable === undefined ? 0 : 1;
    const op: OpCall = {
      node,
      name,
      args,
      env,
      at: (index, keyword, tableAt = 0) =>
        args.keywords.get(keyword) ?? args.positional[index > tableAt ? index - shift : index],
      table: (index, keyword) => batchTable ?? this.tableName(args, index, keyword),
      missing: (what) =>
        this.unknown(node, `op.${name} whose ${what} is not a string literal cannot be followed`),
    };
    const handler =
      handlerFor(SCHEMA_CALLS, name) ?? handlerFor(COLUMN_CALLS, name) ?? handlerFor(SQL_CALLS, name);
    if (handler) return handler(this, op);
    if (NO_SCHEMA_CHANGE.has(name)) return;
    this.unknown(node, `op.${name} is not an Alembic operation the reader knows`);
  }
}
