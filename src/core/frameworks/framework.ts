import type { FolderIndex, HistoryScope } from "../folder-index.js";
import type { Parsers } from "../parsers.js";
import type { SchemaDump } from "../schema/index.js";
import type { Database, FrameworkId, ParsedMigration } from "../types.js";

export interface ParseInput {
  /** Repository-relative (or as given) path, `/`-separated. */
  path: string;
  source: string;
  database: Database;
  /** The names in the file's folder, for frameworks whose reverse lives in a sibling (`*.down.sql`). */
  siblings?: FolderIndex;
}

/** One framework: how to recognise its migration files and read what they do going forward. */
export interface Framework {
  id: FrameworkId;
  /** Human name for reports. */
  name: string;
  /** Cheap path test. A framework whose paths are ambiguous (JS, plain SQL) also checks content. */
  matches(path: string, source: string): boolean;
  /**
   * True when parsing this path looks at the file's folder (`ParseInput.siblings`). Only such files get a
   * folder index, so a check never lists a folder no reader needs.
   */
  readsSiblings?(path: string): boolean;
  /**
   * Where the history of the migration at `path` lives, when not in the file's own folder beside it: Prisma
   * keeps each migration in a folder of its own, so its history is the same-named file of each sibling folder.
   */
  historyScope?(path: string): HistoryScope | undefined;
  /**
   * The schema a dump named by `historyScope` (`name`, one of its `dumps`) describes, or undefined when it
   * cannot be read wholly.
   */
  readDump?(name: string, source: string, database: Database, parsers: Parsers): SchemaDump | undefined;
  /**
   * The schema a dump spread over files describes (`HistoryScope.dumpExtension`): every file's text by its path
   * under the history folder's parent, read together as one; undefined when any of them cannot be read wholly.
   */
  readDumpFiles?(
    files: ReadonlyMap<string, string>,
    database: Database,
    parsers: Parsers,
  ): SchemaDump | undefined;
  /**
   * Forward operations only. Must not throw on bad input: syntax errors become `problems`,
   * constructs it cannot follow become `unknown` operations.
   */
  parse(input: ParseInput, parsers: Parsers): ParsedMigration;
}
