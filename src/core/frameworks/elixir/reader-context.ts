// What the Ecto reader's handlers share: the bindings a walk tracks, the table a create/alter block works on,
// and the part of the reader a handler may use (emit operations, resolve names, walk a block). The dispatcher in
// ecto-reader.ts implements `Reader`; the handler tables (schema-calls, columns, data-calls, raw-sql) and
// reversibility.ts receive it.
import type { LearningReader } from "../shared/known-columns.js";
import type { OperationBody } from "../shared/toolkit.js";
import type { CallShape, Node } from "./nodes.js";

/** What a queryable selects: its table, its filters, and which columns it requires to be NULL. */
export interface QueryInfo {
  table?: string;
  filtered: boolean;
  nullColumns: Set<string>;
  anyOr: boolean;
  /** Columns assigned by an `update:` inside the query. */
  updates: string[];
  /** The source text of update parts that are not literal keyword lists (`update: ^changes`). */
  unreadUpdates: string[];
}

export type Binding =
  | { kind: "string"; value: string }
  | { kind: "strings"; values: string[] }
  | { kind: "query"; query: QueryInfo };
export type Env = Map<string, Binding>;

/** The table an `alter`/`create table` block works on. */
export interface TableCtx {
  table: string;
  /** The columns of the table being created, when it is a `create`. */
  creating?: string[];
}

/** The reader as its handlers see it. */
export interface Reader extends LearningReader {
  /** Walking `change/0`: commands Ecto cannot reverse make the migration irreversible. */
  readonly invertible: boolean;
  /** `@disable_ddl_transaction true`: only then can CONCURRENTLY run at all. */
  readonly disableDdlTransaction: boolean;
  walk(statements: readonly Node[], env: Env, ctx: TableCtx | undefined): void;
  visit(node: Node, env: Env, ctx: TableCtx | undefined): void;
  /** The body of `&name/0` run forward (`execute(&up/0, &down/0)`); false when it is not a function of the module. */
  followCapture(name: string): boolean;
  /** An atom or string, a variable holding one, or a module attribute (`@table`). */
  name(node: Node | undefined, env: Env): string | undefined;
  /** `[:a, :b]`, `~w(a b)`, or a variable/attribute holding one. */
  names(node: Node | undefined, env: Env): string[] | undefined;
  /** `table(:users)`, `table("users", prefix: "billing")` → "users" / "billing.users". */
  tableOf(node: Node | undefined, env: Env): string | undefined;
  /** `table(expr)` whose name is computed at run time, named by its source. */
  runTimeTable(node: Node | undefined): string | undefined;
  push(node: Node, op: OperationBody): void;
  unknown(node: Node, reason: string): true;
  /** Inside `change/0`, a command Ecto cannot reverse makes the migration irreversible. */
  notInvertible(node: Node, reason: string): void;
}

/** One call the reader knows, by name: true when it was read (its arguments are then not walked again). */
export type CallHandler = (r: Reader, shape: CallShape, node: Node, env: Env) => boolean;
