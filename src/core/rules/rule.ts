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
