// Reads one Django migration file into forward Operations: the `operations` list of its `Migration` class,
// with `RunSQL` followed into SQL and `RunPython` followed into the functions of the same file.
// Django migrations state only the new shape of a field, never the old one, so an `AlterField` is a type change
// whose safety cannot be told (neither widening nor lossy), and `null=False` there cannot be told from "unchanged".
//
// This file is the dispatcher: each operation goes to the handler its class name keys: SCHEMA_OPERATIONS
// (django/schema-operations.ts: CreateModel, AddField, RemoveField, AlterField...; fields in django/fields.ts),
// SQL_OPERATIONS (django/raw-sql.ts: RunSQL), DATA_OPERATIONS (django/data-calls.ts: RunPython and the ORM).
import type { Parsers } from "../../parsers.js";
import type { ParsedMigration } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { handlerFor, unknownOperation, type OperationBody } from "../shared/toolkit.js";
import { operationAt } from "../tree-sitter.js";
import { DATA_OPERATIONS } from "./django/data-calls.js";
import { SQL_OPERATIONS } from "./django/raw-sql.js";
import type { Reader } from "./django/reader-context.js";
import { NO_SCHEMA_CHANGE, SCHEMA_OPERATIONS } from "./django/schema-operations.js";
import type { SqlForwarder } from "./forward-sql.js";
import { readPythonMigration } from "./migration.js";
import { callArgs, elements, expressionOf, methodName, statementsOf, unwrap, type Node } from "./nodes.js";
import { resolveConstant, type PythonModule } from "./source.js";

/** The Django app label: the directory that holds `migrations/`. */
export function appLabel(path: string): string | undefined {
  const parts = path.split("/");
  const at = parts.lastIndexOf("migrations");
  return at > 0 ? parts[at - 1] : undefined;
}

export function readDjangoMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return readPythonMigration("django", input, parsers, (module, sql, out) =>
    new DjangoReader(input, module, sql, out).read(),
  );
}

class DjangoReader implements Reader {
  private readonly app: string | undefined;
  /** Tables this file gave a model (`db_table`, `AlterModelTable`), by lower-case model name. */
  readonly tables = new Map<string, string>();

  constructor(
    input: ParseInput,
    readonly module: PythonModule,
    readonly sql: SqlForwarder,
    private readonly out: ParsedMigration,
  ) {
    this.app = appLabel(input.path);
  }

  read(): void {
    const migration = this.module.classes.get("Migration");
    if (!migration) {
      this.out.problems.push({
        line: 1,
        endLine: 1,
        message:
          "No `Migration` class was found at the top level of this Django migration, so it was not analysed",
      });
      return;
    }
    let list: Node | undefined;
    for (const statement of statementsOf(migration.childForFieldName("body"))) {
      const assignment = expressionOf(statement);
      if (assignment?.type !== "assignment") continue;
      if (assignment.childForFieldName("left")?.text !== "operations") continue;
      list = assignment.childForFieldName("right") ?? undefined;
    }
    if (list) this.operations(list);
  }

  // ---------------------------------------------------------------- output and tables

  push(node: Node, body: OperationBody): void {
    this.out.operations.push(operationAt(node, body));
  }

  unknown(node: Node, reason: string): void {
    this.push(node, unknownOperation(reason, node.text));
  }

  table(model: string): string {
    const key = model.toLowerCase();
    return this.tables.get(key) ?? (this.app ? `${this.app}_${key}` : key);
  }

  operations(list: Node): void {
    const items = elements(resolveConstant(this.module, unwrap(list)));
    if (!items) {
      this.unknown(list, "the operations are not a list literal the reader can follow");
      return;
    }
    for (const item of items) {
      const node = unwrap(item);
      if (node.type === "call") this.operation(node);
      else this.unknown(node, "an operation that is not a constructor call cannot be followed");
    }
  }

  private operation(call: Node): void {
    const name = methodName(call) ?? "";
    const handler =
      handlerFor(SCHEMA_OPERATIONS, name) ??
      handlerFor(SQL_OPERATIONS, name) ??
      handlerFor(DATA_OPERATIONS, name);
    if (handler) return handler(this, call, callArgs(call), name);
    if (NO_SCHEMA_CHANGE.has(name)) return;
    this.unknown(call, `${name || "this call"} is not a Django migration operation the reader knows`);
  }

  // ---------------------------------------------------------------- shared with the RunPython reader

  /** The table of a model named in forward code: `apps.get_model("app", "Model")` or an imported class. */
  modelTable(app: string | undefined, model: string): string {
    if (app === undefined || app === this.app) return this.table(model);
    return `${app}_${model.toLowerCase()}`;
  }
}
