// What the JS/TS readers (Knex, Sequelize, node-pg-migrate, db-migrate) share about columns: the types a file
// has taught them (an earlier add, or the `down` that restores a restated column), the constraints a column
// definition adds, and the default it is given.
import { classifyTypeChange, type ColumnType } from "../../column-types/index.js";
import type { ColumnDefault } from "../../types.js";
import type { OperationBody } from "../shared/toolkit.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { sameType, type JsColumnType } from "./column-types.js";
import { isNullish, isPlainLiteral, type Node } from "./nodes.js";

/** Types of columns as this file knows them, by table and column. */
export class KnownTypes {
  private readonly types = new Map<string, ColumnType>();

  get(table: string, column: string): ColumnType | undefined {
    return this.types.get(`${table}.${column}`);
  }

  set(table: string, column: string, type: ColumnType): void {
    this.types.set(`${table}.${column}`, type);
  }

  /**
   * A column restated with `type` (Knex `.alter()`, `changeColumn`, `alterColumn`): the type change, or
   * undefined when it is the type already known (restated to change only NULL or the default, the stored
   * values stay). The column has `type` from then on.
   */
  restate(table: string, column: string, type: JsColumnType): OperationBody | undefined {
    const previous = this.get(table, column);
    this.set(table, column, type.type);
    if (sameType(previous, type.type)) return undefined;
    return {
      kind: "change-column-type",
      table,
      column,
      type: type.text,
      ...classifyTypeChange(previous, type.type),
    };
  }
}

/** What a column definition adds besides the column, in the order the readers have always reported it. */
export interface ColumnExtras {
  primary?: boolean;
  unique?: boolean;
  /** The column, when the definition also indexes it (Knex `.index()`). */
  index?: string;
  references?: boolean;
  check?: boolean;
}

/** A column a definition adds: its type when the reader knows it, NOT NULL, its default, then its extras. */
export interface AddedColumn extends ColumnExtras {
  type: JsColumnType | undefined;
  notNull: boolean;
  default: ColumnDefault | undefined;
}

/** The operations of a column added to an existing table (`addColumn`, `addColumns`). */
export function addedColumn(table: string, column: string, c: AddedColumn): OperationBody[] {
  return [
    {
      kind: "add-column",
      table,
      column,
      ...(c.type ? { type: c.type.text } : {}),
      notNull: c.notNull,
      ...(c.default ? { default: c.default } : {}),
    },
    ...columnExtras(table, c),
  ];
}

/** The constraints (and index) a column definition adds to `table`. */
export function columnExtras(table: string, extras: ColumnExtras): OperationBody[] {
  const out: OperationBody[] = [];
  if (extras.primary) out.push({ kind: "add-constraint", table, constraint: "primary-key", validated: true });
  if (extras.unique) out.push({ kind: "add-constraint", table, constraint: "unique", validated: true });
  if (extras.index !== undefined) out.push({ kind: "add-index", table, columns: [extras.index] });
  if (extras.references)
    out.push({ kind: "add-constraint", table, constraint: "foreign-key", validated: true });
  if (extras.check) out.push({ kind: "add-constraint", table, constraint: "check", validated: true });
  return out;
}

/** A serial column's default: one `nextval()` per row. */
export const SERIAL_DEFAULT: ColumnDefault = { volatile: true, text: "nextval() of the column's sequence" };

/**
 * A column default from its (resolved) value: none for `null`/`undefined`, a literal as written, else what
 * `framework` makes of the expression (`knex.fn.now()`, `Sequelize.literal(...)`, `pgm.func(...)`; null for
 * "no default in the database"), else the expression's text, volatile when it calls a volatile function.
 */
export function columnDefault(
  value: Node | undefined,
  framework?: (value: Node) => ColumnDefault | null | undefined,
): ColumnDefault | undefined {
  if (!value || isNullish(value)) return undefined;
  if (isPlainLiteral(value)) return { volatile: false, text: value.text };
  const own = framework?.(value);
  if (own !== undefined) return own ?? undefined;
  return { volatile: isVolatileSql(value.text), text: value.text };
}
