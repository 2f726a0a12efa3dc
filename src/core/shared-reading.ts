// The reading of one large folder shared among threads, while its replay stays in order on the one thread that owns
// the folder. Reading a file (parse, JSON of the parser's tree, our mapping to operations) depends on that file
// alone and is most of its cost; the replay and the rules need every file before it. So the folder's files, in
// replay order, are cut into chunks: free threads read whole chunks ahead of the owner and send the readings back,
// and the owner uses a reading when it has arrived, reads a chunk nobody holds itself, and while the reading it
// needs is still on another thread, reads ahead rather than wait. Pure bookkeeping: who holds which chunk.

/** Who reads a chunk: nobody yet, the owner, or another thread. */
type Holder = "free" | "owner" | "thread";

/** What the owner does next at a position of the replay. */
export type OwnerStep<R> =
  /** Its reading has arrived (null: the reader had none to give, a file it could not read: analyse it here). */
  | { use: R | null }
  /** Read this position here and go on with it: its chunk is the owner's. */
  | { parse: true }
  /** The reading is on another thread: read this later position meanwhile, then ask again. */
  | { readAhead: number };

export class SharedReading<R> {
  private readonly holders: Holder[];
  private readonly readings: (R | null | undefined)[];
  /** Every chunk below this one is held. */
  private lowestFree = 0;
  /** Positions of chunks the owner took while it waited, not read yet, in order. */
  private readonly ahead: number[] = [];
  private finished = false;

  /** `count` files in replay order, in chunks of `size`; the owner starts on the first one itself. */
  constructor(
    readonly count: number,
    readonly size: number,
  ) {
    if (!(size >= 1)) throw new Error(`a read chunk must hold at least one file; got ${size}`);
    this.holders = new Array<Holder>(Math.ceil(count / size)).fill("free");
    this.readings = new Array<R | null | undefined>(count);
    if (this.holders.length) this.holders[0] = "owner";
  }

  get chunks(): number {
    return this.holders.length;
  }

  /** The positions of chunk `c`. */
  positions(c: number): number[] {
    const from = c * this.size;
    return Array.from({ length: Math.min(this.size, this.count - from) }, (_, k) => from + k);
  }

  /** The chunk a free thread should read next: the lowest nobody holds (nearest to the owner's need). */
  takeForThread(): number | undefined {
    const c = this.takeFree();
    if (c !== undefined) this.holders[c] = "thread";
    return c;
  }

  /** A thread's readings of chunk `c`, in its positions' order. Late ones (the folder is done) are dropped. */
  arrive(c: number, readings: readonly (R | null)[]): void {
    if (this.finished) return;
    this.positions(c).forEach((p, k) => {
      if (this.readings[p] === undefined) this.readings[p] = readings[k] ?? null;
    });
  }

  /** The owner's own reading of a position it read ahead. */
  own(p: number, reading: R | null): void {
    if (!this.finished && this.readings[p] === undefined) this.readings[p] = reading;
  }

  /**
   * What the owner does at position `p` (it asks in replay order). It never waits: when the reading is on another
   * thread it reads ahead, and with nothing left to read ahead it reads `p` itself (the other thread's reading,
   * when it comes, is dropped).
   */
  ownerStep(p: number): OwnerStep<R> {
    const got = this.readings[p];
    if (got !== undefined) {
      this.readings[p] = undefined; // handed over once; the owner keeps no copy of a folder's readings
      return { use: got };
    }
    const c = Math.floor(p / this.size);
    if (this.holders[c] !== "thread") {
      this.holders[c] = "owner";
      return { parse: true };
    }
    // Drop what is behind the owner or already read.
    while (this.ahead.length && (this.ahead[0]! <= p || this.readings[this.ahead[0]!] !== undefined))
      this.ahead.shift();
    if (!this.ahead.length) {
      const free = this.takeFree();
      if (free !== undefined) {
        this.holders[free] = "owner";
        this.ahead.push(...this.positions(free));
      }
    }
    const next = this.ahead.shift();
    return next === undefined ? { parse: true } : { readAhead: next };
  }

  /** The owner is past the last file: no chunk is handed out any more, and late readings are dropped. */
  finish(): void {
    this.finished = true;
    this.holders.fill("owner");
    this.readings.length = 0;
    this.ahead.length = 0;
  }

  private takeFree(): number | undefined {
    if (this.finished) return undefined;
    while (this.lowestFree < this.holders.length && this.holders[this.lowestFree] !== "free")
      this.lowestFree++;
    return this.lowestFree < this.holders.length ? this.lowestFree : undefined;
  }
}
