/**
 * Line-by-line reading, shared by the whole-text readers and the streamed ones. The CSV,
 * PrefLib and BLT readers are line readers: they take one line at a time and keep only what
 * the election needs (distinct ballot groups, names, header lines), never the text itself.
 * `readBallotFile(name, text)` splits the text and feeds it; the `tally` command feeds lines
 * as it decodes the file, a chunk at a time (scripts/tally/file.ts), so that a big file costs
 * memory in proportion to its distinct ballots, not to its size (docs/ballot-files.md).
 */
import type { ElectionFile } from './types.ts';

/** A reader fed one line at a time (without its line end), numbered from 1. */
export interface LineReader {
  line(text: string, number: number): void;
  /** After the last line: the election, or the first error of the file. */
  end(): ElectionFile;
  /** Characters the reader holds of lines not yet read (CSV gathers lines into blocks). */
  readonly buffered: number;
  /** True once the reader has met the file's first error: the rest of the file cannot change it. */
  readonly finished?: boolean;
}

/**
 * Cuts text given in chunks into lines at `\n`, `\r\n` or a lone `\r` (a `\r` at the end of a
 * chunk waits for the next one), drops a byte-order mark at the very start, and hands each
 * line to the reader. Holds only the unfinished last line of a chunk.
 */
export class LineSplitter {
  private rest = '';
  private number = 0;
  private started = false;
  /** The longest unfinished line held between two chunks, in characters. */
  maxHeld = 0;

  constructor(private readonly reader: LineReader) {}

  push(chunk: string): void {
    let text = this.rest + chunk;
    if (!this.started && text !== '') {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    // The next \r and \n are searched again only once passed (a file may have none of one).
    let cr = text.indexOf('\r');
    let lf = text.indexOf('\n');
    for (;;) {
      if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
      const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      if (end < 0) break;
      // A \r last in the chunk may be the first half of \r\n: wait for the next chunk.
      if (end === cr && end === text.length - 1) break;
      this.reader.line(text.slice(start, end), ++this.number);
      start = end === cr && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    }
    this.rest = text.slice(start);
    if (this.rest.length > this.maxHeld) this.maxHeld = this.rest.length;
  }

  /** The last line (a \r held back is a line end after all), then the reader's election. */
  end(): ElectionFile {
    const rest = this.rest.endsWith('\r') ? this.rest.slice(0, -1) : this.rest;
    // Like text.split(): a text ending with a line end has one more, empty, line.
    if (this.started) this.reader.line(rest, ++this.number);
    this.rest = '';
    return this.reader.end();
  }

  /** Lines handed to the reader so far. */
  get lines(): number {
    return this.number;
  }
}

/** A whole text through a line reader. */
export function readLines(reader: LineReader, text: string): ElectionFile {
  const splitter = new LineSplitter(reader);
  splitter.push(text);
  return splitter.end();
}
