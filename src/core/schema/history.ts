// One folder's migrations replayed in order, once, incrementally: the state before a file is the state after the
// file before it, so asking for every file of a 10,000-file folder in order costs 10,000 applications, not n².
import type { TypeVocabulary } from "../column-types/index.js";
import type { FrameworkId, Operation, ParsedMigration } from "../types.js";
import { SchemaState, type Origin, type SchemaView } from "./state.js";

/** The spelling each framework's operations use for types (see `typeFromText`). */
export function vocabularyOf(framework: FrameworkId): TypeVocabulary {
  return framework === "rails" || framework === "laravel" || framework === "ecto" ? "abstract" : "sql";
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
  private readonly vocabulary: TypeVocabulary;

  constructor(
    framework: FrameworkId,
    private readonly entries: readonly HistoryEntry[],
  ) {
    this.vocabulary = vocabularyOf(framework);
    entries.forEach((e, i) => this.position.set(e.path, i));
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
    if (i === undefined || i === 0) return undefined;
    if (i < this.cursor) {
      this.state.reset();
      this.cursor = 0;
      this.replayed = 0;
    }
    for (; this.cursor < i; this.cursor++) {
      if (this.entries[this.cursor]!.belongs?.() === false) continue;
      this.replayed++;
      const ops = this.operations(this.cursor);
      // A migration that could not be read may have created or dropped anything.
      if (ops === undefined) this.state.markIncomplete();
      else for (const op of ops) this.state.apply(op, this.entries[this.cursor]!.origin, this.vocabulary);
    }
    // Only other frameworks' files before it: nothing of this history ran before, as for the first.
    return this.replayed ? this.state : undefined;
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
