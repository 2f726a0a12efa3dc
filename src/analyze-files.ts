// The CLI's analysis engine: files on disk → one report per file, in the order given, on this thread or on
// several. All the files of one folder are analysed by one thread, which lists the folder and reads its migrations
// once (a reader that looks beside its file asks that index; the schema history is replayed from that reading);
// only the reading of a folder too large for one thread's share is spread over the others (see sharedBatches), the
// replay and the rules staying in order on the owner. Results are handed on strictly in the order given, so a run
// on four threads prints exactly what a run on one prints.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Worker } from "node:worker_threads";
import { analyzeFile, readMigration, type AnalyzeOptions, type Reading } from "./core/analyze.js";
import type { Config } from "./core/config.js";
import {
  dumpFilesUnder,
  FolderIndex,
  folderIndexes,
  historyKey,
  historyMember,
  prefixAbove,
  type FolderEntry,
  type HistoryScope,
} from "./core/folder-index.js";
import {
  folderHistories,
  historyScope,
  MIGRATION_EXTENSIONS,
  type FolderHistories,
} from "./core/folder-history.js";
import { readsSiblings } from "./core/frameworks/index.js";
import type { Parsers } from "./core/parsers.js";
import { SharedReading } from "./core/shared-reading.js";
import type { FileReport } from "./core/types.js";
import { setEngineFlags } from "./parsers/engine-flags.js";
import { loadParsers, loadReadersOf, type ParserName } from "./parsers/index.js";

export interface DiskFile {
  /** Where to read it. */
  abs: string;
  /** The path reports show (as the user named it), which also decides the framework. */
  shown: string;
}

export interface EngineOptions {
  config: Config;
  /** The parsers the files can need; undefined loads all (`--framework` may route any name to any reader). */
  parsers: ParserName[] | undefined;
  /** Give findings their excerpts (see AnalyzeOptions): the formats that show code need them. Default true. */
  excerpts?: boolean;
  /** Threads to use, this one included; undefined chooses (see `threadsFor`). */
  threads?: number;
  /** The script a worker runs: the CLI's own entry, which calls `serveAnalysis()` off the main thread. */
  workerEntry?: URL;
  /** Threads already started on `workerEntry`, used before any other is started; those not needed are stopped. */
  early?: EarlyThreads;
}

/**
 * Below this many files a second thread cannot pay: each worker starts the bundle, compiles its parser and warms
 * up its own JIT before it is useful (~0.4 s of CPU, ~40 MiB), while one thread analyses a 28-line SQL migration
 * in ~0.7 ms. Measured with paired runs on 2 cores shared with other work (load average 6-9): two threads cost
 * 1.16-1.37× the CPU of one at 1,000-10,000 files and gave no wall-time gain at any size, since the cores were
 * taken; on idle cores the same work splits in two. Re-measure on a quiet machine before moving this.
 * The same holds for one large folder whose reading the threads share (reading is ~80 % of a SQL file's CPU, so
 * a second thread can take at most that part): 10,000 SQL files in one folder on two threads against one, paired
 * (5 pairs, load average 7.7-10), 1.13× the CPU (1.01-1.32) and 1.17× the wall time (0.97-1.31), the worker
 * reading ~7,000 of the files and the owner reading 0-2 twice. So the threshold stays: sharing adds no boot of
 * its own, only the worker this threshold already decides on.
 */
export const THREAD_THRESHOLD = 4000;
/** Files per message: big enough that messaging is noise, small enough that threads finish together. */
const BATCH = 256;
/**
 * Files per read chunk of a folder larger than a batch, whose reading the threads share (see SharedReading):
 * ~40 ms of reading for 28-line SQL files, so a thread that holds one is never long ahead of the owner's need.
 */
const READ_CHUNK = 64;
/**
 * Batches a worker holds at once: the one it works on and the next, so it never waits for this thread; no more,
 * so that the batches left at the end go to whichever thread frees up first.
 */
const IN_FLIGHT = 2;
/** This thread analyses for at most this long before it lets the workers' messages in. */
const SLICE_MS = 8;
/** How long the main thread waits for the workers to boot before it sets the V8 flags anyway. */
const BOOT_WAIT_MS = 2000;

function analysisOf(options: EngineOptions): AnalyzeOptions {
  return options.excerpts === false ? { excerpts: false } : {};
}

export function threadsFor(files: number, requested: number | undefined): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, Math.ceil(files / BATCH)));
  if (files < THREAD_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / BATCH)));
}

/** The bytes, or why there are none: a file that cannot be read is reported for review, not a crash. */
function readSource(path: string): { content: Uint8Array } | { unreadable: string } {
  try {
    return { content: readFileSync(path) };
  } catch (error) {
    return { unreadable: `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

/**
 * The folder that holds a file's history on disk (its own, or Prisma's `migrations/` above the migration's own
 * folder), that folder as the file's shown path spells it, and which files in it make the history.
 */
function historyGroup(file: DiskFile, config: Config): { dir: string; prefix: string; scope: HistoryScope } {
  const scope = historyScope(file.shown, config);
  let dir = file.abs;
  for (let up = 0; up < scope.depth; up++) dir = dirname(dir);
  return { dir, prefix: prefixAbove(file.shown, scope.depth), scope };
}

/**
 * A file the history reads (a listed migration, a dump): its bytes; null when there is no such file and that
 * is allowed (`mayBeAbsent`), undefined when it could not be read.
 */
function readMember(path: string, mayBeAbsent: boolean): Uint8Array | undefined | null {
  try {
    return readFileSync(path);
  } catch (error) {
    // A listed name without the scope's file in it (Prisma's `migration_lock.toml`) is no migration, a missing
    // dump no dump; any other failure is a file that could not be read (fails closed: the history proves no
    // absence after it).
    const code = (error as NodeJS.ErrnoException).code;
    return mayBeAbsent && (code === "ENOENT" || code === "ENOTDIR") ? null : undefined;
  }
}

/**
 * A dump spread over files (Prisma's schema folder) beside the history folder `dir`, walked on disk when the
 * history first needs it: each file's bytes read when the dump is, by its path under `dir`'s parent.
 */
function dumpFilesOnDisk(dir: string, extension: string): Map<string, () => Uint8Array | undefined | null> {
  const parent = dirname(dir);
  const walk = dumpFilesUnder(basename(dir), extension);
  let step = walk.next();
  while (!step.done) step = walk.next(step.value.map((sub) => listFolder(join(parent, sub))));
  // A walk that could not finish is an unreadable part (see dumpFilesUnder): the seed fails closed.
  if (!step.value) return new Map([[dir, () => undefined]]);
  return new Map(step.value.map((name) => [name, () => readMember(join(parent, name), false)]));
}

/**
 * A folder's entries (a link's kind unknown: the walk lists it, following it as Prisma does); [] for a file,
 * undefined when it cannot be listed.
 */
function listFolder(path: string): FolderEntry[] | undefined {
  try {
    return readdirSync(path, { withFileTypes: true }).map((d) =>
      d.isDirectory()
        ? { name: d.name, folder: true }
        : d.isFile()
          ? { name: d.name, folder: false }
          : { name: d.name },
    );
  } catch (error) {
    // A file is no folder; anything else (no permission, an I/O error) may hide a schema file, so the walk
    // fails closed (see dumpFilesUnder).
    return (error as NodeJS.ErrnoException).code === "ENOTDIR" ? [] : undefined;
  }
}

/**
 * Given a folder's files in replay order, the shared reading of them to use, or undefined to read them all here
 * (a folder small enough, or one thread).
 */
type Share = (inOrder: readonly DiskFile[]) => SharedReading<Reading> | undefined;

/** Takes one file's report as soon as it is made: `at` is the file's place in the files given. */
type Deliver = (at: number, report: FileReport | undefined) => void;

interface Analyser {
  /**
   * The reports of `files`, in their order; a generator that stops after each file. With `deliver`, each report
   * goes there as soon as it is made instead (in the replay's order), and the array returned is empty: a
   * 10,000-file folder's reports are not all held until its last file is done.
   */
  analyse(
    files: readonly DiskFile[],
    share?: Share,
    deliver?: Deliver,
  ): Generator<void, (FileReport | undefined)[]>;
  /** One file's reading for another thread's analysis; null when there is none to give (it says why there). */
  read(file: DiskFile): Reading | null;
}

/**
 * One thread's analyser: each folder is listed once per thread, and each of its migrations read once, for the
 * schema history and the analysis alike (the sibling index is the same listing). The files of one folder are
 * analysed in the order their framework runs them (reports still come back in the order given), so each is
 * parsed once and the history replayed once.
 */
function analyser(parsers: Parsers, config: Config, options: AnalyzeOptions): Analyser {
  const listing = folderIndexes((dir: string): string[] => {
    try {
      return readdirSync(dir);
    } catch {
      // The folder cannot be listed (fails closed): no sibling is found, so a `.up.sql` is reported as having
      // no way back, and there is no history, so no verdict rests on one (the rules judge each file alone).
      return [];
    }
  });
  const indexOf = folderIndexes((dir: string) => new FolderIndex(listing(dir)));
  // The schema history of each folder: every migration beside the file, as the history the migration runs
  // after. Outside a repository this is the folder on disk all the same; a file alone in its folder has no
  // history, and the rules say so where a verdict needed one. A file is read when the history reaches it.
  const histories = new Map<string, FolderHistories>();
  const historyOf = (dir: string, prefix: string, scope: HistoryScope): FolderHistories => {
    // Paths spelled as the files' own (the prefix), so each file is found among them.
    const key = historyKey(`${dir}\0${prefix}`, scope);
    let history = histories.get(key);
    if (!history) {
      history = folderHistories(
        listing(dir)
          .map((name) => historyMember(name, scope))
          .filter((name) => MIGRATION_EXTENSIONS.test(name))
          .map((name) => ({
            path: prefix + name,
            content: () => readMember(join(dir, name), scope.file !== undefined),
            origin: "history" as const,
          })),
        parsers,
        config,
        undefined,
        scope.dumps
          ? new Map(scope.dumps.map((name) => [name, () => readMember(join(dir, "..", name), true)]))
          : scope.dumpExtension !== undefined
            ? () => dumpFilesOnDisk(dir, scope.dumpExtension!)
            : undefined,
      );
      histories.set(key, history);
    }
    return history;
  };
  const siblingsOf = (file: DiskFile) =>
    readsSiblings(file.shown) ? { siblings: indexOf(dirname(file.abs)) } : {};
  const analyse = (file: DiskFile, history: FolderHistories, reading?: Reading): FileReport | undefined => {
    // The history's reading of the file when it has one; else (not a migration's name, unreadable, not UTF-8)
    // the bytes, so that analyzeFile says what is wrong with them.
    const text = history.source(file.shown);
    return analyzeFile(
      {
        path: file.shown,
        ...(text !== undefined ? { content: text } : readSource(file.abs)),
        ...siblingsOf(file),
        history,
        ...(reading ? { reading } : {}),
      },
      parsers,
      config,
      options,
    );
  };
  const read = (file: DiskFile): Reading | null => {
    const source = readSource(file.abs);
    if ("unreadable" in source) return null;
    return readMigration({ path: file.shown, ...source, ...siblingsOf(file) }, parsers, config) ?? null;
  };
  // A generator that stops after each file, so the main thread can let the workers' messages in between.
  const run = function* (files: readonly DiskFile[], share?: Share, deliver?: Deliver) {
    const groups = new Map<string, { dir: string; prefix: string; scope: HistoryScope; at: number[] }>();
    files.forEach((file, i) => {
      const { dir, prefix, scope } = historyGroup(file, config);
      const key = historyKey(`${dir}\0${prefix}`, scope);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { dir, prefix, scope, at: [] }));
      group.at.push(i);
    });
    const reports: (FileReport | undefined)[] = new Array(deliver ? 0 : files.length);
    for (const { dir, prefix, scope, at } of groups.values()) {
      const history = historyOf(dir, prefix, scope);
      const ranked = at.map((i) => ({ i, rank: history.rank(files[i]!.shown) }));
      ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
      const shared = share?.(ranked.map(({ i }) => files[i]!));
      for (let p = 0; p < ranked.length; p++) {
        const file = files[ranked[p]!.i]!;
        let reading: Reading | undefined;
        // This thread owns the folder: it takes the reading when another thread has sent it, and while one is
        // still on its way reads later files rather than wait.
        for (let step = shared?.ownerStep(p); step; step = shared!.ownerStep(p)) {
          if ("use" in step) reading = step.use ?? undefined;
          if (!("readAhead" in step)) break;
          shared!.own(step.readAhead, read(files[ranked[step.readAhead]!.i]!));
          yield;
        }
        const report = analyse(file, history, reading);
        if (deliver) deliver(ranked[p]!.i, report);
        else reports[ranked[p]!.i] = report;
        yield;
      }
      shared?.finish();
    }
    return reports;
  };
  return { analyse: run, read };
}

/**
 * The files cut into batches for the threads, as indices into `folders` (each file's folder): all the files of
 * a folder go in one batch, so its history is read and replayed by one thread only; small folders share a
 * batch up to `size` files. Batches are in the order of their first file.
 */
export function batchesByFolder(folders: readonly string[], size = BATCH): number[][] {
  const byFolder = new Map<string, number[]>();
  folders.forEach((folder, i) => {
    let at = byFolder.get(folder);
    if (!at) byFolder.set(folder, (at = []));
    at.push(i);
  });
  const batches: number[][] = [];
  let current: number[] = [];
  for (const at of byFolder.values()) {
    if (current.length && current.length + at.length > size) {
      batches.push(current);
      current = [];
    }
    for (const i of at) current.push(i);
  }
  if (current.length) batches.push(current);
  return batches;
}

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The batches whose reading the threads share, as `threads` threads would run `batches`: a folder larger than a
 * batch (its batch holds it alone) and than a thread's share of all the files, which handed to one thread whole
 * would leave the others idle. Folders smaller than that go to one thread each, as they keep every thread busy
 * without any messaging (the 10,000-file mixed corpus's largest folder is 1,666 files: none is shared).
 */
export function sharedBatches(
  batches: readonly (readonly number[])[],
  threads: number,
  batch = BATCH,
): Set<number> {
  const files = batches.reduce((n, b) => n + b.length, 0);
  const shared = new Set<number>();
  if (threads > 1)
    batches.forEach((b, i) => {
      if (b.length > batch && b.length > files / threads) shared.add(i);
    });
  return shared;
}

/**
 * How many threads to run `batches` on, up to `wanted`: no more than there are pieces of work, a batch each, or
 * each read chunk of a folder whose reading is shared (`chunk` files).
 */
export function threadsForBatches(
  batches: readonly (readonly number[])[],
  wanted: number,
  chunk = READ_CHUNK,
): number {
  const shared = sharedBatches(batches, wanted);
  const units = batches.reduce((n, b, i) => n + (shared.has(i) ? Math.ceil(b.length / chunk) : 1), 0);
  return Math.max(1, Math.min(wanted, units));
}

/**
 * The order batches are handed out in: largest first, so that what is left when the threads run out of work is
 * small and they finish together (a large folder handed out last would keep one thread busy alone).
 */
export function dispatchOrder(batches: readonly (readonly number[])[]): number[] {
  return batches.map((_, b) => b).sort((a, b) => batches[b]!.length - batches[a]!.length || a - b);
}

/** A thread's `workerData`: what it is (see isAnalysisWorker). What it analyses with comes in its go (Go). */
interface WorkerSetup {
  kind: "migration-guard-analysis";
}
/** The main thread's go to a booted thread: load these parsers and analyse with this config. */
interface Go {
  config: Config;
  parsers: ParserName[] | undefined;
  analysis: AnalyzeOptions;
}
interface BatchRequest {
  batch: number;
  files: DiskFile[];
}
/** Read chunk `chunk` of shared folder `folder` (a serial number: a late reply for a folder done is dropped). */
interface ReadRequest {
  folder: number;
  chunk: number;
  files: DiskFile[];
}
type BatchReply =
  | { batch: number; reports: (FileReport | undefined)[] }
  | { folder: number; chunk: number; readings: (Reading | null)[] }
  | { error: string };

/**
 * Put in a thread's `process.argv` by `analyzeFiles`, so the entry can tell without loading node:worker_threads
 * (which a one-thread run never needs); `workerData` then confirms it, so the flag given by hand does nothing.
 */
const THREAD_ARG = "--migration-guard-analysis-thread";

/** True in a thread started by `analyzeFiles`; the entry then calls `serveAnalysis()` instead of the CLI. */
export async function isAnalysisWorker(): Promise<boolean> {
  if (!process.argv.includes(THREAD_ARG)) return false;
  const { isMainThread, workerData } = await import("node:worker_threads");
  return !isMainThread && (workerData as Partial<WorkerSetup> | null)?.kind === "migration-guard-analysis";
}

/** A worker's life: load the parsers, then analyse each batch the main thread sends until it lets go. */
export async function serveAnalysis(): Promise<void> {
  const { parentPort } = await import("node:worker_threads");
  const port = parentPort!;
  // The parsers wait for the main thread's go: it sets the V8 flags (setEngineFlags) once every thread has booted.
  port.postMessage({ booted: true });
  const go = await new Promise<Go>((given) => port.once("message", given));
  const { analyse, read } = analyser(await loadParsers(go.parsers), go.config, go.analysis);
  port.on("message", (request: BatchRequest | ReadRequest) => {
    let reply: BatchReply;
    try {
      reply =
        "chunk" in request
          ? { folder: request.folder, chunk: request.chunk, readings: request.files.map(read) }
          : { batch: request.batch, reports: runToEnd(analyse(request.files)) };
    } catch (error) {
      // Neither analyzeFile nor a reading throws for bad input; this is a bug, and the main thread fails the run
      // with it (fails closed: no report is made of what this thread held).
      reply = { error: (error as Error).stack ?? String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}

type ThreadEvent = { message: unknown } | { error: Error } | { exit: number };

/**
 * An analysis thread whose events wait for their listener: one started early (EarlyThreads) may boot, fail or
 * exit before the run that uses it listens.
 */
class Thread {
  private queued: ThreadEvent[] | undefined = [];
  private listener: ((event: ThreadEvent) => void) | undefined;
  constructor(readonly worker: Worker) {
    const emit = (event: ThreadEvent) => (this.listener ? this.listener(event) : this.queued!.push(event));
    // Attached at once, so that no message or error comes before there is a listener.
    worker.on("message", (message: unknown) => emit({ message }));
    worker.on("error", (error: Error) => emit({ error }));
    worker.on("exit", (exit: number) => emit({ exit }));
  }
  listen(listener: (event: ThreadEvent) => void): void {
    this.listener = listener;
    const queued = this.queued ?? [];
    this.queued = undefined;
    queued.forEach(listener);
  }
}

/**
 * Started synchronously (node:worker_threads required here, not imported: the CLI starts threads in the middle of
 * its walk, which an await would let finish first), and only when a run uses threads.
 */
function startThread(entry: URL): Thread {
  const { Worker } = createRequire(import.meta.url)(
    "node:worker_threads",
  ) as typeof import("node:worker_threads");
  return new Thread(
    new Worker(entry, {
      workerData: { kind: "migration-guard-analysis" } satisfies WorkerSetup,
      argv: [THREAD_ARG],
      stdout: false,
      stderr: false,
    }),
  );
}

/**
 * Analysis threads started before the files are all known: the CLI starts them as soon as its walk has found
 * enough files to use them (THREAD_THRESHOLD), so that they boot (~250 ms: the bundle, node's worker modules)
 * while it walks, groups the files and loads its own parsers, rather than after. They do not hold the process
 * open until analyzeFiles takes them: a run that stops before (a usage error) exits as it would without them.
 */
export class EarlyThreads {
  private threads: Thread[] = [];
  private started = false;
  constructor(
    private readonly entry: URL,
    /** Threads asked for (`--jobs`), this one included; undefined chooses (see threadsFor). */
    private readonly requested: number | undefined,
  ) {}

  /** The walk has found `files` so far. */
  found(files: number): void {
    if (this.started || files < THREAD_THRESHOLD) return;
    this.started = true;
    for (let t = 1; t < threadsFor(files, this.requested); t++) {
      const thread = startThread(this.entry);
      thread.worker.unref();
      this.threads.push(thread);
    }
  }

  /** Up to `count` of the threads started, holding the process open from now on; the others are stopped. */
  take(count: number): Thread[] {
    const all = this.threads.splice(0);
    for (const thread of all.slice(count)) void thread.worker.terminate();
    const taken = all.slice(0, count);
    taken.forEach((thread) => thread.worker.ref());
    return taken;
  }
}

/**
 * Analyses `files` and calls `each` once per file, in the order of `files`, with its report (undefined when it
 * is not a migration). Batches are handed out as threads free up; a finished batch is passed on as soon as
 * every batch before it is.
 */
export async function analyzeFiles<F extends DiskFile>(
  files: readonly F[],
  options: EngineOptions,
  each: (file: F, report: FileReport | undefined) => void,
): Promise<void> {
  const batches = batchesByFolder(files.map((f) => historyGroup(f, options.config).dir));
  const threads = options.workerEntry
    ? threadsForBatches(batches, threadsFor(files.length, options.threads))
    : 1;
  // A batch's files are not always next to each other in `files` (a folder's files around a subfolder's), and
  // batches finish in any order: reports wait here until every file before them has one, and are handed on in
  // the order of `files`.
  const reports: (FileReport | undefined)[] = new Array(files.length);
  const have = new Uint8Array(files.length);
  let emitted = 0;
  const emit = () => {
    for (; emitted < files.length && have[emitted]; emitted++) {
      each(files[emitted]!, reports[emitted]);
      reports[emitted] = undefined;
    }
  };
  const finish = (batch: number, got: readonly (FileReport | undefined)[]) => {
    batches[batch]!.forEach((i, j) => {
      reports[i] = got[j];
      have[i] = 1;
    });
    emit();
  };
  // A batch this thread analyses hands each report on as it is made (see Analyser.analyse).
  const deliverer =
    (batch: number): Deliver =>
    (j, report) => {
      const i = batches[batch]![j]!;
      reports[i] = report;
      have[i] = 1;
      emit();
    };
  const filesOf = (batch: number) => batches[batch]!.map((i) => files[i]!);
  const early = options.early?.take(threads - 1) ?? [];
  if (threads <= 1) {
    const { analyse } = analyser(await loadParsers(options.parsers), options.config, analysisOf(options));
    for (let b = 0; b < batches.length; b++) runToEnd(analyse(filesOf(b), undefined, deliverer(b)));
    return;
  }

  // A folder whose reading is shared (see sharedBatches) is this thread's to analyse, its reading shared with
  // the workers chunk by chunk; the other batches go to whichever thread is free. This thread takes the shared
  // folders first, so that their chunks are there for the workers early.
  const all = dispatchOrder(batches);
  const shared = sharedBatches(batches, threads);
  const owned = all.filter((b) => shared.has(b));
  const order = all.filter((b) => !shared.has(b));
  let next = 0;
  let nextOwned = 0;
  // The shared folder this thread is in (a serial, so a late reply for one done is dropped), and its files.
  let sharing: { folder: number; reading: SharedReading<Reading>; files: readonly DiskFile[] } | undefined;
  let folders = 0;
  const share: Share = (inOrder) => {
    sharing?.reading.finish();
    sharing = undefined;
    if (inOrder.length <= BATCH) return undefined;
    sharing = { folder: ++folders, reading: new SharedReading(inOrder.length, READ_CHUNK), files: inOrder };
    feed();
    return sharing.reading;
  };
  // What each worker holds, at most IN_FLIGHT: it is given more as it sends results back, or as chunks appear.
  const holding = new Map<Worker, number>();
  let feed: () => void = () => {};
  const go: Go = { config: options.config, parsers: options.parsers, analysis: analysisOf(options) };
  const pool = [...early];
  while (pool.length < threads - 1) pool.push(startThread(options.workerEntry!));
  const workers = pool.map((thread) => thread.worker);
  const finished = new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    // A free worker reads for the shared folder first (the one sequence every other part waits on), then
    // analyses a batch of its own. It is given a batch ahead (while it holds one) only while more batches are
    // left than there are threads: near the end a batch held ahead would wait behind its current one while
    // another thread idles.
    const give = (worker: Worker) => {
      const chunk = sharing?.reading.takeForThread();
      const ahead = (holding.get(worker) ?? 0) > 0;
      if (sharing && chunk !== undefined) {
        const files = sharing.reading.positions(chunk).map((p) => sharing!.files[p]!);
        worker.postMessage({ folder: sharing.folder, chunk, files } satisfies ReadRequest);
      } else if (next < order.length && (!ahead || order.length - next > threads)) {
        const batch = order[next++]!;
        worker.postMessage({ batch, files: filesOf(batch) } satisfies BatchRequest);
      } else return;
      holding.set(worker, (holding.get(worker) ?? 0) + 1);
    };
    feed = () => {
      for (const [worker, held] of holding) for (let h = held; h < IN_FLIGHT; h++) give(worker);
    };
    const check = () => {
      if (emitted === files.length) resolve();
    };
    // A worker counts as booted when it says so or when it has exited (its exit fails the run).
    const bootedOnes = new Set<Worker>();
    let allBooted: () => void = () => {};
    const everyoneBooted = new Promise<void>((all) => (allBooted = all));
    const booted = (worker: Worker) => {
      bootedOnes.add(worker);
      if (bootedOnes.size === threads - 1) allBooted();
    };
    // Each thread is listened to as it is taken (an early one's events so far are replayed to the listener).
    for (const thread of pool) {
      const worker = thread.worker;
      thread.listen((event) => {
        if ("error" in event) return fail(event.error);
        if ("exit" in event) {
          // A thread that dies takes its batches with it: the run fails rather than print a partial report.
          booted(worker);
          if (emitted < files.length)
            fail(new Error(`an analysis thread exited (code ${event.exit}) before the end`));
          return;
        }
        const message = event.message as BatchReply | { booted: true } | { ready: true };
        if ("booted" in message) return booted(worker);
        if ("ready" in message) {
          holding.set(worker, 0);
          for (let i = 0; i < IN_FLIGHT; i++) give(worker);
          return;
        }
        if ("error" in message) return fail(new Error(`an analysis thread failed: ${message.error}`));
        holding.set(worker, holding.get(worker)! - 1);
        if ("chunk" in message) {
          if (message.folder === sharing?.folder) sharing.reading.arrive(message.chunk, message.readings);
          give(worker);
          return;
        }
        give(worker);
        try {
          finish(message.batch, message.reports);
        } catch (error) {
          return fail(error as Error); // the output could not be written: the run fails with that error
        }
        check();
      });
    }
    // This thread works too, a few milliseconds at a time, and lets the workers' messages in between (a worker
    // that finishes a batch gets its next one at once, not after this thread's whole batch).
    let engine: Analyser;
    let current: Generator<void, (FileReport | undefined)[]> | undefined;
    const work = () => {
      if (failed) return;
      try {
        const until = performance.now() + SLICE_MS;
        do {
          if (!current) {
            if (nextOwned < owned.length) {
              const batch = owned[nextOwned++]!;
              current = engine.analyse(filesOf(batch), share, deliverer(batch));
            } else if (next < order.length) {
              const batch = order[next++]!;
              current = engine.analyse(filesOf(batch), undefined, deliverer(batch));
            } else break;
          }
          // Each report was handed on as it was made (see deliverer).
          if (current.next().done) current = undefined;
        } while (performance.now() < until);
        if (current || nextOwned < owned.length || next < order.length) setImmediate(work);
      } catch (error) {
        return fail(error as Error);
      }
      check();
    };
    // V8's flags (setEngineFlags) are set once every worker has booted, and only then does any thread
    // load a parser. A flag set at run time makes node's code cache for its own modules stale, so a thread
    // that boots after it compiles node's internals from source: 460 instead of 265 million instructions
    // for a worker's start (callgrind).
    // A worker that has not booted after BOOT_WAIT_MS does not hold the run: this thread starts, and the late
    // one (its go is queued for it) joins when it can.
    // Meanwhile this thread loads its readers (JavaScript only: no flag needs to come first).
    const booting = Promise.race([
      everyoneBooted,
      new Promise((wait) => setTimeout(wait, BOOT_WAIT_MS).unref()),
    ]);
    booting.then(() => {
      if (failed) return;
      setEngineFlags();
      for (const worker of workers) worker.postMessage(go);
    });
    Promise.all([loadReadersOf(options.parsers), booting])
      .then(() => loadParsers(options.parsers))
      .then((parsers) => {
        if (failed) return;
        engine = analyser(parsers, options.config, analysisOf(options));
        work();
      }, fail);
  });
  try {
    await finished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
