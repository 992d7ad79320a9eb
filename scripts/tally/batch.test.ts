/**
 * `tally --batch` as a stream (docs/voting-rules.md §4 and §10): one answer per request line,
 * written as soon as the line is counted, whatever the lines hold. In-process, on memory
 * streams: a test waits for event-loop turns, never for a clock.
 */
import fc from 'fast-check';
import { PassThrough, Writable } from 'node:stream';
import { setImmediate as turn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS } from '../../src/voting/batch.ts';
import { METHOD_IDS } from '../../src/voting/method.ts';
import { runBatch } from './batch.ts';

function harness() {
  const input = new PassThrough();
  const written: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString('utf8'));
      done();
    },
  });
  const logs: string[] = [];
  const finished = runBatch({ input, output, log: (text) => logs.push(text) });
  /** The answers of each write, in order. */
  const writes = () =>
    written.map((chunk) =>
      chunk
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => (JSON.parse(l) as { id: unknown }).id),
    );
  const answers = () =>
    written
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { input, answers, writes, finished, logs };
}

const request = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id,
    method: 'plurality',
    candidates: ['Crabe', 'Homard'],
    ballots: [{ ranking: ['Homard'], count: 2 }],
    ...extra,
  });

describe('tally --batch streams its answers', () => {
  it('writes each answer as soon as its line is counted, before the next line comes', async () => {
    const { input, answers, finished } = harness();
    input.write(`${request('r1')}\n`);
    await turn();
    expect(answers()).toEqual([{ id: 'r1', method: 'plurality', winners: ['Homard'] }]);
    const second = request('r2');
    input.write(second.slice(0, 20)); // half a line: nothing to answer yet
    await turn();
    expect(answers()).toHaveLength(1);
    input.write(`${second.slice(20)}\n`);
    await turn();
    expect(answers().map((a) => a.id)).toEqual(['r1', 'r2']);
    input.end();
    expect(await finished).toBe(2);
  });

  it('writes the answers so far before counting a long line, which may be slow', async () => {
    const { input, writes, finished } = harness();
    const wide = Array.from({ length: 480 }, (_, i) => `candidate-${i}`);
    const long = JSON.stringify({
      id: 'long',
      method: 'ranked-pairs',
      candidates: wide,
      ballots: [{ ranking: wide.slice(0, 3), count: 1 }],
    });
    expect(long.length).toBeGreaterThan(4096);
    input.end(`${request('a')}\n${request('b')}\n${long}\n${request('c')}\n`); // one read
    await finished;
    expect(writes()).toEqual([
      ['a', 'b'],
      ['long', 'c'],
    ]);
  });

  it('answers a line past the limits with an error and goes on with the next one', async () => {
    const { input, answers, finished } = harness();
    const wide = Array.from({ length: 3000 }, (_, i) => `c${i}`);
    input.write(`${request('before')}\n`);
    input.write(
      `${JSON.stringify({ id: 'wide', method: 'schulze', candidates: wide, ballots: [{ ranking: ['c7'], count: 1 }] })}\n`,
    );
    input.write(`${request('seats', { method: 'sainte-lague', seats: 1e15 })}\n`);
    input.end(`${request('after')}`); // the last line may lack its newline
    await finished;
    expect(answers()).toEqual([
      { id: 'before', method: 'plurality', winners: ['Homard'] },
      { id: 'wide', method: 'schulze', error: 'schulze counts at most 500 candidates; this election has 3000' },
      {
        id: 'seats',
        method: 'sainte-lague',
        error: 'seats: sainte-lague shares out at most 10000 seats (got: 1000000000000000)',
      },
      { id: 'after', method: 'plurality', winners: ['Homard'] },
    ]);
  });

  it('accepts a byte-order mark on the first line, CRLF line ends and UTF-8 cut between chunks', async () => {
    const { input, answers, finished } = harness();
    const bytes = Buffer.from(
      `\uFEFF${request('bom')}\r\n${request('é', { candidates: ['Crabe', 'Homard'] })}\r\n`,
      'utf8',
    );
    const cut = bytes.indexOf(Buffer.from('é')) + 1; // inside the two bytes of é
    input.write(bytes.subarray(0, cut));
    input.end(bytes.subarray(cut));
    await finished;
    expect(answers().map((a) => a.id)).toEqual(['bom', 'é']);
    expect(answers().every((a) => a.error === undefined)).toBe(true);
  });

  it('answers a line longer than the limit without holding it whole, and goes on', async () => {
    const { input, answers, finished } = harness();
    input.write('{"id":"long","method":"irv","candidates":["');
    const mega = 'x'.repeat(1 << 20);
    for (let sent = 0; sent <= MAX_LINE_CHARS; sent += mega.length) input.write(mega);
    input.write('"],"ballots":[]}\n');
    input.end(`${request('next')}\n`);
    await finished;
    expect(answers()).toEqual([
      { id: 'long', error: `line too long: more than ${MAX_LINE_CHARS} characters` },
      { id: 'next', method: 'plurality', winners: ['Homard'] },
    ]);
  });
});

describe('tally --batch under fuzzing', () => {
  const names = ['Crabe', 'Homard', 'Krill', 'Moule'];
  const ranked = fc.record({
    ranking: fc.shuffledSubarray(names),
    count: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, -1, 1.5, 1e9, 2 ** 53, 1e300)),
  });
  const graded = fc.record({
    grades: fc.dictionary(
      fc.constantFrom(...names),
      fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(-1, 1001, 3e9, 0.5)),
    ),
    count: fc.integer({ min: 1, max: 5 }),
  });
  const requestArb = fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null)),
      method: fc.oneof(fc.constantFrom(...METHOD_IDS), fc.string({ maxLength: 8 })),
      candidates: fc.oneof(fc.constant(names), fc.subarray(names), fc.constant(['Crabe', 'Crabe'])),
      ballots: fc.oneof(fc.array(ranked, { maxLength: 6 }), fc.array(graded, { maxLength: 6 })),
      seats: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constantFrom(1e4, 1e4 + 1, 1e12, 0.5)),
      seed: fc.string({ maxLength: 4 }),
      threshold: fc.double({ min: -1, max: 2, noNaN: true }),
      grade_scale: fc.oneof(
        fc.constant({ min: 0, max: 5 }),
        fc.record({ min: fc.integer({ min: -2000, max: 5 }), max: fc.integer({ min: -5, max: 3e9 }) }),
      ),
      default_grade: fc.integer({ min: -1, max: 6 }),
    },
    { requiredKeys: ['id', 'method'] },
  );
  const line = fc.oneof(
    requestArb.map((r) => JSON.stringify(r)),
    fc.tuple(requestArb, fc.nat()).map(([r, cut]) => {
      const text = JSON.stringify(r);
      return text.slice(0, cut % (text.length + 1)); // broken anywhere
    }),
    fc.json(),
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      '',
      '   ',
      '\uFEFF',
      '{}',
      '[]',
      'null',
      '{"id":"x"}',
      '\uFEFF{"id":"b","method":"irv","candidates":[],"ballots":[]}',
    ),
  );

  it('writes exactly one JSON answer per non-blank line, in order, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          line.map((text) => text.replace(/[\r\n]/g, ' ')),
          { maxLength: 12 },
        ),
        async (lines) => {
          const { input, answers, finished } = harness();
          input.end(lines.map((l) => `${l}\n`).join(''));
          expect(await finished).toBe(lines.filter((l) => l.trim() !== '').length);
          const got = answers();
          expect(got).toHaveLength(lines.filter((l) => l.trim() !== '').length);
          for (const answer of got) {
            expect(answer).toHaveProperty('id');
            expect('winners' in answer !== 'error' in answer).toBe(true);
            if (typeof answer.error === 'string') expect(answer.error).not.toMatch(/^internal error/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
