// The CLI's progress line, driven by a test clock: silent for a second, then at most ten redraws a second on
// one line of stderr, erased at the end; never on a pipe, with --quiet, or for a single file.
import { describe, expect, it } from "@jest/globals";
import { progressLine } from "../src/cli-progress.js";

function terminal(isTTY = true) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

describe("progressLine", () => {
  it("says nothing during the first second, then rewrites one line, and erases it at the end", () => {
    const tty = terminal();
    let t = 0;
    const progress = progressLine(tty, 10_000, { now: () => t });
    for (let i = 0; i < 500; i++) progress.tick(); // 0 ms: a fast run draws nothing
    expect(tty.writes).toEqual([]);
    t = 1000;
    progress.tick();
    expect(tty.writes).toEqual(["\r\x1b[2Kanalysing 501 of 10,000 files"]);
    t = 1050; // within 100 ms of the last draw: no redraw
    progress.tick();
    t = 1100;
    progress.tick();
    expect(tty.writes).toHaveLength(2);
    expect(tty.writes[1]).toBe("\r\x1b[2Kanalysing 503 of 10,000 files");
    progress.done();
    expect(tty.writes.at(-1)).toBe("\r\x1b[2K");
    expect(tty.writes.join("")).not.toContain("\n");
  });

  it("a run faster than a second leaves the terminal untouched, even at done()", () => {
    const tty = terminal();
    const progress = progressLine(tty, 50, { now: () => 10 });
    for (let i = 0; i < 50; i++) progress.tick();
    progress.done();
    expect(tty.writes).toEqual([]);
  });

  it("never draws on a pipe, with --quiet, or for one file", () => {
    for (const [stream, total, quiet] of [
      [terminal(false), 1000, false],
      [terminal(true), 1000, true],
      [terminal(true), 1, false],
    ] as const) {
      let t = 0;
      const progress = progressLine(stream, total, { quiet, now: () => (t += 5000) });
      progress.tick();
      progress.tick();
      progress.done();
      expect(stream.writes).toEqual([]);
    }
  });
});
