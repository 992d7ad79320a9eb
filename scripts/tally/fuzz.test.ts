/**
 * Fuzzing `tally --batch`, through runBatch on memory streams and once through the real
 * process: exactly one answer per request line, in order, each a JSON object with the
 * request's id when it has one; no exception escapes (an error answer is one of our typed
 * errors, never "internal error"); the memory the batch allocates stays within a generous
 * bound proportional to its input (process.memoryUsage() deltas, never time).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unsafeCharacter } from '../../src/voting/names.ts';
import { METHOD_IDS } from '../../src/voting/method.ts';
import { runBatch } from './batch.ts';

const root = join(import.meta.dirname, '..', '..');
const BYTES_PER_CHAR = 4_000;
const FIXED_BYTES = 64 * 2 ** 20;

const names = fc.constantFrom('Crab', 'Reef', 'Lagoon', 'Cr\u0430b', 'Re\u202Eef', '\u001b[2J', ' ', 'É', '🦀');
const ranked = fc.record({
  ranking: fc.array(fc.oneof(names, fc.array(names, { maxLength: 2 })), { maxLength: 4 }),
  count: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom(2 ** 31, 3e9, 2 ** 53 + 2, 0.5)),
});
const graded = fc.record({
  grades: fc.dictionary(names, fc.oneof(fc.integer({ min: -2, max: 7 }), fc.constantFrom(3e9, -3e9, 1001))),
  count: fc.integer({ min: 0, max: 4 }),
});
const request = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant('id\u202E')),
    method: fc.oneof(fc.constantFrom(...METHOD_IDS), fc.string({ maxLength: 5 })),
    candidates: fc.oneof(fc.uniqueArray(names, { maxLength: 5 }), fc.anything({ maxDepth: 1 })),
    ballots: fc.oneof(
      fc.array(ranked, { maxLength: 4 }),
      fc.array(graded, { maxLength: 4 }),
      fc.anything({ maxDepth: 1 }),
    ),
    seats: fc.oneof(fc.integer({ min: -1, max: 20 }), fc.constant(1e6)),
    grade_scale: fc.record({
      min: fc.integer({ min: -2, max: 2 }),
      max: fc.oneof(fc.integer({ min: -1, max: 9 }), fc.constant(3e9)),
    }),
  },
  { requiredKeys: ['id'] },
);
/** A line: a request, a broken one, or anything without a line break. */
const line = fc.oneof(
  { weight: 4, arbitrary: request.map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: request.map((r) => JSON.stringify(r).slice(0, -3)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\n\r]/g, ' ')) },
);

function expectedIds(lines: readonly string[]): unknown[] {
  return lines
    .filter((l, i) => (i === 0 ? l.replace(/^\uFEFF/, '') : l).trim() !== '')
    .map((l) => {
      try {
        const parsed: unknown = JSON.parse(l.replace(/^\uFEFF/, ''));
        const id = (parsed as { id?: unknown } | null)?.id;
        return typeof id === 'string' || typeof id === 'number' ? id : null;
      } catch {
        return undefined; // a broken line: its id is read from its start, when it can be
      }
    });
}

async function batch(text: string): Promise<{ answers: Record<string, unknown>[]; allocated: number }> {
  const input = new PassThrough();
  const chunks: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const usage = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const before = usage();
  const finished = runBatch({ input, output, log: () => undefined });
  input.end(text);
  await finished;
  const allocated = usage() - before;
  const out = chunks.join('');
  expect(out === '' || out.endsWith('\n')).toBe(true);
  return {
    answers: out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    allocated,
  };
}

function checkAnswers(lines: readonly string[], answers: readonly Record<string, unknown>[]): void {
  const ids = expectedIds(lines);
  expect(answers.length).toBe(ids.length);
  answers.forEach((answer, i) => {
    if (ids[i] !== undefined) expect(answer.id).toEqual(ids[i]);
    expect(typeof answer.error === 'string' || Array.isArray(answer.winners)).toBe(true);
    if (typeof answer.error === 'string') expect(answer.error).not.toMatch(/^internal error/);
  });
}

describe('fuzzing tally --batch', () => {
  it('one answer per line, in order, no uncaught exception, memory in proportion to the input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        async (lines, bom, eol) => {
          const text = (bom ? '\uFEFF' : '') + lines.join(eol) + (lines.length > 0 ? eol : '');
          const { answers, allocated } = await batch(text);
          checkAnswers(bom && lines.length > 0 ? [`\uFEFF${lines[0]}`, ...lines.slice(1)] : lines, answers);
          expect(allocated).toBeLessThanOrEqual(FIXED_BYTES + BYTES_PER_CHAR * text.length);
        },
      ),
      { numRuns: Number(process.env.IO_RUNS ?? 150) },
    );
  });

  it('the real process answers every line of a fuzzed batch, and prints nothing unsafe', () => {
    const lines = fc.sample(fc.array(line, { minLength: 30, maxLength: 30 }), { numRuns: 1, seed: 13 })[0];
    const text = `${lines.join('\n')}\n`;
    const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'tally.ts'), '--batch'], {
      cwd: root,
      input: text,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const answers = run.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    checkAnswers(lines, answers);
    expect(unsafeCharacter(run.stdout.replace(/\n/g, ''))).toBeUndefined();
  });
});
