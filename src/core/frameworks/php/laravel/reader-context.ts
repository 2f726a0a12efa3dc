// What the Laravel reader's handlers share: the bindings a walk tracks, and the part of the reader a handler
// may use (emit operations, resolve names, walk a closure). The dispatcher in ../laravel-reader.ts implements
// `Reader`; the handler tables (schema-calls, blueprint-calls, columns, data-calls, raw-sql, reversibility)
// receive it.
import type { RunTimePart } from "../../../run-time.js";
import type { LearningReader } from "../../shared/known-columns.js";
import type { OperationBody } from "../../shared/toolkit.js";
import type { CallArgs, ChainLink, Node } from "../nodes.js";

/** The table a Schema::create/table closure's `$table` builds or changes. */
export interface Blueprint {
  kind: "blueprint";
  table: string;
  /** The columns of the Schema::create this closure builds, when it builds one. */
  creating?: string[];
}

/** A query builder kept in a variable: `$stale = DB::table('sessions')->where(...)`. */
export interface Builder {
  kind: "builder";
  table: string | undefined;
  links: ChainLink[];
}

export type Binding =
  Blueprint | Builder | { kind: "string"; value: string } | { kind: "strings"; values: string[] };
export type Env = Map<string, Binding>;

/** The reader as its handlers see it. */
export interface Reader extends LearningReader {
  visit(node: Node, env: Env): void;
  /** A literal string, a variable holding one, or a class property/constant (`$this->table`, `self::T`). */
  string(node: Node | undefined, env: Env): string | undefined;
  /** `'a'` or `['a', 'b']` (or a variable holding either) as a list of strings. */
  strings(node: Node | undefined, env: Env): string[] | undefined;
  /** The name a migration computes at run time, named by its source; undefined without an argument. */
  runTime(node: Node | undefined, part: RunTimePart): string | undefined;
  push(node: Node, op: OperationBody): void;
  unknown(node: Node, reason: string): void;
}

/** A call of a facade (`Schema::drop(...)`, `DB::statement(...)`): its arguments and the node for its span. */
export type FacadeHandler = (r: Reader, args: CallArgs, call: Node, env: Env) => void;
