// The CLI's engine: a folder's files stay together (one thread replays its history), each file is parsed once
// whatever order the files are named in, and reports come back in the order given.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeFiles, batchesByFolder, dispatchOrder, type DiskFile } from "../src/analyze-files.js";
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
