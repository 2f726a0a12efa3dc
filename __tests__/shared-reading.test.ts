// A large folder's reading shared among threads while one thread replays it in order: who holds which chunk, what
// the owner does at each file (use, read it, or read ahead instead of waiting), and that a reading survives the
// trip between threads unchanged.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { sharedBatches, threadsForBatches } from "../src/analyze-files.js";
import { frameworkFor, readMigration } from "../src/core/analyze.js";
import { defaultConfig } from "../src/core/config-defaults.js";
import { SharedReading } from "../src/core/shared-reading.js";
import { loadParsers } from "../src/parsers/index.js";

describe("SharedReading", () => {
  it("cuts the files in replay order into chunks, the last one short, and keeps the first for the owner", () => {
    const shared = new SharedReading<string>(10, 4);
    expect(shared.chunks).toBe(3);
    expect(shared.positions(0)).toEqual([0, 1, 2, 3]);
    expect(shared.positions(2)).toEqual([8, 9]);
    // Threads take the chunks nearest the owner's need first; the first is the owner's own.
    expect(shared.takeForThread()).toBe(1);
    expect(shared.takeForThread()).toBe(2);
    expect(shared.takeForThread()).toBeUndefined();
  });

  it("has the owner use what arrived, read its own chunk, and read ahead while a thread holds the next", () => {
    const shared = new SharedReading<string>(12, 3);
    expect(shared.ownerStep(0)).toEqual({ parse: true });
    expect(shared.takeForThread()).toBe(1); // positions 3-5
    expect(shared.ownerStep(1)).toEqual({ parse: true });
    expect(shared.ownerStep(2)).toEqual({ parse: true });
    // Chunk 1 is on its way: the owner takes the next free chunk (2: positions 6-8) and reads it meanwhile.
    expect(shared.ownerStep(3)).toEqual({ readAhead: 6 });
    shared.own(6, "r6");
    expect(shared.ownerStep(3)).toEqual({ readAhead: 7 });
    shared.own(7, "r7");
    // The thread is done with chunk 1 (one file it could not read: null); chunk 2 is no thread's any more.
    shared.arrive(1, ["r3", null, "r5"]);
    expect(shared.takeForThread()).toBe(3);
    expect(shared.ownerStep(3)).toEqual({ use: "r3" });
    expect(shared.ownerStep(4)).toEqual({ use: null });
    expect(shared.ownerStep(5)).toEqual({ use: "r5" });
    expect(shared.ownerStep(6)).toEqual({ use: "r6" });
    expect(shared.ownerStep(7)).toEqual({ use: "r7" });
    // Position 8 was not read ahead, and its chunk is the owner's: it reads it now.
    expect(shared.ownerStep(8)).toEqual({ parse: true });
    // Chunk 3 is still on the thread and nothing is free: the owner reads the file itself rather than wait, and
    // the thread's reading, when it comes, changes nothing already handed over.
    expect(shared.ownerStep(9)).toEqual({ parse: true });
    shared.arrive(3, ["x9", "r10", "r11"]);
    expect(shared.ownerStep(10)).toEqual({ use: "r10" });
    expect(shared.ownerStep(11)).toEqual({ use: "r11" });
  });

  it("drops a read-ahead position the owner has passed, and hands nothing out once finished", () => {
    const shared = new SharedReading<string>(9, 3);
    shared.takeForThread(); // chunk 1
    expect(shared.ownerStep(3)).toEqual({ readAhead: 6 });
    shared.arrive(1, ["r3", "r4", "r5"]);
    for (const p of [3, 4, 5]) expect(shared.ownerStep(p)).toEqual({ use: `r${p}` });
    // 6 was asked for but never given back with own(): the owner reads it in turn, not twice.
    expect(shared.ownerStep(6)).toEqual({ parse: true });
    shared.finish();
    expect(shared.takeForThread()).toBeUndefined();
    shared.arrive(2, ["late", "late", "late"]);
    expect(shared.ownerStep(7)).toEqual({ parse: true });
  });

  it("refuses a chunk of no files", () => {
    expect(() => new SharedReading(4, 0)).toThrow("at least one file");
  });
});

describe("sharedBatches and threadsForBatches", () => {
  const batch = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);
  it("shares the reading of a folder too large for one thread's share, not of folders that fill the threads", () => {
    // One folder of 10,000: alone in one batch, it would run on one thread.
    expect([...sharedBatches([batch(10000)], 2)]).toEqual([0]);
    expect(threadsForBatches([batch(10000)], 2)).toBe(2);
    // Eight folders of 1,250 keep two threads busy whole: nothing shared.
    const eight = Array.from({ length: 8 }, (_, i) => batch(1250, i * 1250));
    expect(sharedBatches(eight, 2).size).toBe(0);
    // A folder of 6,000 beside 4,000 in small batches is more than half: shared.
    const mixed = [batch(6000), ...Array.from({ length: 20 }, (_, i) => batch(200, 6000 + i * 200))];
    expect([...sharedBatches(mixed, 2)]).toEqual([0]);
    // Never on one thread, nor for a folder no larger than a batch.
    expect(sharedBatches([batch(10000)], 1).size).toBe(0);
    expect(sharedBatches([batch(256)], 4).size).toBe(0);
    // No more threads than pieces of work: a folder of 300 files is 5 read chunks of 64.
    expect(threadsForBatches([batch(300)], 8)).toBe(5);
    expect(threadsForBatches([batch(100), batch(100, 100)], 8)).toBe(2);
  });
});

describe("readMigration", () => {
  it("gives readings that cross threads unchanged: plain data, no class, Map, function or BigInt", async () => {
    const parsers = await loadParsers(undefined);
    const config = defaultConfig();
    const root = join(process.cwd(), "__fixtures__");
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
    let read = 0;
    const frameworks = new Set<string>();
    for (const abs of walk(root)) {
      const path = relative(root, abs);
      const content = readFileSync(abs);
      if (!frameworkFor(path, content.toString("utf8"), config)) continue;
      const reading = readMigration({ path, content }, parsers, config);
      if (!reading) continue;
      read++;
      frameworks.add(reading.parsed.framework);
      // toStrictEqual tells a class instance from a plain object, and structuredClone throws on a function.
      expect(structuredClone(reading)).toStrictEqual(reading);
      expect(plainData(reading)).toBe(true);
    }
    expect(read).toBeGreaterThan(100);
    expect(frameworks.size).toBeGreaterThan(10);
  });
});

/** True when `value` holds only what JSON could: objects of Object's prototype, arrays, strings, numbers... */
function plainData(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return true;
  if (Array.isArray(value)) return value.every(plainData);
  if (type === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value as object).every(plainData);
  return false;
}
