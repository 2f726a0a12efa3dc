// What the Alembic reader's handlers share: the names a walk of `upgrade()` remembers, one `op.<name>(...)` call
// as a handler receives it, and the part of the reader a handler may use (emit operations, name a table, tell
// what a value is). The dispatcher in ../alembic-reader.ts implements `Reader`; the handler tables
// (schema-calls, columns, raw-sql, data-calls) receive it.
import type { OperationBody } from "../../shared/toolkit.js";
import type { SqlForwarder } from "../forward-sql.js";
import type { CallArgs, Node } from "../nodes.js";
import type { PythonModule } from "../source.js";
import type { Env as WalkerEnv } from "../walker.js";

export type Binding =
  | { kind: "batch"; table: string }
  | { kind: "table"; table: string }
  | { kind: "sql"; node: Node }
  /** A SQLAlchemy statement built into a variable before `op.execute(stmt)`. */
  | { kind: "statement"; node: Node };
export type Env = WalkerEnv<Binding>;

export interface Reader {
  readonly module: PythonModule;
  readonly sql: SqlForwarder;
  push(node: Node, body: OperationBody): void;
  unknown(node: Node, reason: string): void;
  /** What a value is, as far as the walk goes: a batch, a `sa.table(...)`, SQL text, a statement. */
  binding(value: Node, env: Env): Binding | undefined;
  /** The table a call names at `index` (or by `keyword`), with its `schema=`. */
  tableName(args: CallArgs, index: number, keyword: string): string | undefined;
  /** A string literal, or a module constant holding one. */
  constant(node: Node | undefined): string | undefined;
}

/** One `op.<name>(...)` call (or `batch_op.<name>(...)` inside `with op.batch_alter_table(...)`). */
export interface OpCall {
  node: Node;
  name: string;
  args: CallArgs;
  env: Env;
  /**
   * The argument at `index` or by `keyword`. In a batch the table is implied, so the arguments after the
   * table (at `tableAt`) move one place left.
   */
  at(index: number, keyword: string, tableAt?: number): Node | undefined;
  /** The table at `index` or by `keyword`; in a batch, the batch's table. */
  table(index: number, keyword: string): string | undefined;
  /** Records that the call's `what` is not a string literal, so it cannot be followed. */
  missing(what: string): void;
}

/** One Alembic operation, by its `op.` name. */
export type OpHandler = (r: Reader, op: OpCall) => void;
