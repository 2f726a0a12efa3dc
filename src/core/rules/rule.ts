import type { SchemaView } from "../schema/index.js";
import type {
  Category,
  Database,
  FileStatus,
  FrameworkId,
  Operation,
  ParseProblem,
  Severity,
  Span,
} from "../types.js";
import { isRunTimeName } from "../run-time.js";

export interface RuleContext {
  path: string;
  framework: FrameworkId;
  database: Database;
  /** Every forward operation of the file, in source order (rules may look at siblings, e.g. a table created earlier in the same file). */
  operations: readonly Operation[];
  /** Why (part of) the file could not be read; each becomes a needs-review finding. */
  problems: readonly ParseProblem[];
  /** How the file changed in the diff under review ("unchanged" when analysed on its own). */
  status: FileStatus;
  previousPath?: string;
  /**
   * The schema the migrations before this file left (replayed from its folder), when there is such a history.
   * Undefined for a file analysed on its own, or the first of its folder.
   */
  schema?: SchemaView;
}

export interface RuleHit extends Span {
  message: string;
  table?: string;
  column?: string;
  /** Overrides the rule's default safe alternative when the fix depends on the case. */
  safeAlternative?: string;
}

export interface Rule {
  /** Stable id = file name = docs page name. Never renamed once released. */
  id: string;
  category: Category;
  /** Default severity; config may change it or turn the rule off. */
  severity: "error" | "warning" | "notice";
  /** One line for docs and SARIF. */
  description: string;
  /** Default advice: what to do instead. */
  safeAlternative: string;
  check(ctx: RuleContext): RuleHit[];
}

export type { Severity };

/** Table names compare without quotes and without PostgreSQL's default schema: `"public"."users"` is `users`. */
export function tableKey(name: string): string {
  const bare = name.replace(/["`[\]]/g, "");
  return bare.toLowerCase().startsWith("public.") ? bare.slice("public.".length) : bare;
}

/**
 * Tables the migration tools keep for themselves (which migrations ran, the lock): a migration that writes
 * them moves the tool's bookkeeping, not the application's data. Names as each tool creates them, unquoted.
 */
const BOOKKEEPING_TABLES = new Set([
  "alembic_version",
  "schema_migrations",
  "ar_internal_metadata",
  "django_migrations",
  "flyway_schema_history",
  "goose_db_version",
  "knex_migrations",
  "knex_migrations_lock",
  "sequelizemeta",
  "pgmigrations",
  "doctrine_migration_versions",
  "_prisma_migrations",
  "databasechangelog",
  "databasechangeloglock",
  "__efmigrationshistory",
]);

/** Frameworks whose own table is the plain name `migrations`, which elsewhere may well be application data. */
const PLAIN_MIGRATIONS_TABLE: ReadonlySet<FrameworkId> = new Set(["laravel", "typeorm", "db-migrate"]);

/** True when `table` is a migration tool's own bookkeeping (schema version, run history, lock), not app data. */
export function isBookkeepingTable(table: string, framework: FrameworkId): boolean {
  const key = tableKey(table).toLowerCase();
  return BOOKKEEPING_TABLES.has(key) || (key === "migrations" && PLAIN_MIGRATIONS_TABLE.has(framework));
}

/**
 * What the file itself created before the operation being checked. A table created (or a column added)
 * earlier in the same file holds no rows the previous release wrote, so changing it loses nothing and
 * blocks no one; everything else is pre-existing.
 */
export class History {
  private readonly newTables = new Set<string>();
  private readonly newColumns = new Map<string, Set<string>>();
  private readonly newIndexes = new Set<string>();
  /** Tables the file dropped or renamed away: what the schema before says of them no longer holds. */
  private readonly touched = new Set<string>();

  /** Whether `record` changed anything since the last `snapshot`, and that snapshot. */
  private changed = true;
  private last: History | undefined;

  /** `schema`: the state before the file, when a history was replayed (see core/schema). */
  constructor(private readonly schema?: SchemaView) {}

  /**
   * A copy of what is known so far, which later `record`s leave alone: the history before one operation, handed
   * to every rule. Operations that change nothing the history tracks share the previous copy.
   */
  snapshot(): History {
    if (!this.changed && this.last) return this.last;
    const copy = new History(this.schema);
    for (const table of this.newTables) copy.newTables.add(table);
    for (const [table, columns] of this.newColumns) copy.newColumns.set(table, new Set(columns));
    for (const index of this.newIndexes) copy.newIndexes.add(index);
    for (const table of this.touched) copy.touched.add(table);
    this.changed = false;
    this.last = copy;
    return copy;
  }

  isNewTable(table: string): boolean {
    // A table computed at run time may be any table, so it is never taken for one the file created.
    return !isRunTimeName(table) && this.newTables.has(tableKey(table));
  }

  /**
   * True unless the table is new: created earlier in this file, or by a migration the change under review adds
   * (it never held a production row).
   */
  preExistingTable(table: string): boolean {
    if (this.isNewTable(table)) return false;
    return this.before(table)?.origin !== "change";
  }

  preExistingColumn(table: string, column: string): boolean {
    if (!this.preExistingTable(table)) return false;
    // A column computed at run time may be any column of the table: it existed before unless the table is new.
    if (isRunTimeName(column)) return true;
    if (this.newColumns.get(tableKey(table))?.has(column) ?? false) return false;
    return this.before(table)?.columns.get(column.toLowerCase())?.origin !== "change";
  }

  /**
   * True when the history proves the table did not exist before this file: replayed completely, and no
   * migration before created it (nor this file, so far). A drop guarded by IF EXISTS then deletes nothing.
   */
  absentBefore(table: string): boolean {
    const key = tableKey(table);
    // A table computed at run time may be any table: the history cannot prove it absent.
    if (isRunTimeName(table)) return false;
    if (!this.schema?.complete || this.newTables.has(key) || this.touched.has(key)) return false;
    return this.schema.table(table) === undefined;
  }

  /** Whether a history was available to ask (messages say so when a verdict would have needed one). */
  get hasSchema(): boolean {
    return this.schema !== undefined;
  }

  /**
   * Whether the history was replayed from the beginning: false when it does not start there (squashed, with no
   * schema dump that could be read to seed it) or a migration in it could not be read, so it proves no absence.
   */
  get hasCompleteSchema(): boolean {
    return this.schema?.complete === true;
  }

  /** True when the history knows the table was there before this file (as far as this file left it). */
  knownBefore(table: string): boolean {
    return this.before(table) !== undefined;
  }

  private before(table: string) {
    const key = tableKey(table);
    return this.touched.has(key) ? undefined : this.schema?.table(table);
  }

  isNewIndex(name: string): boolean {
    return this.newIndexes.has(name);
  }

  record(op: Operation): void {
    switch (op.kind) {
      case "create-table": {
        const key = tableKey(op.table);
        this.newTables.add(key);
        this.newColumns.delete(key);
        break;
      }
      case "drop-table":
        this.touched.add(tableKey(op.table));
        this.newTables.delete(tableKey(op.table));
        this.newColumns.delete(tableKey(op.table));
        break;
      case "rename-table": {
        const from = tableKey(op.table);
        const to = tableKey(op.newName);
        this.touched.add(from).add(to);
        if (this.newTables.delete(from)) this.newTables.add(to);
        else this.newTables.delete(to);
        const columns = this.newColumns.get(from);
        this.newColumns.delete(from);
        if (columns) this.newColumns.set(to, columns);
        else this.newColumns.delete(to);
        break;
      }
      case "add-column": {
        const key = tableKey(op.table);
        const columns = this.newColumns.get(key) ?? new Set<string>();
        columns.add(op.column);
        this.newColumns.set(key, columns);
        break;
      }
      case "drop-column":
        this.newColumns.get(tableKey(op.table))?.delete(op.column);
        break;
      case "rename-column": {
        const columns = this.newColumns.get(tableKey(op.table));
        if (columns?.delete(op.column)) columns.add(op.newName);
        else columns?.delete(op.newName);
        break;
      }
      case "add-index":
        if (op.name) this.newIndexes.add(op.name);
        break;
      case "drop-index":
        if (op.name) this.newIndexes.delete(op.name);
        break;
      default:
        return;
    }
    this.changed = true;
  }
}

/**
 * The history before each of `operations`, replayed once per file and shared by every rule (each rule replayed
 * it for itself before: some 30 histories per file). Kept while the context (or the operations) is.
 */
const timelines = new WeakMap<object, readonly History[]>();
function timeline(key: object, operations: readonly Operation[], schema: SchemaView | undefined) {
  let states = timelines.get(key);
  if (!states) {
    const history = new History(schema);
    states = operations.map((op) => {
      const before = history.snapshot();
      history.record(op);
      return before;
    });
    timelines.set(key, states);
  }
  return states;
}

/**
 * Runs `check` on every operation with the history of what came before it (in the file, and before the file
 * when the context carries a schema), and collects the hits.
 * Most rules are one `collect` call.
 */
export function collect(
  from: RuleContext | readonly Operation[],
  check: (op: Operation, history: History) => RuleHit | RuleHit[] | undefined,
): RuleHit[] {
  // Given the context, the history knows the schema before the file too; given bare operations, only the file.
  const operations = "operations" in from ? from.operations : from;
  const states = timeline(from, operations, "operations" in from ? from.schema : undefined);
  const hits: RuleHit[] = [];
  operations.forEach((op, i) => {
    const hit = check(op, states[i]!);
    if (Array.isArray(hit)) hits.push(...hit);
    else if (hit) hits.push(hit);
  });
  return hits;
}

/** The span of an operation, for a hit on it. */
export function spanOf(op: Span): Span {
  return { line: op.line, endLine: op.endLine };
}

/**
 * How to run one statement outside the migration's transaction in each framework: PostgreSQL refuses
 * `CREATE/DROP INDEX CONCURRENTLY` inside a transaction block.
 */
export function outsideTransaction(framework: FrameworkId): string {
  switch (framework) {
    case "rails":
      return "add `disable_ddl_transaction!` to the migration class";
    case "django":
      return "set `atomic = False` on the Migration class";
    case "alembic":
      return "wrap it in `with op.get_context().autocommit_block():`";
    case "ecto":
      return "set `@disable_ddl_transaction true` and `@disable_migration_lock true` in the module";
    case "knex":
      return "export `config = { transaction: false }` from the migration";
    case "node-pg-migrate":
      return "call `pgm.noTransaction()` in the migration";
    case "laravel":
      return "set `public $withinTransaction = false;` on the migration class";
    case "sequelize":
      return "do not pass a `transaction` to the query";
    case "typeorm":
      return "set `transaction = false` on the migration class";
    case "goose":
      return "put `-- +goose NO TRANSACTION` at the top of the file";
    case "dbmate":
      return "write the section header as `-- migrate:up transaction:false`";
    case "flyway":
      return "keep it as the only statement of its script (Flyway runs PostgreSQL's non-transactional statements outside a transaction)";
    case "db-migrate":
      return "give it a migration of its own and run that migration without db-migrate's transaction";
    case "doctrine":
      return "override `isTransactional()` to return false in the migration class";
    case "ef-core":
      return "give it a migration of its own whose `migrationBuilder.Sql(...)` passes `suppressTransaction: true`";
    case "liquibase":
      return 'set `runInTransaction="false"` on its changeSet, and keep it the only change of that changeSet';
    case "golang-migrate":
    case "prisma":
    case "sql":
      return "keep it as the only statement of its migration file, since several statements sent together run as one transaction";
  }
}
