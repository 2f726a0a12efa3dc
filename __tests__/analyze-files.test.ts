// The CLI's engine: a folder's files stay together (one thread replays its history), each file is parsed once
// whatever order the files are named in, and reports come back in the order given.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  analyzeFiles,
  batchesByFolder,
  dispatchOrder,
  EarlyThreads,
  THREAD_THRESHOLD,
  type DiskFile,
} from "../src/analyze-files.js";
import { analyzeFile } from "../src/core/analyze.js";
import { defaultConfig } from "../src/core/config-defaults.js";
import { folderHistories } from "../src/core/folder-history.js";
import type { FileReport } from "../src/core/types.js";
import { loadParsers } from "../src/parsers/index.js";

describe("batchesByFolder", () => {
  it("keeps every file of a folder in one batch, however large, and packs small folders together", () => {
    // "a" is larger than a batch and its files are not next to each other (a subfolder's files between them).
    const folders = ["a", "a", "a/sub", "a", "b", "c", "a", "d", "d"];
    const batches = batchesByFolder(folders, 3);
    const batchOf = new Map<number, number>();
    batches.forEach((batch, b) => batch.forEach((i) => batchOf.set(i, b)));
    // Every file exactly once.
    expect(batches.flat().sort((x, y) => x - y)).toEqual(folders.map((_, i) => i));
    for (const folder of new Set(folders)) {
      const at = folders.flatMap((f, i) => (f === folder ? [i] : []));
      expect(new Set(at.map((i) => batchOf.get(i))).size).toBe(1);
    }
    // Small folders share a batch up to the size; the large one is a batch of its own.
    expect(batches).toEqual([
      [0, 1, 3, 6],
      [2, 4, 5],
      [7, 8],
    ]);
  });
});

describe("dispatchOrder", () => {
  it("hands out the largest batches first, and equal ones in their own order", () => {
    // A large folder last in the listing would otherwise keep one thread busy alone at the end.
    expect(dispatchOrder([[0], [1, 2], [3], [4, 5, 6], [7, 8]])).toEqual([3, 1, 4, 0, 2]);
  });
});

describe("analyzeFiles", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mg-engine-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("parses each migration of a folder once when the files come in another order than the history's", async () => {
    // Named as a directory listing sorts them (10_ before 1_), which is not the order golang-migrate runs them.
    mkdirSync(join(dir, "migrations"));
    const names = Array.from({ length: 12 }, (_, i) => `${i + 1}_m.up.sql`).sort();
    expect(names[0]).toBe("10_m.up.sql");
    for (const name of names) {
      const n = Number.parseInt(name, 10);
      writeFileSync(
        join(dir, "migrations", name),
        n === 1 ? "CREATE TABLE t (id bigint, c1 text);\n" : `ALTER TABLE t ADD COLUMN c${n} text;\n`,
      );
    }
    const files: DiskFile[] = names.map((name) => ({
      abs: join(dir, "migrations", name),
      shown: `migrations/${name}`,
    }));
    // The real parser, counted.
    const parsers = await loadParsers(["postgres"]);
    const real = parsers.postgres;
    let parses = 0;
    parsers.postgres = (sql) => {
      parses++;
      return real(sql);
    };
    const got: [string, FileReport | undefined][] = [];
    try {
      await analyzeFiles(files, { config: defaultConfig(), parsers: ["postgres"] }, (file, report) =>
        got.push([file.shown, report]),
      );
    } finally {
      parsers.postgres = real;
    }
    expect(parses).toBe(names.length);
    expect(got.map(([shown]) => shown)).toEqual(files.map((f) => f.shown));
    expect(got.every(([, report]) => report?.framework === "golang-migrate")).toBe(true);
  });
});

describe("analyzeFiles hands each report on as it is made", () => {
  it("a folder's first report reaches the caller before its next file is read", async () => {
    // Observed through the files themselves: the caller deletes file k+1 when it is handed file k's report. Had
    // the folder's reports been held until its last file was done, every file would have been read first.
    const dir = mkdtempSync(join(tmpdir(), "mg-deliver-"));
    try {
      mkdirSync(join(dir, "migrations"));
      const files: DiskFile[] = Array.from({ length: 5 }, (_, i) => {
        const name = `${String(i + 1).padStart(6, "0")}_m.up.sql`;
        writeFileSync(join(dir, "migrations", name), `ALTER TABLE t ADD COLUMN c${i} text;\n`);
        return { abs: join(dir, "migrations", name), shown: `migrations/${name}` };
      });
      const got: [string, string[]][] = [];
      await analyzeFiles(files, { config: defaultConfig(), parsers: ["postgres"] }, (file, report) => {
        got.push([file.shown, report?.findings.map((f) => f.rule) ?? []]);
        const at = files.indexOf(file);
        if (at === 1) rmSync(files[2]!.abs);
      });
      expect(got.map(([shown]) => shown)).toEqual(files.map((f) => f.shown));
      // The third file was gone when its turn came: reported as unreadable, for review.
      expect(got[2]![1]).toEqual(["unparseable-migration"]);
      expect(got[3]![1]).not.toContain("unparseable-migration");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("folderHistories", () => {
  it("reads no file the replay does not reach: one file of a large folder costs the files before it", async () => {
    const parsers = await loadParsers(["postgres"]);
    const read: string[] = [];
    const files = Array.from({ length: 50 }, (_, i) => {
      const path = `migrations/${i + 1}_m.up.sql`;
      return {
        path,
        content: () => {
          read.push(path);
          return i === 0 ? "CREATE TABLE t (id bigint);\n" : `ALTER TABLE t ADD COLUMN c${i} text;\n`;
        },
        origin: "history" as const,
      };
    });
    const history = folderHistories(files, parsers, defaultConfig());
    const report = analyzeFile(
      { path: "migrations/3_m.up.sql", content: "ALTER TABLE t DROP COLUMN c1;\n", history },
      parsers,
      defaultConfig(),
    );
    expect(report?.findings.map((f) => f.rule)).toContain("drop-column");
    expect(read.sort()).toEqual(["migrations/1_m.up.sql", "migrations/2_m.up.sql"]);
  });
});

describe("analyzeFiles on several threads", () => {
  let dir: string;
  let files: DiskFile[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mg-threads-"));
    files = [];
    // Two folders of 1,000 files: this thread needs far longer for them than the stand-in thread needs to start
    // (a one-line script), so the stand-in always holds a batch when it fails.
    for (const folder of ["a", "b"]) {
      mkdirSync(join(dir, folder, "migrations"), { recursive: true });
      for (let i = 1; i <= 1000; i++) {
        const name = `${String(i).padStart(6, "0")}_m.up.sql`;
        writeFileSync(join(dir, folder, "migrations", name), "ALTER TABLE t ADD COLUMN c text;\n");
        files.push({ abs: join(dir, folder, "migrations", name), shown: `${folder}/migrations/${name}` });
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("does not wait for ever on a thread that never boots: this thread analyses every file itself", async () => {
    const entry = join(dir, "worker-silent.mjs");
    // Listens, so it stays alive, but never says it booted nor that it is ready.
    writeFileSync(
      entry,
      `import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => {});\n`,
    );
    const got: string[] = [];
    await analyzeFiles(
      files,
      { config: defaultConfig(), parsers: ["postgres"], threads: 2, workerEntry: pathToFileURL(entry) },
      (file, report) => got.push(`${file.shown} ${report?.findings.length ?? "none"}`),
    );
    expect(got.map((g) => g.split(" ")[0])).toEqual(files.map((f) => f.shown));
    expect(got.every((g) => !g.endsWith("none"))).toBe(true);
  });

  // A stand-in thread that says it is ready and then fails on the batch it is given: that batch can only come
  // back from it, so the run cannot end well however fast either thread is.
  it.each([
    ["exits", "process.exit(3)", "exited (code 3) before the end"],
    ["throws", 'throw new Error("no parsers here")', "no parsers here"],
  ])(
    "fails the run when a thread %s with a batch, and hands on no report out of turn",
    async (_case, fail, message) => {
      const entry = join(dir, `worker-${message.length}.mjs`);
      writeFileSync(
        entry,
        `import { parentPort } from "node:worker_threads";\n` +
          `parentPort.on("message", () => { ${fail}; });\n` +
          `parentPort.postMessage({ ready: true });\n`,
      );
      await failsInOrder(files, pathToFileURL(entry), message);
    },
  );
});

describe("analyzeFiles on threads started early (during the CLI's walk)", () => {
  let dir: string;
  let files: DiskFile[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mg-early-"));
    files = [];
    for (const folder of ["a", "b"]) {
      mkdirSync(join(dir, folder, "migrations"), { recursive: true });
      for (let i = 1; i <= 600; i++) {
        const name = `${String(i).padStart(6, "0")}_m.up.sql`;
        writeFileSync(join(dir, folder, "migrations", name), "ALTER TABLE t ADD COLUMN c text;\n");
        files.push({ abs: join(dir, folder, "migrations", name), shown: `${folder}/migrations/${name}` });
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = (name: string, body: string) => {
    writeFileSync(join(dir, name), `import { parentPort } from "node:worker_threads";\n${body}\n`);
    return pathToFileURL(join(dir, name));
  };
  const options = (workerEntry: URL, early: EarlyThreads) => ({
    config: defaultConfig(),
    parsers: ["postgres" as const],
    threads: 2,
    workerEntry,
    early,
  });

  it("starts none before the walk has found enough files to use them", async () => {
    const early = new EarlyThreads(script("early-unused.mjs", 'throw new Error("started early");'), 2);
    early.found(THREAD_THRESHOLD - 1);
    const got: string[] = [];
    // The run's own thread never boots, so this thread analyses every file; an early one would have failed it.
    await analyzeFiles(
      files,
      options(script("own-silent.mjs", "parentPort.on('message', () => {});"), early),
      (f) => got.push(f.shown),
    );
    expect(got).toEqual(files.map((f) => f.shown));
  });

  it("uses the threads started early, not new ones", async () => {
    const early = new EarlyThreads(
      script(
        "early-fails.mjs",
        'parentPort.on("message", (m) => { if (m.batch !== undefined) throw new Error("from the early thread"); });\n' +
          "parentPort.postMessage({ ready: true });",
      ),
      2,
    );
    early.found(THREAD_THRESHOLD);
    const own = script("own-silent2.mjs", "parentPort.on('message', () => {});");
    await expect(analyzeFiles(files, options(own, early), () => {})).rejects.toThrow("from the early thread");
  });

  it("fails the run when an early thread died before the run took it", async () => {
    const early = new EarlyThreads(script("early-exits.mjs", "process.exit(3);"), 2);
    early.found(THREAD_THRESHOLD);
    // Long enough for the thread to have started and exited before the run listens to it.
    await new Promise((wait) => setTimeout(wait, 500));
    const own = script("own-silent3.mjs", "parentPort.on('message', () => {});");
    await expect(analyzeFiles(files, options(own, early), () => {})).rejects.toThrow(
      "exited (code 3) before the end",
    );
  });
});

describe("analyzeFiles sharing the reading of one large folder", () => {
  let dir: string;
  let files: DiskFile[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mg-shared-"));
    files = [];
    // One folder: on the old engine a single batch, so a single thread.
    mkdirSync(join(dir, "migrations"));
    for (let i = 1; i <= 1000; i++) {
      const name = `${String(i).padStart(6, "0")}_m.up.sql`;
      writeFileSync(join(dir, "migrations", name), `ALTER TABLE t DROP COLUMN c${i};\n`);
      files.push({ abs: join(dir, "migrations", name), shown: `migrations/${name}` });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A stand-in thread that answers every read chunk with a reading of no operations, its source `source(text)`.
  const standIn = (name: string, source: string) => {
    const entry = join(dir, name);
    writeFileSync(
      entry,
      `import { readFileSync } from "node:fs";\n` +
        `import { parentPort } from "node:worker_threads";\n` +
        `parentPort.postMessage({ booted: true });\n` +
        `parentPort.once("message", () => {\n` +
        `  parentPort.on("message", (r) => parentPort.postMessage({ folder: r.folder, chunk: r.chunk,\n` +
        `    readings: r.files.map((f) => { const text = readFileSync(f.abs, "utf8");\n` +
        `      return { source: ${source}, parsed: { framework: "golang-migrate", operations: [], comments: [], problems: [] } }; }) }));\n` +
        `  parentPort.postMessage({ ready: true });\n` +
        `});\n`,
    );
    return pathToFileURL(entry);
  };
  const run = async (workerEntry: URL) => {
    const got: [string, number][] = [];
    await analyzeFiles(
      files,
      { config: defaultConfig(), parsers: ["postgres"], threads: 2, workerEntry },
      (file, report) =>
        got.push([file.shown, report!.findings.filter((f) => f.rule === "drop-column").length]),
    );
    expect(got.map(([shown]) => shown)).toEqual(files.map((f) => f.shown));
    return got;
  };

  it("hands read chunks to another thread and takes its readings in the folder's replay", async () => {
    const got = await run(standIn("worker-empty.mjs", "text"));
    // The files the stand-in read have no operations, so no finding: the thread's readings were used.
    const fromThread = got.filter(([, n]) => n === 0).length;
    expect(fromThread).toBeGreaterThan(0);
    // The owner read the rest itself, the first chunk always.
    expect(got.slice(0, 64).every(([, n]) => n === 1)).toBe(true);
    expect(got.filter(([, n]) => n === 1).length).toBe(files.length - fromThread);
  });

  it("fails the run when a thread throws with a read chunk, and hands on no report out of turn", async () => {
    const entry = join(dir, "worker-throws.mjs");
    writeFileSync(
      entry,
      `import { parentPort } from "node:worker_threads";\n` +
        `parentPort.on("message", (r) => { if (r.chunk !== undefined) throw new Error("no reading here"); });\n` +
        `parentPort.postMessage({ ready: true });\n`,
    );
    await failsInOrder(files, pathToFileURL(entry), "no reading here");
  });

  it("ignores a reading that was not made from the text this thread analyses", async () => {
    const got = await run(standIn("worker-other.mjs", '"-- another text\\n"'));
    expect(got.every(([, n]) => n === 1)).toBe(true);
  });
});

/** The run fails with `message`, and whatever this thread analysed before is handed on in order, never out of turn. */
async function failsInOrder(files: DiskFile[], workerEntry: URL, message: string): Promise<void> {
  const got: string[] = [];
  await expect(
    analyzeFiles(files, { config: defaultConfig(), parsers: ["postgres"], threads: 2, workerEntry }, (file) =>
      got.push(file.shown),
    ),
  ).rejects.toThrow(message);
  expect(got).toEqual(files.slice(0, got.length).map((f) => f.shown));
  expect(got.length).toBeLessThan(files.length);
}
