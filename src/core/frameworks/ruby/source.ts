// prism reports locations as byte offsets into the UTF-8 source; lines and text are computed from the same bytes,
// so a multi-byte character before a call never shifts its line.
import type { Span } from "../../types.js";

export interface ByteLocation {
  startOffset: number;
  length: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class RubySource {
  readonly bytes: Uint8Array;
  /** Byte offset where each line starts; index 0 is line 1. */
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.bytes = encoder.encode(text);
    this.lineStarts = [0];
    const bytes = this.bytes;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) this.lineStarts.push(i + 1);
  }

  /** 1-based line of a byte offset. */
  line(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  span(location: ByteLocation): Span {
    const line = this.line(location.startOffset);
    // The last byte of the node, not the one after it, so a call ending in a newline stays on its line.
    const endLine = this.line(location.startOffset + Math.max(location.length - 1, 0));
    return { line, endLine: Math.max(line, endLine) };
  }

  text(location: ByteLocation): string {
    return decoder.decode(this.bytes.subarray(location.startOffset, location.startOffset + location.length));
  }
}
