// The CLI over the same engine as the action: analyse files, or the migrations changed between two revisions.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { analyzeFiles, EarlyThreads, isAnalysisWorker, serveAnalysis } from "./analyze-files.js";
import { progressLine, type Progress } from "./cli-progress.js";
import { ConfigError, defaultConfig, type Config } from "./core/config-defaults.js";
import { compareCodeUnits } from "./core/order.js";
import { tally, type TalliedReport } from "./core/report/counts.js";
import { frameworkById } from "./core/frameworks/index.js";
import {
  exitStatus,
  FailOnError,
  namedPathProblems,
  parseFailOn,
  type NamedPath,
} from "./core/exit-status.js";
import { rules } from "./core/rules/index.js";
import type { Category, FileReport, FrameworkId } from "./core/types.js";
import { parsersFor } from "./parsers/index.js";
import { reportWriter } from "./report-writer.js";
import {
  helpText,
  isCommand,
  outputStyle,
  parseOptions,
  usageErrorText,
  type CommandName,
} from "./cli-text.js";
import { VERSION } from "./version.js";
import { extend } from "./core/extend.js";

/** A mistake in how the CLI was called: one line, and a hint to the command's --help. */
class UsageError extends Error {}

/** The reports, what to fail on, and input problems found on the way (each one makes the exit status 2). */
interface Outcome {
  /** Each file's report, or as much of it as the exit status reads (see `tally`). */
  reports: readonly TalliedReport[];
  failOn: Category[];
  /** Input problems found while analysing (a named path that held no migration): exit 2 after the report. */
  problems?: string[];
}

type Format = "text" | "json" | "sarif" | "gitlab";

const SKIP_DIRS = new Set([".git", "node_modules", "vendor", "__pycache__", "_build", "deps"]);

type Found = { abs: string; shown: string }[];

/** The files under `path` (a file, or a folder walked), added to `out`; `counted` is called as it grows. */
function walk(path: string, shown: string, out: Found, counted: () => void, top = true): void {
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
  if (st.isDirectory()) walkFolder(path, shown, out, counted);
  else if (st.isFile()) out.push({ abs: path, shown });
}

/**
 * A folder's entries, by the types its listing gives (no stat per file: 10,000 of them were ~70 ms before any
 * analysis began). A link is followed as a path named on the command line is (`walk`); sockets, FIFOs and
 * devices are not migrations.
 */
function walkFolder(path: string, shown: string, out: Found, counted: () => void): void {
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const abs = join(path, entry.name);
    const under = shown === "." ? entry.name : `${shown.replace(/\/$/, "")}/${entry.name}`;
    if (entry.isDirectory()) walkFolder(abs, under, out, counted);
    else if (entry.isFile()) out.push({ abs, shown: under });
    else if (entry.isSymbolicLink()) walk(abs, under, out, counted, false);
  }
  counted();
}

// Loading: what only some runs need (the YAML parser, simple-git and the diff engine, child_process) is imported
// where it is used, so `analyze` on one file does not compile and evaluate it (the cold start is mostly that).
async function loadConfig(
  file: string | undefined,
  database: string | undefined,
  base: string,
): Promise<Config> {
  const path = file ?? join(base, ".github/migration-guard.yml");
  let config: Config;
  if (existsSync(path)) {
    const { parseConfig } = await import("./core/config.js");
    config = parseConfig(
      readFileSync(path, "utf8"),
      path,
      rules.map((r) => r.id),
    );
  } else if (file) throw new UsageError(`The config file ${file} does not exist.`);
  else config = defaultConfig(); // what parseConfig("") gives

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

function formatOf(value: string | undefined): Format {
  const format = value ?? "text";
  if (format !== "text" && format !== "json" && format !== "sarif" && format !== "gitlab") {
    throw new UsageError(`--format must be text, json, sarif or gitlab; got ${JSON.stringify(format)}.`);
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

/** A command's options and positionals, by its table in cli-text.ts; `--help` is answered by main. */
function argsOf(command: CommandName, args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: command === "analyze",
    options: parseOptions(command),
  });
  const string = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  return { string, flag: (name: string) => values[name] === true, positionals: positionals as string[] };
}

/** How the text report looks on this stdout: colour on a terminal (or forced), only findings with --quiet. */
function textOptions(quiet: boolean) {
  return { style: outputStyle(process.env, process.stdout.isTTY === true), quiet };
}

async function analyzeCommand(args: string[]): Promise<Outcome> {
  const arg = argsOf("analyze", args);
  const { positionals } = arg;
  const values = {
    format: arg.string("format"),
    config: arg.string("config"),
    database: arg.string("database"),
    framework: arg.string("framework"),
    "fail-on": arg.string("fail-on"),
    jobs: arg.string("jobs"),
    "stdin-filename": arg.string("stdin-filename"),
    quiet: arg.flag("quiet"),
  };
  if (positionals.length === 0)
    throw new UsageError("analyze needs at least one file or directory (or - for stdin).");
  const format = formatOf(values.format);
  const failOn = parseFailOn(values["fail-on"]);
  const jobs = jobsOf(values.jobs);
  const config = await loadConfig(values.config, values.database, process.cwd());
  if (values.framework !== undefined) {
    if (!frameworkById(values.framework as FrameworkId)) {
      throw new UsageError(`--framework ${JSON.stringify(values.framework)} is not a known framework.`);
    }
    config.paths = { [values.framework]: ["**"] };
  }
  const files: { abs: string; shown: string; named: number }[] = [];
  const named: NamedPath[] = [];
  if (positionals.filter((p) => p === "-").length > 1) throw new UsageError("- (stdin) can be named once.");
  if (positionals.includes("-") && values.framework === undefined)
    throw new UsageError(
      "reading a migration from stdin (-) needs --framework: a name alone cannot tell it.",
    );
  const stdin = positionals.includes("-") ? stdinFile(values["stdin-filename"]) : undefined;
  let progress: Progress | undefined;
  const workerEntry = new URL(import.meta.url);
  // Analysis threads start as soon as the walk has found enough files for them, and boot while it goes on.
  const early = new EarlyThreads(workerEntry, jobs);
  try {
    for (const p of positionals) {
      if (p === "-" && stdin) {
        named.push({ arg: stdin.shown, isDirectory: false, files: 1, analysed: 0 });
        files.push(extend(stdin, { named: named.length - 1 }));
        continue;
      }
      if (!existsSync(p)) throw new UsageError(`${p} does not exist.`);
      const found: Found = [];
      walk(resolve(p), p, found, () => early.found(files.length + found.length));
      named.push({ arg: p, isDirectory: statSync(p).isDirectory(), files: found.length, analysed: 0 });
      for (const f of found) files.push(extend(f, { named: named.length - 1 }));
    }
    // The exit status and the text totals need each file's findings, not the whole reports once they are written out.
    const reports: TalliedReport[] = [];
    const out = reportWriter(
      format,
      (text) => process.stdout.write(text),
      VERSION,
      textOptions(values.quiet),
    );
    const engine = (as: Config, parsers: ReturnType<typeof parsersFor> | undefined) => ({
      config: as,
      parsers,
      // Of the CLI's formats only SARIF shows the flagged lines.
      excerpts: format === "sarif",
      ...(jobs !== undefined ? { threads: jobs } : {}),
      workerEntry,
      early,
    });
    progress = progressLine(process.stderr, files.length, { quiet: values.quiet });
    const collect = (file: (typeof files)[number], report: FileReport | undefined) => {
      progress!.tick();
      if (!report) return;
      reports.push(tally(report));
      named[file.named].analysed++;
      out.add(report);
    };
    // --framework and the config's `paths:` may route any file name to any reader: then every parser (and
    // reader) is loaded, not only those the files' extensions call for.
    const routed = values.framework !== undefined || Object.keys(config.paths).length > 0;
    await analyzeFiles(
      files,
      engine(config, routed ? undefined : parsersFor(files.map((f) => f.abs))),
      collect,
    );
    // A named path that held no migration of a known framework: its .sql files are read as plain SQL of the
    // configured database (the user said to look at them); anything else is reported below, never "fine".
    const empty = new Set(named.flatMap((n, i) => (n.analysed === 0 ? [i] : [])));
    const sqlFiles = files.filter((f) => empty.has(f.named) && /\.sql$/i.test(f.shown));
    if (sqlFiles.length) {
      const asSql: Config = extend(config, { paths: { sql: ["**"] } });
      await analyzeFiles(sqlFiles, engine(asSql, parsersFor(sqlFiles.map((f) => f.abs))), collect);
    }
    progress.done();
    out.end(reports);
    return { reports, failOn, problems: namedPathProblems(named) };
  } finally {
    // An error mid-run is printed on a clean line.
    progress?.done();
    if (stdin) rmSync(stdin.dir, { recursive: true, force: true });
  }
}

/**
 * The migration on stdin, in a file of its own: the engine reads files where it analyses them (on any thread).
 * Its name (from --stdin-filename) is what readers that look at names see; reports show that name, or `-`.
 */
function stdinFile(name: string | undefined): { abs: string; shown: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "mg-stdin-"));
  const abs = join(dir, basename(name ?? "stdin"));
  writeFileSync(abs, readFileSync(0));
  return { abs, shown: name ?? "-", dir };
}

async function diffCommand(args: string[]): Promise<Outcome> {
  const arg = argsOf("diff", args);
  const values = {
    base: arg.string("base"),
    head: arg.string("head"),
    repo: arg.string("repo"),
    format: arg.string("format"),
    config: arg.string("config"),
    database: arg.string("database"),
    "fail-on": arg.string("fail-on"),
  };
  if (!values.base) throw new UsageError("diff needs --base REV.");
  const repo = resolve(values.repo ?? ".");
  const format = formatOf(values.format);
  const failOn = parseFailOn(values["fail-on"]);
  const [{ createGit }, { analyzeDiff }, { loadParsers }] = await Promise.all([
    import("./adapters/git.js"),
    import("./core/analyze-diff.js"),
    import("./parsers/index.js"),
  ]);
  const git = createGit(repo);
  try {
    for (const rev of [values.base, values.head ?? "HEAD"]) {
      if (!(await git.hasCommit(rev))) throw new UsageError(`${rev} is not a commit in ${repo}.`);
    }
    const config = await loadConfig(values.config, values.database, repo);
    const reports = await analyzeDiff(git, values.base, values.head ?? "HEAD", await loadParsers(), config);
    const out = reportWriter(
      format,
      (text) => process.stdout.write(text),
      VERSION,
      textOptions(arg.flag("quiet")),
    );
    for (const report of reports) out.add(report);
    out.end(reports);
    // A diff that changed no migration analysed nothing legitimately: that is exit 0, not an input error.
    return { reports, failOn };
  } finally {
    git.close();
  }
}

/** `npm start`: clone the bundled example repository and review its pull request, base to head. */
async function demoCommand(args: string[]): Promise<Outcome> {
  const arg = argsOf("demo", args);
  const format = arg.string("format");
  const quiet = arg.flag("quiet");
  const here = dirname(fileURLToPath(import.meta.url));
  // src/cli.ts sits one level below the repository root, the bundle (dist/cli/index.js) two.
  const bundlePath =
    [join(here, "../examples/demo.bundle"), join(here, "../../examples/demo.bundle")].find((p) =>
      existsSync(p),
    ) ?? join(here, "../examples/demo.bundle");
  if (!existsSync(bundlePath))
    throw new UsageError("The example repository (examples/demo.bundle) is not beside this installation.");
  const { execFileSync } = await import("node:child_process");
  const dir = mkdtempSync(join(tmpdir(), "mg-demo-"));
  try {
    execFileSync("git", ["clone", "-q", "--branch", "add-billing", bundlePath, dir], { stdio: "ignore" });
    if (!quiet)
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
      ...(format ? ["--format", format] : []),
      ...(quiet ? ["--quiet"] : []),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const RUN: Record<CommandName, (args: string[]) => Promise<Outcome>> = {
  analyze: analyzeCommand,
  diff: diffCommand,
  demo: demoCommand,
};

/** Whether a command's arguments ask for its help (before a `--` that ends the options). */
function asksHelp(args: string[]): boolean {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "-V" || command === "--version" || command === "version") {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === undefined) throw new CommandError("No command given.", undefined);
    if (command === "--help" || command === "-h") {
      process.stdout.write(helpText());
      return 0;
    }
    if (command === "help") {
      const about = rest[0];
      if (about !== undefined && !isCommand(about))
        throw new CommandError(`Unknown command ${JSON.stringify(about)}.`, undefined);
      process.stdout.write(helpText(about));
      return 0;
    }
    if (!isCommand(command)) throw new CommandError(`Unknown command ${JSON.stringify(command)}.`, undefined);
    if (asksHelp(rest)) {
      process.stdout.write(helpText(command));
      return 0;
    }
    let outcome: Outcome;
    try {
      outcome = await RUN[command](rest);
    } catch (error) {
      // The command's own usage mistakes get its --help as the hint; anything else goes on as it was.
      if (error instanceof UsageError || error instanceof FailOnError || isParseArgsError(error))
        throw new CommandError((error as Error).message, command);
      throw error;
    }
    if (outcome.problems?.length) {
      for (const problem of outcome.problems) process.stderr.write(`migration-guard: ${problem}\n`);
      return 2;
    }
    return exitStatus(outcome.reports, outcome.failOn);
  } catch (error) {
    // Every error exits 2 (fails closed): nothing was proven safe. Usage errors are one line and a hint.
    if (error instanceof CommandError) {
      process.stderr.write(usageErrorText(error.message, error.command));
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`migration-guard: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`migration-guard: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

/** A usage error with the command it belongs to (for the hint). */
class CommandError extends Error {
  constructor(
    message: string,
    readonly command: CommandName | undefined,
  ) {
    super(message);
  }
}

function isParseArgsError(error: unknown): boolean {
  return (error as { code?: unknown }).code?.toString().startsWith("ERR_PARSE_ARGS") === true;
}

/**
 * `analyze … | head` closes the pipe early: what is left to write has no reader. That is not an error of
 * ours: stop writing quietly and end with the exit status the findings call for (no stack trace). Any other
 * write error (a full disk) means the report is incomplete: that fails closed, exit 2, in one sentence.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream, name: string): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    if (stream !== process.stderr) {
      process.stderr.write(`migration-guard: could not write to ${name} (${error.code ?? error.message}).\n`);
    }
    process.exit(2);
  });
}
quietOnClosedPipe(process.stdout, "stdout");
quietOnClosedPipe(process.stderr, "stderr");

// The same script serves as the analysis threads' entry (analyze-files.ts starts them on it).
if (await isAnalysisWorker()) await serveAnalysis();
else process.exitCode = await main(process.argv.slice(2));
