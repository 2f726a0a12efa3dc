// The schema as the migrations before a file left it: tables, their columns, each column's type and
// nullability as far as the readers could tell. Built by replaying forward operations in migration order
// (history.ts); pure data, no I/O.
import {
  enumKey,
  typeFromText,
  withEnum,
  type EnumType,
  type SqlColumnType,
  type TypeVocabulary,
} from "../column-types/index.js";
import type { Operation } from "../types.js";
import { extend } from "../extend.js";

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
  /** The enum type of that name, when a migration (or a dump) before made it. */
  enumType(name: string): EnumType | undefined;
  /** Every column whose type is an enum (table key, column name, the enum), for a DROP TYPE to check. */
  enumColumns(): { table: string; column: string; type: EnumType }[];
}

export class SchemaState implements SchemaView {
  private readonly tables = new Map<string, TableState>();
  /** Enum types by `enumKey`. A column's type holds the same object, so a value added reaches its columns. */
  private readonly enums = new Map<string, EnumType>();
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

  enumType(name: string): EnumType | undefined {
    return this.enums.get(enumKey(name));
  }

  enumColumns(): { table: string; column: string; type: EnumType }[] {
    // Asked only at a DROP TYPE: one walk over the columns there, none per file.
    const out: { table: string; column: string; type: EnumType }[] = [];
    for (const [table, state] of this.tables)
      for (const [column, c] of state.columns)
        if (c.type?.enum) out.push({ table, column, type: c.type.enum });
    return out;
  }

  /** A type as an operation wrote it, read into the model: a name of a known enum is that enum. */
  private typed(text: string | undefined, vocabulary: TypeVocabulary): SqlColumnType | undefined {
    if (text === undefined) return undefined;
    return withEnum(typeFromText(text, vocabulary), (name) => this.enumType(name));
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
      // An enum the replay made stays the replay's (its columns hold it); the dump's other enums are taken.
      if (op.kind === "create-enum") this.apply(op, "seed", vocabulary);
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
    this.enums.clear();
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
            extend(op, { table: op.rebuildOf.table, rebuildOf: undefined }),
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
          const type = this.typed(op.columnTypes?.[column], vocabulary);
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
        const type = this.typed(op.type, vocabulary);
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
        const type = this.typed(op.type, vocabulary);
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
      case "create-enum":
        // CREATE TYPE of a name that exists fails; the type stays as it was.
        if (!this.enums.has(enumKey(op.type)))
          this.enums.set(enumKey(op.type), { name: op.type, labels: [...op.values] });
        break;
      case "add-enum-value": {
        const known = this.enumType(op.type);
        // A type no migration before made: the history does not start at the beginning.
        if (!known) this.markIncomplete();
        else if (!known.labels.includes(op.value)) known.labels.push(op.value);
        break;
      }
      case "rename-enum-value": {
        const known = this.enumType(op.type);
        if (!known) this.markIncomplete();
        else known.labels = known.labels.map((l) => (l === op.value ? op.newValue : l));
        break;
      }
      case "rename-type": {
        // Any type may be renamed; only an enum's rename is one the state follows.
        const known = this.enumType(op.type);
        if (!known) break;
        this.enums.delete(enumKey(op.type));
        known.name = op.newName;
        this.enums.set(enumKey(op.newName), known);
        break;
      }
      case "drop-type": {
        const known = this.enumType(op.type);
        if (!known) break;
        // CASCADE drops the columns typed by it; without, the drop ran only because none was.
        if (op.cascade)
          for (const { table, column, type } of this.enumColumns())
            if (type === known) this.tables.get(table)?.columns.delete(column);
        this.enums.delete(enumKey(op.type));
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
