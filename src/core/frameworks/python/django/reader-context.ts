// What the Django reader's handlers share: the part of the reader a handler may use (emit operations, name a
// model's table, read a nested operations list). The dispatcher in ../django-reader.ts implements `Reader`; the
// handler tables (schema-operations, raw-sql, data-calls) receive it.
import type { OperationBody } from "../../shared/toolkit.js";
import type { SqlForwarder } from "../forward-sql.js";
import type { CallArgs, Node } from "../nodes.js";
import type { PythonModule } from "../source.js";

export interface Reader {
  readonly module: PythonModule;
  readonly sql: SqlForwarder;
  /** Tables this file gave a model (`db_table`, `AlterModelTable`), by lower-case model name. */
  readonly tables: Map<string, string>;
  /** The table of a model of this app: its `db_table`, else `<app>_<model>`. */
  table(model: string): string;
  /** The table of a model named in forward code: `apps.get_model("app", "Model")` or an imported class. */
  modelTable(app: string | undefined, model: string): string;
  /** Reads a list of operations (the migration's, or SeparateDatabaseAndState's database_operations). */
  operations(list: Node): void;
  push(node: Node, body: OperationBody): void;
  unknown(node: Node, reason: string): void;
}

/** One Django operation, by its class name: the call, its arguments, and the name it was called by. */
export type OperationHandler = (r: Reader, call: Node, args: CallArgs, name: string) => void;
