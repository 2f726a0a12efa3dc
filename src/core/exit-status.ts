// What the CLI's exit status says, decided from the reports alone. Pure, so every front end that reports
// on files (analyze, diff, demo) fails on the same findings.
//
// 0: something was analysed and nothing it found is in a `--fail-on` category or at severity error;
// 1: an active finding (not acknowledged by an allow comment) is in one of those categories, or at severity
//    error (a config override such as `index-not-concurrent: error` counts);
// 2: usage or input error, including a run that analysed nothing (decided by the caller).
import { activeFindings, type TalliedReport } from "./report/counts.js";
import type { Category } from "./types.js";
import { CATEGORIES } from "./verdict.js";

/** The same default as the PR check's `approval-categories`: what destroys data and what could not be read. */
export const DEFAULT_FAIL_ON: readonly Category[] = ["destructive", "needs-review"];

export class FailOnError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FailOnError";
  }
}

/** `--fail-on destructive,locking`; `none` fails on severity error only. Undefined gives the default. */
export function parseFailOn(value: string | undefined): Category[] {
  if (value === undefined) return [...DEFAULT_FAIL_ON];
  const values = value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (values.length === 1 && values[0] === "none") return [];
  if (values.length === 0) {
    throw new FailOnError(
      `--fail-on is empty; expected a comma-separated list of ${CATEGORIES.join(", ")}, or none.`,
    );
  }
  for (const v of values) {
    if (!CATEGORIES.includes(v as Category)) {
      throw new FailOnError(
        `--fail-on lists ${JSON.stringify(v)}, which is not a category; expected a comma-separated list of ` +
          `${CATEGORIES.join(", ")}, or none.`,
      );
    }
  }
  return [...new Set(values as Category[])];
}

export function exitStatus(files: readonly TalliedReport[], failOn: readonly Category[]): 0 | 1 {
  const failing = new Set(failOn);
  return activeFindings(files).some((f) => failing.has(f.category) || f.severity === "error") ? 1 : 0;
}

/** A path the user named, with what came of the files under it. */
export interface NamedPath {
  /** As given on the command line. */
  arg: string;
  isDirectory: boolean;
  /** Files found under it (the path itself for a file). */
  files: number;
  /** Of those, how many were analysed as migrations. */
  analysed: number;
}

/**
 * Sentences for the named paths that held no migration: each one is an input error (exit 2), never a silent
 * "fine". So a run that analysed nothing always has at least one.
 */
export function namedPathProblems(named: readonly NamedPath[]): string[] {
  const problems: string[] = [];
  for (const n of named) {
    if (n.analysed > 0) continue;
    const what = n.isDirectory
      ? n.files === 0
        ? `${n.arg} is an empty directory`
        : `${n.arg} holds ${n.files} file(s), none of them a migration of a known framework (nor a .sql file)`
      : `${n.arg} is not a migration of a known framework`;
    problems.push(
      `${what}. Say which framework it is with --framework ID, or under \`paths:\` in ` +
        `.github/migration-guard.yml (e.g. \`paths: { rails: ["${n.isDirectory ? `${n.arg.replace(/\/$/, "")}/**` : n.arg}"] }\`).`,
    );
  }
  return problems;
}
