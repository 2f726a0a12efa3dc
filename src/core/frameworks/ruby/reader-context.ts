// What the Rails reader's handlers share: the bindings a walk tracks, the context of one scope, and the part of
// the reader a handler may use (emit operations, resolve names, walk a block). The dispatcher in
// migration-reader.ts implements `Reader`; the handler tables (schema-calls, data-calls, raw-sql,
// reversibility) receive it.
import type { ColumnType } from "../../column-types/index.js";
import type { RunTimePart } from "../../run-time.js";
import type { Parsers } from "../../parsers.js";
import type { Database, Operation, ParsedMigration, Span } from "../../types.js";
import type { OperationBody } from "../shared/toolkit.js";
import type { CallNode, DefNode } from "@ruby/prism/src/nodes.js";
import type { Node } from "./nodes.js";
import type { RubySource } from "./source.js";

export interface Relation {
  table: string;
  filtered: boolean;
  /** Columns the relation's filter requires to be NULL (`where(col: nil)`). */
  nullColumns: ReadonlySet<string>;
}

export type Binding =
  | { kind: "literal"; value: string; contentOffset?: number }
  | { kind: "list"; values: string[] }
  | { kind: "direction" }
  | { kind: "connection" }
  | { kind: "table"; table: string; creating: boolean; columns: string[] }
  | { kind: "relation"; rel: Relation }
  | { kind: "record"; rel: Relation };

export interface Ctx {
  /** Inside `change` and outside `reversible`/`up_only`: every call must be one Rails knows how to invert. */
  invertible: boolean;
  /** Local variables this scope knows the value of; a block or helper gets its own copy. */
  env: Map<string, Binding>;
  /** Helper methods being followed, innermost last, so a recursive helper is read once. */
  following: readonly string[];
}

export interface IrreversibleMark extends Span {
  reason: string;
}

/** The reader as its handlers see it. */
export interface Reader {
  readonly src: RubySource;
  readonly database: Database;
  readonly parsers: Parsers;
  readonly result: ParsedMigration;
  /** Where operations go; `revert { }` swaps it to collect the block's operations before inverting them. */
  operations: Operation[];
  /** Model constant (last segment) → table, from classes defined in this file. */
  readonly models: ReadonlyMap<string, string>;
  /** File- and class-level constants holding literals (`TABLES = %i[a b]`). */
  readonly constants: ReadonlyMap<string, Binding>;
  /** The migration class's methods, for following helpers. */
  readonly methods: ReadonlyMap<string, DefNode>;
  /** `table.column` → type, from columns this file adds or the `down` that restores them. */
  readonly knownTypes: Map<string, ColumnType>;
  readonly irreversible: IrreversibleMark | undefined;
  /** false after `disable_ddl_transaction!` in the class body: only then can CONCURRENTLY run at all. */
  readonly inTransaction: boolean;
  walkBlock(block: Node | null, ctx: Ctx): void;
  /** Walks a call's receiver, arguments and block as plain code. */
  walkChildren(call: CallNode, ctx: Ctx): void;
  /** A symbol, string, or a variable or constant bound to one. */
  name(node: Node | undefined | null, ctx: Ctx): string | undefined;
  /**
   * Arguments as names, a splat of a literal list (`*%i[a b]`, `*COLUMNS`) spread into its values; a name the
   * reader cannot resolve is spelled as computed at run time (`part` says what it names).
   */
  names(nodes: readonly Node[], ctx: Ctx, part: RunTimePart): string[];
  push(node: CallNode, op: OperationBody): void;
  unknown(node: CallNode, reason: string): void;
  /** Inside `change`, a call Rails cannot invert makes the migration irreversible. */
  notInvertible(ctx: Ctx, node: CallNode, reason: string): void;
  markIrreversible(span: Span, reason: string): void;
}
