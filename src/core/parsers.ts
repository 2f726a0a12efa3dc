// The parser interface the pure core receives. Loading the WASM behind it is I/O and lives in src/parsers/.
import type { ParseResult as RubyParseResult } from "@ruby/prism/src/deserialize.js";
import type { ParseResult as PgParseResult, ScanResult as PgScanResult } from "libpg-query";
import type { Tree } from "web-tree-sitter";

export type { RubyParseResult, PgParseResult, PgScanResult, Tree };

export type TreeSitterLanguage = "python" | "php" | "javascript" | "typescript" | "elixir" | "csharp";

export interface Parsers {
  /** Ruby via prism. Never throws: syntax errors are in `.errors`. */
  ruby(source: string): RubyParseResult;
  /** PostgreSQL via libpg_query. Throws an Error (with `.sqlDetails.cursorPosition`) on a syntax error. */
  postgres(sql: string): PgParseResult;
  /** PostgreSQL's own lexer: tokens with byte offsets, comments included. */
  postgresScan(sql: string): PgScanResult;
  /** tree-sitter. Never throws: syntax errors are ERROR / MISSING nodes (`rootNode.hasError`). */
  treeSitter(language: TreeSitterLanguage, source: string): Tree;
}
