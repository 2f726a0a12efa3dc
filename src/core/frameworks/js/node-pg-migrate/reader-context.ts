// What the node-pg-migrate reader's handlers share: one `pgm` call as a handler sees it, and the part of the
// reader a handler may use. The dispatcher in ../node-pg-migrate-reader.ts is the `Reader`; the handler tables
// (schema-calls, columns, raw-sql) and reversibility.ts receive it.
import type { KnownTypes } from "../column-toolkit.js";
import { stringList, type Node } from "../nodes.js";
import type { HandleCall, MigrationWalker, Scope } from "../walker.js";

export type Binding = { kind: "pgm" };

/** The reader as its handlers see it: the walker (resolve, name, visit, push, unknown, sql) and what it knows. */
export interface Reader extends MigrationWalker<Binding> {
  readonly known: KnownTypes;
  /** `'users'` or `{ schema: 'app', name: 'users' }` (`app.users`). */
  table(node: Node | undefined, scope: Scope<Binding>): string | undefined;
}

/** One `pgm.<name>(...)` call. */
export type PgmCall = HandleCall<Binding>;

export type PgmHandler = (r: Reader, c: PgmCall) => void;

/** `pgm.<name> whose <what> is not a string literal cannot be followed`. */
export const missing = (r: Reader, c: PgmCall, what: string): void =>
  r.notLiteral(c.call, `pgm.${c.link.name}`, what, c.span);

/** The first argument as a table name. */
export const tableArg = (r: Reader, c: PgmCall): string | undefined => r.table(c.args[0], c.scope);

/** `'a'`, `['a', 'b']`, `[{ name: 'a', sort: 'DESC' }]`. */
export const columnNames = (r: Reader, node: Node | undefined, scope: Scope<Binding>): string[] | undefined =>
  stringList(r.resolve(node, scope), ["name"]);
