// The table builder a createTable / alterTable callback receives: `t.dropColumn(...)`, `t.index(...)`,
// `t.foreign(...)`..., one entry of TABLE_CALLS per method. Column builders (`t.string(...)`) are in columns.ts.
import type { Span } from "../../../types.js";
import { booleanValue, entriesOf, stringList, stringValue, type Link, type Node } from "../nodes.js";
import type { Scope } from "../walker.js";
import type { Binding, Reader, TableBinding } from "./reader-context.js";

/** One table builder call: `t.<first>(...)` and the links chained after it. */
export interface TableCall {
  t: TableBinding;
  first: Link;
  /** The node an `unknown` shows: the last call of the chain. */
  node: Node;
  /** From the builder's name to the end of the chain. */
  span: Span;
  scope: Scope<Binding>;
}

type TableHandler = (r: Reader, c: TableCall) => void;

const missing = (r: Reader, c: TableCall, what: string): void =>
  r.notLiteral(c.node, `${c.first.name}()`, what, c.span);

/** The string arguments, each a name or a list of names. */
function names(r: Reader, c: TableCall): string[] | undefined {
  const out: string[] = [];
  for (const a of c.first.args) {
    const list = stringList(r.resolve(a, c.scope));
    if (!list) return undefined;
    out.push(...list);
  }
  return out;
}

const dropColumn: TableHandler = (r, c) => {
  const columns = names(r, c);
  if (!columns) return missing(r, c, "column name");
  for (const column of columns) r.push(c.span, { kind: "drop-column", table: c.t.table, column });
};

/** `t.index(cols, name)`, `t.unique(cols, { indexName, useConstraint })`. */
const index =
  (unique: boolean): TableHandler =>
  (r, c) => {
    const columns = stringList(r.resolve(c.first.args[0], c.scope));
    const options = r.resolve(c.first.args[1], c.scope);
    const name = stringValue(options) ?? stringValue(entriesOf(options).get("indexName"));
    if (!columns) return missing(r, c, "columns");
    const useConstraint = booleanValue(entriesOf(options).get("useConstraint"));
    const table = c.t.table;
    if (unique && useConstraint !== false) {
      r.push(c.span, {
        kind: "add-constraint",
        table,
        constraint: "unique",
        ...(name !== undefined ? { name } : {}),
        validated: true,
      });
    } else {
      r.push(c.span, {
        kind: "add-index",
        table,
        columns,
        ...(name !== undefined ? { name } : {}),
        ...(unique ? { unique: true } : {}),
      });
    }
  };

/** A constraint named by the argument at `at` (`t.foreign(cols, name)`, `t.check(sql, bindings, name)`). */
const constraint =
  (kind: "foreign-key" | "check", at: number): TableHandler =>
  (r, c) => {
    const name = r.name(c.first.args[at], c.scope);
    r.push(c.span, {
      kind: "add-constraint",
      table: c.t.table,
      constraint: kind,
      ...(name !== undefined ? { name } : {}),
      validated: true,
    });
  };

/** `t.dropUnique(cols, name)`, `t.dropForeign(cols, name)`, `t.dropPrimary(name)`, `t.dropChecks(...)`. */
const dropConstraint =
  (at: number): TableHandler =>
  (r, c) => {
    const name = r.name(c.first.args[at], c.scope);
    r.push(c.span, { kind: "drop-constraint", table: c.t.table, ...(name !== undefined ? { name } : {}) });
  };

/** `setNullable(c)` / `dropNullable(c)`: Knex's names read backwards, dropNullable removes the permission to hold NULL. */
const nullable =
  (kind: "set-not-null" | "drop-not-null"): TableHandler =>
  (r, c) => {
    const column = r.name(c.first.args[0], c.scope);
    if (column === undefined) return missing(r, c, "column name");
    r.push(c.span, { kind, table: c.t.table, column });
  };

/** Table builder methods that change nothing a rule looks at. */
const harmless: TableHandler = () => {};

/** What each table builder method does; a name the table (and COLUMN_TYPES) lacks is an `unknown`. */
export const TABLE_CALLS: Readonly<Record<string, TableHandler>> = {
  dropColumn,
  dropColumns: dropColumn,
  renameColumn(r, c) {
    const [from, to] = [r.name(c.first.args[0], c.scope), r.name(c.first.args[1], c.scope)];
    if (from === undefined || to === undefined) return missing(r, c, "column names");
    r.push(c.span, { kind: "rename-column", table: c.t.table, column: from, newName: to });
  },
  timestamps(r, c) {
    const defaultToNow = booleanValue(c.first.args[1]) === true;
    for (const column of ["created_at", "updated_at"]) {
      if (c.t.create) c.t.columns.push(column);
      else
        r.push(c.span, {
          kind: "add-column",
          table: c.t.table,
          column,
          type: "timestamp",
          notNull: defaultToNow,
          ...(defaultToNow ? { default: { volatile: false, text: "CURRENT_TIMESTAMP" } } : {}),
        });
    }
  },
  dropTimestamps(r, c) {
    for (const column of ["created_at", "updated_at"])
      r.push(c.span, { kind: "drop-column", table: c.t.table, column });
  },
  index: index(false),
  unique: index(true),
  foreign: constraint("foreign-key", 1),
  primary(r, c) {
    const options = r.resolve(c.first.args[1], c.scope);
    const name = stringValue(options) ?? stringValue(entriesOf(options).get("constraintName"));
    r.push(c.span, {
      kind: "add-constraint",
      table: c.t.table,
      constraint: "primary-key",
      ...(name !== undefined ? { name } : {}),
      validated: true,
    });
  },
  check: constraint("check", 2),
  dropIndex(r, c) {
    const columns = stringList(r.resolve(c.first.args[0], c.scope));
    const name = r.name(c.first.args[1], c.scope);
    r.push(c.span, {
      kind: "drop-index",
      table: c.t.table,
      ...(name !== undefined ? { name } : {}),
      ...(columns ? { columns } : {}),
    });
  },
  dropUnique: dropConstraint(1),
  dropForeign: dropConstraint(1),
  dropPrimary: dropConstraint(0),
  dropChecks: dropConstraint(1),
  setNullable: nullable("drop-not-null"),
  dropNullable: nullable("set-not-null"),
  dropDefault: harmless,
  engine: harmless,
  charset: harmless,
  collate: harmless,
  inherits: harmless,
  comment: harmless,
  queryContext: harmless,
};
