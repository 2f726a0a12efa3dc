// The CLI over the same engine as the action: analyse files, or the migrations changed between two revisions.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createGit } from "./adapters/git.js";
import { analyzeFiles, isAnalysisWorker, serveAnalysis } from "./analyze-files.js";
import { analyzeDiff } from "./core/analyze-diff.js";
import { ConfigError, parseConfig, type Config } from "./core/config.js";
import { frameworkById } from "./core/frameworks/index.js";
import { hasDestructive } from "./core/report/counts.js";
import { toJsonReport } from "./core/report/json.js";
import { toSarif } from "./core/report/sarif.js";
import { toText } from "./core/report/text.js";
import { rules } from "./core/rules/index.js";
import type { FileReport, FrameworkId } from "./core/types.js";
import { loadParsers, parsersFor } from "./parsers/index.js";
import { reportWriter } from "./report-writer.js";

export const VERSION = "0.1.0";

const USAGE = `Usage:
  migration-guard analyze [--format text|json|sarif] [--config FILE] [--database postgresql|mysql|sqlite] [--framework ID] [--jobs N] PATH...
  migration-guard diff --base REV [--head REV] [--repo DIR] [--format text|json|sarif] [--config FILE]
  migration-guard demo [--format text|json|sarif]

Exit status: 0 nothing destructive, 1 destructive findings, 2 usage or input error.
`;

class UsageError extends Error {}

type Format = "text" | "json" | "sarif";

const SKIP_DIRS = new Set([".git", "node_modules", "vendor", "__pycache__", "_build", "deps"]);

function walk(path: string, shown: string, out: { abs: string; shown: string }[], top = true): void {
  let st;
  try {
    st = statSync(path);
  } catch (error) {
    // Listed but not stat-able (a dangling link, gone since the listing): not a usage error. Kept, so that at a
    // migration's path it is reported as unreadable rather than silently dropped.
    if (top) throw error;
    out.push({ abs: path, shown });
    return;
  }
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (SKIP_DIRS.has(name)) continue;
      walk(join(path, name), shown === "." ? name : `${shown.replace(/\/$/, "")}/${name}`, out, false);
    }
  } else if (st.isFile()) {
    out.push({ abs: path, shown });
  }
}

function loadConfig(file: string | undefined, database: string | undefined, base: string): Config {
  const path = file ?? join(base, ".github/migration-guard.yml");
  let text = "";
  if (existsSync(path)) text = readFileSync(path, "utf8");
  else if (file) throw new UsageError(`The config file ${file} does not exist.`);
  const config = parseConfig(
    text,
    path,
    rules.map((r) => r.id),
  );
  if (database !== undefined) {
    if (!["postgresql", "mysql", "sqlite"].includes(database)) {
      throw new UsageError(
        `--database must be postgresql, mysql or sqlite; got ${JSON.stringify(database)}.`,
      );
    }
    config.database = database as Config["database"];
  }
  return config;
}

function render(files: FileReport[], format: Format): string {
  if (format === "json") return JSON.stringify(toJsonReport(files), null, 2) + "\n";
  if (format === "sarif") return JSON.stringify(toSarif(files, VERSION), null, 2) + "\n";
  return toText(files);
}

function formatOf(value: string | undefined): Format {
  const format = value ?? "text";
  if (format !== "text" && format !== "json" && format !== "sarif") {
    throw new UsageError(`--format must be text, json or sarif; got ${JSON.stringify(format)}.`);
  }
  return format;
}

function jobsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!/^[0-9]+$/.test(value) || jobs < 1 || jobs > 256) {
    throw new UsageError(
      `--jobs must be a whole number of threads from 1 to 256; got ${JSON.stringify(value)}.`,
    );
  }
  return jobs;
}

async function analyzeCommand(args: string[]): Promise<FileReport[]> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      config: { type: "string" },
      database: { type: "string" },
      framework: { type: "string" },
      jobs: { type: "string" },
    },
  });
  if (positionals.length === 0) throw new UsageError("analyze needs at least one file or directory.");
  const format = formatOf(values.format);
  const jobs = jobsOf(values.jobs);
  const config = loadConfig(values.config, values.database, process.cwd());
  if (values.framework !== undefined) {
    if (!frameworkById(values.framework as FrameworkId)) {
      throw new UsageError(`--framework ${JSON.stringify(values.framework)} is not a known framework.`);
    }
    config.paths = { [values.framework]: ["**"] };
  }
  const files: { abs: string; shown: string }[] = [];
  for (const p of positionals) {
    if (!existsSync(p)) throw new UsageError(`${p} does not exist.`);
    walk(resolve(p), p, files);
  }
  const reports: FileReport[] = [];
  const out = reportWriter(format, (text) => process.stdout.write(text), VERSION);
  const named = new Set(positionals);
  await analyzeFiles(
    files,
    {
      config,
      // --framework may route any file name to a reader, so then every parser is loaded.
      parsers: values.framework ? undefined : parsersFor(files.map((f) => f.abs)),
      ...(jobs !== undefined ? { threads: jobs } : {}),
      workerEntry: new URL(import.meta.url),
    },
    (file, report) => {
      if (report) {
        reports.push(report);
        out.add(report);
      } else if (named.has(file.shown)) {
        process.stderr.write(
          `migration-guard: ${file.shown} is not a migration of any known framework (use --framework).\n`,
        );
      }
    },
  );
  out.end(reports);
  return reports;
}

async function diffCommand(args: string[]): Promise<FileReport[]> {
  const { values } = parseArgs({
    args,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      repo: { type: "string" },
      format: { type: "string" },
      config: { type: "string" },
      database: { type: "string" },
    },
  });
  if (!values.base) throw new UsageError("diff needs --base REV.");
  const repo = resolve(values.repo ?? ".");
  const format = formatOf(values.format);
  const git = createGit(repo);
  try {
    for (const rev of [values.base, values.head ?? "HEAD"]) {
      if (!(await git.hasCommit(rev))) throw new UsageError(`${rev} is not a commit in ${repo}.`);
    }
    const config = loadConfig(values.config, values.database, repo);
    const reports = await analyzeDiff(git, values.base, values.head ?? "HEAD", await loadParsers(), config);
    process.stdout.write(render(reports, format));
    return reports;
  } finally {
    git.close();
  }
}

/** `npm start`: clone the bundled example repository and review its pull request, base to head. */
async function demoCommand(args: string[]): Promise<FileReport[]> {
  const { values } = parseArgs({ args, options: { format: { type: "string" } } });
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/cli.js and src/cli.ts both sit one level below the repository root.
  const bundlePath = join(here, "../examples/demo.bundle");
  if (!existsSync(bundlePath))
    throw new UsageError("The example repository (examples/demo.bundle) is not beside this installation.");
  const dir = mkdtempSync(join(tmpdir(), "mg-demo-"));
  try {
    execFileSync("git", ["clone", "-q", "--branch", "add-billing", bundlePath, dir], { stdio: "ignore" });
    process.stderr.write(
      `Reviewing the example pull request "add-billing" (${relative(process.cwd(), bundlePath)}), main...add-billing:\n\n`,
    );
    return await diffCommand([
      "--repo",
      dir,
      "--base",
      "origin/main",
      "--head",
      "HEAD",
      ...(values.format ? ["--format", values.format] : []),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    let reports: FileReport[];
    if (command === "analyze") reports = await analyzeCommand(rest);
    else if (command === "diff") reports = await diffCommand(rest);
    else if (command === "demo") reports = await demoCommand(rest);
    else if (command === "--version" || command === "version") {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    } else if (command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(USAGE);
      return 0;
    } else
      throw new UsageError(command ? `Unknown command ${JSON.stringify(command)}.` : "No command given.");
    return hasDestructive(reports) ? 1 : 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      process.stderr.write(`migration-guard: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`migration-guard: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

// The same script serves as the analysis threads' entry (analyze-files.ts starts them on it).
if (isAnalysisWorker()) await serveAnalysis();
else process.exitCode = await main(process.argv.slice(2));
