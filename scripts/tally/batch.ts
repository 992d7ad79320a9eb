/** Streams JSON Lines requests from stdin to answers on stdout; logs go to stderr only. */
import { createInterface } from 'node:readline';
import { answerLine } from '../../src/voting/batch.ts';

export function runBatch(): void {
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer: string[] = [];
  let answered = 0;
  const flush = (): boolean => {
    if (buffer.length === 0) return true;
    const chunk = buffer.join('\n') + '\n';
    buffer = [];
    return process.stdout.write(chunk);
  };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  input.on('line', (line) => {
    if (line.trim() === '') return;
    buffer.push(answerLine(line));
    answered++;
    if (buffer.length >= 512 && !flush()) {
      input.pause();
      process.stdout.once('drain', () => input.resume());
    }
  });
  input.on('close', () => {
    flush();
    console.error(`tally --batch: ${answered} requests answered`);
  });
}
