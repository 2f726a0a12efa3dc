// What the Sequelize reader's handlers share: the bindings a walk tracks, one `queryInterface` call as a handler
// sees it, and the part of the reader a handler may use. The dispatcher in ../sequelize-reader.ts is the
// `Reader`; the handler tables (schema-calls, columns, data-calls) and raw-sql.ts receive it.
import type { KnownTypes } from "../column-toolkit.js";
import type { Node } from "../nodes.js";
import type { HandleCall, MigrationWalker, Scope } from "../walker.js";

export type Binding =
  | { kind: "queryInterface" }
  /** `queryInterface.sequelize`: runs SQL. */
  | { kind: "sequelize" }
  /** The `Sequelize` class (second parameter): only data types and helpers like `fn` / `literal`. */
  | { kind: "types" };

/** The reader as its handlers see it: the walker (resolve, name, visit, push, unknown, sql) and what it knows. */
export interface Reader extends MigrationWalker<Binding> {
  readonly known: KnownTypes;
  /** `'users'` or `{ tableName: 'users', schema: 'app' }` (`app.users`). */
  table(node: Node | undefined, scope: Scope<Binding>): string | undefined;
}

/** One `queryInterface.<name>(...)` call. */
export type QueryInterfaceCall = HandleCall<Binding>;

export type QueryInterfaceHandler = (r: Reader, c: QueryInterfaceCall) => void;

/** `queryInterface.<name> whose <what> is not a string literal cannot be followed`. */
export const missing = (r: Reader, c: QueryInterfaceCall, what: string): void =>
  r.notLiteral(c.call, `queryInterface.${c.link.name}`, what, c.span);

/** The argument at `i` as a table name. */
export const tableArg = (r: Reader, c: QueryInterfaceCall, i: number): string | undefined =>
  r.table(c.args[i], c.scope);

/** A method that changes nothing a rule looks at: its arguments (callbacks) are still read. */
export const visitArgs: QueryInterfaceHandler = (r, c) => {
  for (const a of c.args) r.visit(a, c.scope);
};
