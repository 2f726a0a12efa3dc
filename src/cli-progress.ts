// The CLI's progress line: on a terminal, once a run has taken more than a second, stderr shows
// "analysing 1,234 of 10,000 files" on one line, rewritten in place at most ten times a second and erased at
// the end, so stdout (the report) stays clean and a piped or CI run never sees it. The clock and the stream are
// passed in: tests drive them, nothing here depends on the machine's speed.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** One more file done. */
  tick(): void;
  /** Erases the line, if one was drawn. */
  done(): void;
}

const DELAY_MS = 1000;
const EVERY_MS = 100;
const ERASE = "\r\x1b[2K";
const NONE: Progress = { tick() {}, done() {} };

export function progressLine(
  stream: ProgressStream,
  total: number,
  options: { quiet?: boolean; now?: () => number } = {},
): Progress {
  if (!stream.isTTY || options.quiet || total < 2) return NONE;
  const now = options.now ?? Date.now;
  const start = now();
  let count = 0;
  let drawnAt = -Infinity;
  let drawn = false;
  const format = (n: number) => n.toLocaleString("en-US");
  return {
    tick() {
      count++;
      const t = now();
      if (t - start < DELAY_MS || t - drawnAt < EVERY_MS) return;
      drawnAt = t;
      drawn = true;
      stream.write(`${ERASE}analysing ${format(count)} of ${format(total)} files`);
    },
    done() {
      if (drawn) stream.write(ERASE);
      drawn = false;
    },
  };
}
