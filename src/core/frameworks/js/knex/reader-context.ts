// What the Knex reader's handlers share: the bindings a walk tracks, and the part of the reader a handler may
// use. The dispatcher in ../knex-reader.ts is the `Reader`; the handler tables (schema-calls, table-calls,
// columns, data-calls) and raw-sql.ts receive it.
import type { Database } from "../../../types.js";
import type { KnownTypes } from "../column-toolkit.js";
import type { MigrationWalker } from "../walker.js";

/** The table builder a createTable / alterTable callback receives. */
export interface TableBinding {
  kind: "table";
  table: string;
  create: boolean;
  /** The columns of the table being created, when `create`. */
  columns: string[];
}

export type Binding = { kind: "knex" } | TableBinding;

/** The reader as its handlers see it: the walker (resolve, name, visit, push, unknown, sql) and what it knows. */
export interface Reader extends MigrationWalker<Binding> {
  /** Types of columns as this file knows them (added earlier, or restored by `down`). */
  readonly known: KnownTypes;
  readonly database: Database;
}
