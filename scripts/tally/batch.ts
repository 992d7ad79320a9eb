/**
 * `tally --batch`: JSON Lines requests in, one answer per line out (docs/voting-rules.md §4).
 *
 * Each answer is written as soon as the lines read with it are counted, and never waits more
 * than 20 ms of counting nor past a long line: a slow or bad line never holds back, or takes
 * down, the answers before it. A line's work is bounded by the engine's limits
 * (docs/voting-rules.md §10) and a line longer than MAX_LINE_CHARS is answered with an error
 * without being kept whole in memory. A byte-order mark on the first line is ignored. Logs go
 * to stderr only.
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { MAX_LINE_CHARS, answerLine, tooLongAnswer } from '../../src/voting/batch.ts';

interface BatchStreams {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** One line for a human, on stderr. */
  readonly log: (text: string) => void;
}

/** How much of an over-long line is kept, to read its id. */
const KEPT_OF_LONG_LINE = 4096;
/** Answers wait at most this long (of counting) before they are written. */
const FLUSH_MS = 20;
/** Before a line this long (a big election, maybe a slow count), the answers so far are written. */
const LONG_LINE = 4096;

/** Answers every line of `input`; resolves with the number of answers when `input` ends. */
export function runBatch(streams?: Partial<BatchStreams>): Promise<number> {
  const input = streams?.input ?? process.stdin;
  const output = streams?.output ?? process.stdout;
  const log = streams?.log ?? ((text: string) => process.stderr.write(`${text}\n`));
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  let firstLine = true;
  let queue: { line: string; tooLong: boolean }[] = [];
  let head = 0; // queue[head..] wait for their answer
  let waiting = false;
  let ended = false;
  let answered = 0;

  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      log(`tally --batch: ${answered} requests answered`);
      resolve(answered);
    };

    const endLine = () => {
      let line = parts.join('');
      parts = [];
      length = 0;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (firstLine && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      firstLine = false;
      if (tooLong || line.trim() !== '') queue.push({ line, tooLong });
      tooLong = false;
    };

    const take = (text: string) => {
      let start = 0;
      for (;;) {
        const newline = text.indexOf('\n', start);
        const piece = newline < 0 ? text.slice(start) : text.slice(start, newline);
        if (!tooLong) {
          if (length + piece.length > MAX_LINE_CHARS) {
            // Keep only the start of the line (for its id); drop the rest as it comes.
            const kept = parts.join('').slice(0, KEPT_OF_LONG_LINE);
            parts = [kept.length < KEPT_OF_LONG_LINE ? kept + piece.slice(0, KEPT_OF_LONG_LINE - kept.length) : kept];
            length = parts[0].length;
            tooLong = true;
          } else if (piece.length > 0) {
            parts.push(piece);
            length += piece.length;
          }
        }
        if (newline < 0) return;
        endLine();
        start = newline + 1;
      }
    };

    // Answers the waiting lines one by one. Answers are written together, once the lines that
    // came in one read are answered, and never kept longer than FLUSH_MS of counting or past
    // a long line (the likely slow ones): one write per answer would cost more than the counts
    // of small requests. Pauses while the output is full.
    let pending: string[] = [];
    let pendingSince = 0;
    const flush = (): boolean => {
      if (pending.length === 0) return true;
      const text = pending.join('');
      pending = [];
      return output.write(text);
    };
    const pump = () => {
      while (head < queue.length && !waiting) {
        const { line, tooLong: long } = queue[head++];
        if (line.length > LONG_LINE && !flush()) {
          head--; // answer it once the output has room
          wait();
          return;
        }
        const answer = long ? JSON.stringify(tooLongAnswer(line)) : answerLine(line);
        answered++;
        if (pending.length === 0) pendingSince = Date.now();
        pending.push(`${answer}\n`);
        if ((Date.now() - pendingSince >= FLUSH_MS || head === queue.length) && !flush()) wait();
      }
      if (head === queue.length) {
        queue = [];
        head = 0;
      }
      if (ended && head === queue.length && !waiting && flush()) finish();
    };
    const wait = () => {
      waiting = true;
      input.pause();
      output.once('drain', () => {
        waiting = false;
        if (!ended) input.resume();
        pump();
      });
    };

    output.on('error', (error: NodeJS.ErrnoException) => {
      // The reader went away (`| head`): nothing more to say to it.
      if (error.code !== 'EPIPE') log(`tally --batch: cannot write the answers: ${error.message}`);
      ended = true;
      queue = [];
      head = 0;
      (input as Partial<Readable>).destroy?.(); // stop reading: nobody will read the answers
      finish();
    });
    input.on('data', (chunk: Buffer | string) => {
      if (done) return;
      take(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      pump();
    });
    input.on('end', () => {
      if (done) return;
      take(decoder.end());
      if (length > 0 || tooLong) endLine();
      ended = true;
      pump();
    });
    input.on('error', (error: Error) => {
      log(`tally --batch: cannot read the requests: ${error.message}`);
      ended = true;
      pump();
    });
  });
}
