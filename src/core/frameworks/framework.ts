import type { Parsers } from "../parsers.js";
import type { Database, FrameworkId, ParsedMigration } from "../types.js";

export interface ParseInput {
  /** Repository-relative (or as given) path, `/`-separated. */
  path: string;
  source: string;
  database: Database;
  /** Other file paths in the same directory, for frameworks whose reverse lives in a sibling (`*.down.sql`). */
  siblings?: readonly string[];
}

/** One framework: how to recognise its migration files and read what they do going forward. */
export interface Framework {
  id: FrameworkId;
  /** Human name for reports. */
  name: string;
  /** Cheap path test. A framework whose paths are ambiguous (JS, plain SQL) also checks content. */
  matches(path: string, source: string): boolean;
  /**
   * Forward operations only. Must not throw on bad input: syntax errors become `problems`,
   * constructs it cannot follow become `unknown` operations.
   */
  parse(input: ParseInput, parsers: Parsers): ParsedMigration;
}
