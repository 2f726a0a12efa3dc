// The schema as the migrations before a file left it: tables, their columns, each column's type and
// nullability as far as the readers could tell. Built by replaying forward operations in migration order
// (history.ts); pure data, no I/O.
import { typeFromText, type SqlColumnType, type TypeVocabulary } from "../column-types/index.js";
import type { Operation } from "../types.js";

/**
 * Where a table or column came from: `history` a migration already in the repository, `change` a migration
 * the change under review adds (it never held a production row), `seed` a schema dump.
 */
export type Origin = "history" | "change" | "seed";

export interface ColumnState {
  origin: Origin;
  /** The type in the one column-type model, when the reader wrote one. */
  type?: SqlColumnType;
  notNull?: boolean;
}

export interface TableState {
  origin: Origin;
  columns: Map<string, ColumnState>;
}

/** Table names compare without quotes and without PostgreSQL's default schema (as rules' `tableKey`). */
export function schemaKey(name: string): string {
  const bare = name.replace(/["`[\]]/g, "");
  return bare.toLowerCase().startsWith("public.") ? bare.slice("public.".length) : bare;
}

/** What a rule may ask of the schema before a file. */
export interface SchemaView {
  /**
   * True when every table that exists is known here: the history was replayed from its start (or a dump),
   * no migration before was unreadable or held a statement the reader could not follow, and none touched a
   * table no migration created. Only then does absence prove that a table or column does not exist.
   */
  readonly complete: boolean;
  table(name: string): TableState | undefined;
  column(table: string, column: string): ColumnState | undefined;
}

export class SchemaState implements SchemaView {
  private readonly tables = new Map<string, TableState>();
  private incomplete = false;

  get complete(): boolean {
    return !this.incomplete;
  }

  /** Absence no longer proves anything (an unreadable migration, a statement not followed, a squashed start). */
  markIncomplete(): void {
    this.incomplete = true;
  }

  table(name: string): TableState | undefined {
    return this.tables.get(schemaKey(name));
  }

  column(table: string, column: string): ColumnState | undefined {
    return this.table(table)?.columns.get(column.toLowerCase());
  }

  /**
   * A schema dump laid over what the replay knows, for the migrations newer than the dump: the dump is the
   * whole schema at its version, so absence is proven again from here; but a table or column the replay has
   * stays (a dump never makes absent what a migration created), and only what the dump creates is taken
   * from it (a `force:` drop in a dump clears nothing), with the columns it adds (structure.sql's `ALTER TABLE
   * ... ADD COLUMN`; one on a table it never made leaves the state incomplete). A statement it holds that the
   * reader could not follow still leaves the state incomplete.
   */
  seed(operations: readonly Operation[], vocabulary: TypeVocabulary): void {
    this.incomplete = false;
    for (const op of operations) {
      if (op.kind === "unknown") this.markIncomplete();
      if (op.kind === "add-column") this.apply(op, "seed", vocabulary);
      if (op.kind !== "create-table" || op.rebuildOf) continue;
      const table = this.table(op.table);
      if (!table) {
        this.apply(op, "seed", vocabulary);
        continue;
      }
      for (const column of op.columns)
        if (!table.columns.has(column.toLowerCase()))
          table.columns.set(column.toLowerCase(), { origin: "seed" });
    }
  }

  /** Forgets everything: the replay starts again from the first migration. */
  reset(): void {
    this.tables.clear();
    this.incomplete = false;
  }

  /** One forward operation of a migration whose types are spelled in `vocabulary`. */
  apply(op: Operation, origin: Origin, vocabulary: TypeVocabulary): void {
    const touch = (name: string): TableState | undefined => {
      const table = this.table(name);
      // A table no migration before created: the history does not start at the beginning (squashed, or made
      // outside migrations), so what is absent proves nothing from here on.
      if (!table) this.markIncomplete();
      return table;
    };
    switch (op.kind) {
      case "create-table": {
        if (op.rebuildOf) {
          // The rebuilt table ends under the old name with the new columns; `op.table` is renamed away.
          const old = this.table(op.rebuildOf.table);
          if (!old) this.markIncomplete();
          this.tables.delete(schemaKey(op.rebuildOf.table));
          this.apply(
            { ...op, table: op.rebuildOf.table, rebuildOf: undefined },
            old?.origin ?? origin,
            vocabulary,
          );
          break;
        }
        if (this.table(op.table)) {
          // CREATE TABLE IF NOT EXISTS on a table that exists does nothing; without it the migration fails.
          break;
        }
        const columns = new Map<string, ColumnState>();
        const notNull = new Set((op.notNullColumns ?? []).map((c) => c.toLowerCase()));
        for (const column of op.columns) {
          const text = op.columnTypes?.[column];
          const type = text !== undefined ? typeFromText(text, vocabulary) : undefined;
          columns.set(column.toLowerCase(), {
            origin,
            ...(type ? { type } : {}),
            ...(op.notNullColumns ? { notNull: notNull.has(column.toLowerCase()) } : {}),
          });
        }
        this.tables.set(schemaKey(op.table), { origin, columns });
        break;
      }
      case "drop-table":
        if (!this.tables.delete(schemaKey(op.table)) && !op.ifExists) this.markIncomplete();
        break;
      case "rename-table": {
        const table = touch(op.table);
        if (!table) break;
        this.tables.delete(schemaKey(op.table));
        this.tables.set(schemaKey(op.newName), table);
        break;
      }
      case "add-column": {
        const table = touch(op.table);
        if (!table || table.columns.has(op.column.toLowerCase())) break;
        const type = op.type !== undefined ? typeFromText(op.type, vocabulary) : undefined;
        table.columns.set(op.column.toLowerCase(), {
          origin,
          ...(type ? { type } : {}),
          ...(op.notNull !== undefined ? { notNull: op.notNull } : {}),
        });
        break;
      }
      case "drop-column": {
        const table = touch(op.table);
        if (table && !table.columns.delete(op.column.toLowerCase())) this.markIncomplete();
        break;
      }
      case "rename-column": {
        const table = touch(op.table);
        const column = table?.columns.get(op.column.toLowerCase());
        if (!table || !column) {
          if (table) this.markIncomplete();
          break;
        }
        table.columns.delete(op.column.toLowerCase());
        table.columns.set(op.newName.toLowerCase(), column);
        break;
      }
      case "change-column-type": {
        const column = this.knownColumn(op.table, op.column);
        if (!column) break;
        const type = op.type !== undefined ? typeFromText(op.type, vocabulary) : undefined;
        if (type) column.type = type;
        else delete column.type;
        if (op.notNull !== undefined) column.notNull = op.notNull;
        break;
      }
      case "set-not-null":
      case "drop-not-null": {
        const column = this.knownColumn(op.table, op.column);
        if (column) column.notNull = op.kind === "set-not-null";
        break;
      }
      case "unknown":
        // Raw SQL or code the reader could not follow may have created or dropped anything.
        this.markIncomplete();
        break;
      default:
        break;
    }
  }

  private knownColumn(table: string, column: string): ColumnState | undefined {
    const t = this.table(table);
    const c = t?.columns.get(column.toLowerCase());
    if (!c) this.markIncomplete();
    return c;
  }
}
