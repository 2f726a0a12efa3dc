// One folder's migrations replayed in order, once, incrementally: the state before a file is the state after the
// file before it, so asking for every file of a 10,000-file folder in order costs 10,000 applications, not n².
import type { TypeVocabulary } from "../column-types/index.js";
import type { FrameworkId, Operation, ParsedMigration } from "../types.js";
import { SchemaState, type Origin, type SchemaView } from "./state.js";

/** The spelling each framework's operations use for types (see `typeFromText`). */
export function vocabularyOf(framework: FrameworkId): TypeVocabulary {
  return framework === "rails" || framework === "laravel" || framework === "ecto" ? "abstract" : "sql";
}

/**
 * A schema dump (Rails' `db/schema.rb` or `db/structure.sql`, Prisma's `schema.prisma`): the schema after every
 * migration up to `version`, its tables as the operations that create them.
 */
export interface SchemaDump {
  /**
   * The newest migration the dump includes. Undefined: the dump has no version of its own, it is the schema
   * the migrations already in the repository leave (`schema.prisma`, which `prisma migrate dev` writes the
   * migrations from), so it seeds only the migrations the change under review adds after the last of those.
   */
  version?: bigint;
  operations: readonly Operation[];
  /** The spelling of the operations' types, when not the framework's own (structure.sql's are SQL's). */
  vocabulary?: TypeVocabulary;
}

/** The version a migration's name leads with (`20240101000000_create_users.rb`), when it has one. */
export function migrationVersion(path: string): bigint | undefined {
  const digits = /^(\d+)_/.exec(path.slice(path.lastIndexOf("/") + 1))?.[1];
  return digits === undefined ? undefined : BigInt(digits);
}

export interface HistoryEntry {
  path: string;
  origin: Origin;
  /**
   * False when the file turns out not to be one of this history's migrations (another framework's file in the
   * same folder): it is skipped. Asked only when the replay reaches it, so a file after the one analysed is
   * never read. Absent: the entry belongs.
   */
  belongs?(): boolean;
  /** The file's forward reading; undefined when it could not be read at all. Called at most once. */
  parse(): ParsedMigration | undefined;
}

export class FolderHistory {
  private readonly state = new SchemaState();
  private readonly position = new Map<string, number>();
  private readonly parsed: (readonly Operation[] | undefined)[] = [];
  /** How many entries the replay has passed, and how many of them belonged. */
  private cursor = 0;
  private replayed = 0;
  /** True once the dump is laid over the replay (at the first migration newer than it). */
  private seeded = false;
  private dumpRead: { dump: SchemaDump | null | undefined } | undefined;
  private readonly vocabulary: TypeVocabulary;

  /**
   * `dump`: read when first needed; it seeds the state of the migrations newer than it. Undefined: there is
   * none, and the history is the replay alone; null: there is one that cannot be read, so the migrations
   * may not start at the beginning (squashed), and the history proves no absence.
   */
  constructor(
    framework: FrameworkId,
    private readonly entries: readonly HistoryEntry[],
    private readonly readDump?: () => SchemaDump | null | undefined,
  ) {
    this.vocabulary = vocabularyOf(framework);
    entries.forEach((e, i) => this.position.set(e.path, i));
  }

  /** The last entry already in the repository before the change (-1: none), when asked; see `SchemaDump.version`. */
  private lastBefore: number | undefined;

  /**
   * The last of this history's migrations the change does not add. Found from the end, skipping what is not
   * one (Prisma's `migration_lock.toml` sorts after the migrations), so only a dump without a version reads
   * files after the one analysed, and then only back to the first that belongs.
   */
  private lastBeforeChange(): number {
    if (this.lastBefore === undefined) {
      let last = this.entries.length - 1;
      for (; last >= 0; last--) {
        const e = this.entries[last]!;
        if (e.origin !== "change" && e.belongs?.() !== false) break;
      }
      this.lastBefore = last;
    }
    return this.lastBefore;
  }

  /** True when the dump describes the schema before entry `i` ran: the migration is newer than the dump. */
  private seeds(dump: SchemaDump | null | undefined, i: number): dump is SchemaDump {
    if (!dump) return false;
    if (dump.version === undefined) return i > this.lastBeforeChange();
    const version = migrationVersion(this.entries[i]!.path);
    return version !== undefined && version > dump.version;
  }

  /** Where `path` stands in the replay order, when it is one of the folder's migrations of this framework. */
  indexOf(path: string): number | undefined {
    return this.position.get(path);
  }

  /** The same file's reading, when the analysis already has it (so a file is parsed once, not twice). */
  remember(path: string, parsed: ParsedMigration): void {
    const i = this.position.get(path);
    if (i !== undefined && !(i in this.parsed)) this.parsed[i] = readable(parsed);
  }

  /**
   * The schema before `path` ran, or undefined when there is no history for it: the path is not one of the
   * folder's migrations, or nothing ran before it. The view is valid until the next call.
   */
  before(path: string): SchemaView | undefined {
    const i = this.position.get(path);
    if (i === undefined) return undefined;
    const dump = this.dump();
    const seeded = this.seeds(dump, i);
    if (i === 0 && !seeded) return undefined;
    if (i < this.cursor) {
      this.state.reset();
      this.cursor = 0;
      this.replayed = 0;
      this.seeded = false;
    }
    if (this.cursor === 0 && dump === null) this.state.markIncomplete();
    for (; this.cursor < i; this.cursor++) {
      if (this.entries[this.cursor]!.belongs?.() === false) continue;
      if (!this.seeded && this.seeds(dump, this.cursor)) this.seed(dump!);
      this.replayed++;
      const ops = this.operations(this.cursor);
      // A migration that could not be read may have created or dropped anything.
      if (ops === undefined) this.state.markIncomplete();
      else for (const op of ops) this.state.apply(op, this.entries[this.cursor]!.origin, this.vocabulary);
    }
    if (seeded && !this.seeded) this.seed(dump);
    // Only other frameworks' files before it: nothing of this history ran before, as for the first.
    return this.replayed || this.seeded ? this.state : undefined;
  }

  private seed(dump: SchemaDump): void {
    this.state.seed(dump.operations, dump.vocabulary ?? this.vocabulary);
    this.seeded = true;
  }

  private dump(): SchemaDump | null | undefined {
    if (!this.dumpRead) {
      let dump: SchemaDump | null | undefined;
      try {
        dump = this.readDump?.();
      } catch {
        // A dump reader that fails is an unreadable dump (fails closed: no seed, and no absence proven).
        dump = null;
      }
      this.dumpRead = { dump };
    }
    return this.dumpRead.dump;
  }

  private operations(i: number): readonly Operation[] | undefined {
    if (!(i in this.parsed)) {
      let parsed: ParsedMigration | undefined;
      try {
        parsed = this.entries[i]!.parse();
      } catch {
        // A reader that fails here is reported where that file is analysed; for the history it is unreadable
        // (fails closed: the state becomes incomplete, so nothing is called absent).
        parsed = undefined;
      }
      this.parsed[i] = parsed && readable(parsed);
    }
    return this.parsed[i];
  }
}

/** A reading with problems is as good as none for the history. */
function readable(parsed: ParsedMigration): readonly Operation[] | undefined {
  return parsed.problems.length ? undefined : parsed.operations;
}
