// Shared by the rule tests: RuleContexts built from operations, and the fixture runner. Lives here, not in
// __tests__/, because jest would take any file there for a test suite.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { analyzeFile } from "../../src/core/analyze.js";
import { FolderIndex } from "../../src/core/folder-index.js";
import { folderHistories, MIGRATION_EXTENSIONS } from "../../src/core/folder-history.js";
import { DEFAULT_CONFIG, type Config } from "../../src/core/config.js";
import type { Rule, RuleContext } from "../../src/core/rules/rule.js";
import type { Database, FileStatus, Finding, FrameworkId, Operation } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

export const FIXTURES = join(process.cwd(), "__fixtures__", "rules");

/** A line in a fixture that carries this marker is where the rule under test must report, and nowhere else. */
export const MARKER = "mg:expect";

type WithoutEnd<T> = T extends Operation ? Omit<T, "endLine"> & { endLine?: number } : never;
export type Op = WithoutEnd<Operation>;

export interface ContextOptions {
  database?: Database;
  framework?: FrameworkId;
  status?: FileStatus;
  previousPath?: string;
  problems?: RuleContext["problems"];
}

/** A RuleContext from operations written with `line` only (endLine defaults to line). */
export function context(ops: readonly Op[], options: ContextOptions = {}): RuleContext {
  return {
    path: "db/migrate/20240101000000_example.rb",
    framework: options.framework ?? "sql",
    database: options.database ?? "postgresql",
    operations: ops.map((op) => ({ ...op, endLine: op.endLine ?? op.line }) as Operation),
    problems: options.problems ?? [],
    status: options.status ?? "unchanged",
    ...(options.previousPath !== undefined ? { previousPath: options.previousPath } : {}),
  };
}

/** The lines a rule reports for these operations. */
export function hitLines(rule: Rule, ops: readonly Op[], options: ContextOptions = {}): number[] {
  return rule.check(context(ops, options)).map((h) => h.line);
}

const STATUSES: readonly FileStatus[] = ["added", "modified", "deleted", "renamed", "unchanged"];

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export interface FixtureCase {
  kind: "positive" | "negative";
  /** Path relative to the fixture folder, as a repository would hold it (`db/migrate/...`). */
  path: string;
  file: string;
  status: FileStatus;
}

/**
 * Every fixture of a rule. A first folder named after a file status (`positive/modified/db/migrate/...`)
 * analyses the file with that status; the folder is not part of the path the frameworks see.
 */
export function fixtureCases(ruleId: string): FixtureCase[] {
  return (["positive", "negative"] as const).flatMap((kind) => {
    const base = join(FIXTURES, ruleId, kind);
    return walk(base).map((file) => {
      const parts = relative(base, file).split(sep);
      const status = STATUSES.find((s) => s === parts[0]);
      return {
        kind,
        file,
        status: status ?? "added",
        path: (status ? parts.slice(1) : parts).join("/"),
      };
    });
  });
}

export function markerLines(source: string): number[] {
  return source
    .split("\n")
    .flatMap((line, i) => (line.includes(MARKER) ? [i + 1] : []));
}

/**
 * Analyses one fixture the way the action does: default config, WASM parsers, siblings from its folder, and the
 * folder's other migrations as the history it runs after (a fixture that needs a table created first has the
 * creating migration beside it).
 */
export async function analyzeFixture(c: FixtureCase, config: Config = DEFAULT_CONFIG): Promise<Finding[] | undefined> {
  const parsers = await loadParsers();
  const folder = c.file.slice(0, c.file.lastIndexOf(sep));
  const names = readdirSync(folder);
  const siblings = new FolderIndex(names);
  const prefix = c.path.slice(0, c.path.lastIndexOf("/") + 1);
  const history = folderHistories(
    names
      .filter((n) => MIGRATION_EXTENSIONS.test(n) && statSync(join(folder, n)).isFile())
      .map((n) => ({ path: prefix + n, content: readFileSync(join(folder, n)), origin: "history" as const })),
    parsers,
    config,
    siblings,
  );
  const report = analyzeFile(
    {
      path: c.path,
      content: c.status === "deleted" ? undefined : new Uint8Array(readFileSync(c.file)),
      status: c.status,
      siblings,
      history,
    },
    parsers,
    config,
  );
  return report?.findings;
}

/**
 * Runs every fixture of a rule through analyzeFile: a positive fixture must report the rule exactly on its
 * marked lines (and have at least one), a negative one must not report it at all.
 */
export function describeFixtures(ruleId: string): void {
  const cases = fixtureCases(ruleId);
  describe(`${ruleId} fixtures`, () => {
    it("has at least one positive and one negative fixture", () => {
      expect(cases.some((c) => c.kind === "positive")).toBe(true);
      expect(cases.some((c) => c.kind === "negative")).toBe(true);
    });
    for (const c of cases) {
      it(`${c.kind}: ${c.path}${c.status === "added" ? "" : ` (${c.status})`}`, async () => {
        const findings = await analyzeFixture(c);
        // A down file may legitimately belong to no reader; every other fixture must be recognised,
        // or a negative would pass for the wrong reason.
        if (!/\.down\./.test(c.path)) expect(findings).toBeDefined();
        // Some readers report one statement twice (prism gives two errors for one bad token); a line is a line.
        const lines = [...new Set((findings ?? []).filter((f) => f.rule === ruleId).map((f) => f.line))];
        const expected = c.kind === "positive" ? markerLines(readFileSync(c.file, "utf8")) : [];
        if (c.kind === "positive") expect(expected.length).toBeGreaterThan(0);
        expect(lines).toEqual(expected);
      });
    }
  });
}
