// The plain data that crosses every boundary of the engine. Nothing here does I/O.

export type Category = "destructive" | "backward-incompatible" | "locking" | "irreversible" | "needs-review";
export type Severity = "error" | "warning" | "notice";
export type Database = "postgresql" | "mysql" | "sqlite";

/** Every framework Migration Guard reads: the one list config validation, docs and the registry are held to. */
export const FRAMEWORK_IDS = [
  "rails",
  "django",
  "alembic",
  "prisma",
  "golang-migrate",
  "flyway",
  "goose",
  "dbmate",
  "sql",
  "laravel",
  "knex",
  "sequelize",
  "typeorm",
  "node-pg-migrate",
  "ecto",
  "db-migrate",
  "liquibase",
  "doctrine",
  "ef-core",
] as const;

export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** A source range, 1-based lines. `endLine` >= `line`. */
export interface Span {
  line: number;
  endLine: number;
}

/** Default value of an added column, as far as a static read can tell. */
export interface ColumnDefault {
  /** true when the expression is evaluated per row (random(), gen_random_uuid(), clock_timestamp(), a lambda...). */
  volatile: boolean;
  /** Source text of the default, for messages. */
  text?: string;
  /**
   * The framework fills existing rows with the default, then drops it from the column (Django's `default=`):
   * afterwards the column has no default, and inserts that do not set it fail.
   */
  transient?: boolean;
}

interface OpBase extends Span {
  /** Which schema object the operation targets. Unquoted, as written (lower-cased only where the DB folds case). */
  table?: string;
}

/**
 * One normalized operation, whatever the framework or language that spelled it.
 * Adapters emit these for the forward direction only; rules read nothing else.
 */
export type Operation =
  | (OpBase & {
      kind: "create-table";
      table: string;
      columns: string[];
      ifNotExists?: boolean;
      /** Each column's type as written, where the reader could tell (for the schema history's type changes). */
      columnTypes?: Record<string, string>;
      /** Columns declared NOT NULL, where the reader could tell. */
      notNullColumns?: string[];
      /**
       * This table replaces `table` in a rebuild (SQLite: create new, copy the rows, drop the old, rename the new
       * into its place), recognised by the reader, which emits no drop-table for it. `carried`: the old table's
       * columns the copy selects (`*`: all); the schema history turns every other old column into a drop-column
       * at the DROP's lines.
       */
      rebuildOf?: { table: string; carried: string[] | "*"; line: number; endLine: number };
    })
  | (OpBase & { kind: "drop-table"; table: string; ifExists?: boolean; cascade?: boolean })
  | (OpBase & { kind: "rename-table"; table: string; newName: string })
  | (OpBase & {
      kind: "add-column";
      table: string;
      column: string;
      type?: string;
      notNull?: boolean;
      default?: ColumnDefault;
    })
  | (OpBase & { kind: "drop-column"; table: string; column: string })
  | (OpBase & { kind: "rename-column"; table: string; column: string; newName: string })
  | (OpBase & {
      kind: "change-column-type";
      table: string;
      column: string;
      type?: string;
      /** Set by the adapter when the change is known to be safe (e.g. varchar(n) → varchar(m>n), varchar → text). */
      widening?: boolean;
      /** Set when the new type can lose data (e.g. text → varchar(n), bigint → int, float → int). */
      lossy?: boolean;
      /**
       * The nullability the statement restates with the type (Django's AlterField restates the whole field):
       * compared with the schema history, a change of it becomes set-not-null / drop-not-null.
       */
      notNull?: boolean;
    })
  | (OpBase & { kind: "set-not-null"; table: string; column: string })
  | (OpBase & { kind: "drop-not-null"; table: string; column: string })
  | (OpBase & { kind: "change-default"; table: string; column: string; default?: ColumnDefault })
  | (OpBase & {
      kind: "add-index";
      table: string;
      columns: string[];
      name?: string;
      unique?: boolean;
      concurrently?: boolean;
      /** Set when the statement sits inside an explicit BEGIN ... COMMIT, where CONCURRENTLY is refused. */
      inTransactionBlock?: boolean;
    })
  | (OpBase & {
      kind: "drop-index";
      name?: string;
      columns?: string[];
      concurrently?: boolean;
      inTransactionBlock?: boolean;
    })
  | (OpBase & {
      kind: "add-constraint";
      table: string;
      constraint: "foreign-key" | "check" | "unique" | "primary-key" | "exclusion";
      name?: string;
      /** false when added NOT VALID / validate: false (no full scan under lock). */
      validated: boolean;
      /** For unique/primary-key: built from an existing index (USING INDEX) so no new build under lock. */
      usingIndex?: boolean;
      /** For a check that is exactly `col IS NOT NULL`: the column it proves free of NULLs once valid. */
      notNullColumn?: string;
      transaction?: number;
    })
  | (OpBase & {
      kind: "validate-constraint";
      table: string;
      name?: string;
      /**
       * Which transaction of the file the statement commits in: statements with the same number (absent = 0,
       * the one transaction most frameworks wrap a migration in) hold each other's locks until the end.
       */
      transaction?: number;
    })
  /** CLUSTER: rewrites the table in index order. No table = every table clustered before. */
  | (OpBase & { kind: "cluster"; table?: string })
  /** VACUUM FULL: rewrites each table. No table = the whole database. */
  | (OpBase & { kind: "vacuum-full"; tables: string[] })
  | (OpBase & {
      kind: "reindex";
      target: "index" | "table" | "schema" | "database" | "system";
      /** The index, table, schema or database named. */
      name?: string;
      concurrently?: boolean;
      inTransactionBlock?: boolean;
    })
  | (OpBase & {
      kind: "detach-partition";
      table: string;
      partition: string;
      concurrently?: boolean;
      inTransactionBlock?: boolean;
    })
  | (OpBase & { kind: "add-domain-constraint"; domain: string; name?: string; validated: boolean })
  | (OpBase & { kind: "drop-constraint"; table: string; name?: string })
  | (OpBase & { kind: "truncate"; tables: string[]; cascade?: boolean })
  | (OpBase & {
      kind: "delete-rows";
      table: string;
      /** true when a WHERE / filter restricts the rows. Unfiltered deletes are the worst case. */
      filtered: boolean;
      /** How it was spelled: "DELETE", "delete_all", "destroy_all", ".delete()", ... for messages. */
      via: string;
    })
  | (OpBase & {
      kind: "update-rows";
      table: string;
      /** Columns assigned. Empty when unknown. */
      columns: string[];
      filtered: boolean;
      /** true when the filter only selects rows where every assigned column IS NULL (a backfill). */
      onlyNulls: boolean;
      via: string;
    })
  /** DROP DATABASE: every table of the database, and its rows, go with it. */
  | (OpBase & { kind: "drop-database"; name: string; ifExists?: boolean })
  /** DROP SCHEMA: with CASCADE every table in the schema goes; without, the drop fails if it holds any. */
  | (OpBase & { kind: "drop-schema"; name: string; ifExists?: boolean; cascade?: boolean })
  /** DROP SEQUENCE: its current value (what the next id will be) is gone; defaults that call it break. */
  | (OpBase & { kind: "drop-sequence"; name: string; ifExists?: boolean; cascade?: boolean })
  /** ALTER SCHEMA ... RENAME TO, Rails `rename_schema`: every qualified name under the old one breaks. */
  | (OpBase & { kind: "rename-schema"; name: string; newName: string })
  /** CREATE TYPE ... AS ENUM, Rails `create_enum`, a Prisma `enum` block: a type whose values are these labels. */
  | (OpBase & { kind: "create-enum"; type: string; values: string[] })
  /** ALTER TYPE ... ADD VALUE, Rails `add_enum_value`: one more label; no stored value changes. */
  | (OpBase & { kind: "add-enum-value"; type: string; value: string })
  /** ALTER TYPE ... RENAME TO, Rails `rename_enum`: the columns typed by it follow it (they hold its OID). */
  | (OpBase & { kind: "rename-type"; type: string; newName: string })
  /**
   * DROP TYPE, Rails `drop_enum`: any type (the reader does not know whether it is an enum; the schema history
   * does). Without CASCADE PostgreSQL refuses it while a column uses the type; with it, those columns are dropped.
   */
  | (OpBase & { kind: "drop-type"; type: string; ifExists?: boolean; cascade?: boolean })
  /** ALTER TYPE ... RENAME VALUE: rows keep the value under its new label; code writing the old label fails. */
  | (OpBase & { kind: "rename-enum-value"; type: string; value: string; newValue: string })
  /** Code or SQL the adapter could not turn into operations (dynamic SQL, unparseable statement). */
  | (OpBase & { kind: "unknown"; reason: string; text?: string })
  /** The migration has no way back (raises IrreversibleMigration, no down, RunPython without reverse...). */
  | (OpBase & { kind: "irreversible"; reason: string });

export type OperationKind = Operation["kind"];

export interface Comment extends Span {
  /** Comment text without the comment markers (`#`, `--`, `//`, `/* *\/`). */
  text: string;
}

/** A parse failure, or a file that cannot be read at all: always reported as needs-review. */
export interface ParseProblem extends Span {
  message: string;
}

/** What a framework adapter returns for one file. */
export interface ParsedMigration {
  framework: FrameworkId;
  operations: Operation[];
  comments: Comment[];
  problems: ParseProblem[];
}

export interface Finding extends Span {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  /** What to do instead. */
  safeAlternative: string;
  docsUrl: string;
  table?: string;
  column?: string;
  /** Set when an inline `migration-guard:allow` comment acknowledged it. */
  acknowledged?: { reason: string; line: number };
  /** The flagged lines (at most three, dedented), for the PR comment and SARIF; absent when blank. */
  excerpt?: string;
}

export type FileStatus = "added" | "modified" | "deleted" | "renamed" | "unchanged";

export interface FileReport {
  path: string;
  framework: FrameworkId | "unknown";
  status: FileStatus;
  findings: Finding[];
  /** For renamed files. */
  previousPath?: string;
}
