/**
 * Fuzzing every reader (JSON, CSV, PrefLib .soc .soi .toc .toi, BLT, and the format sniffer)
 * through readBallotFile: whatever the text, the answer is an election or one of our typed
 * errors (a VotingError, with a message in French and English), and what is read stays in
 * proportion to the text: candidates, distinct ballots and cells are bounded by its length,
 * and so is the memory the read allocates (heap and array buffers, measured as deltas of
 * process.memoryUsage() against a generous bound proportional to the input, never as time).
 * The inputs mix the formats' own tokens with hostile ones: huge declared headers, numbers
 * past 2^31 and 2^53, control and bidi characters, BOMs, deep nesting.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../i18n/index.ts';
import { gradedProfileFromRows, rankedProfileFromOrders } from '../compact.ts';
import { VotingError } from '../errors.ts';
import { printedForm, unsafeCharacter } from '../names.ts';
import { MAX_UNNAMED_CANDIDATES } from './preflib.ts';
import { readBallotFile } from './index.ts';

const RUNS = Number(process.env.IO_RUNS ?? 400);
/** Bytes a read may allocate per character of input, plus a fixed allowance for the engine's tables. */
const BYTES_PER_CHAR = 4_000;
const FIXED_BYTES = 48 * 2 ** 20;

const TOKENS = [
  // shared
  '\n',
  '\r\n',
  ' ',
  '\t',
  ',',
  ';',
  ':',
  '#',
  '"',
  '=',
  '-',
  '{',
  '}',
  '[',
  ']',
  '\uFEFF',
  '0',
  '1',
  '2',
  '3',
  '65534',
  '65535',
  '99999999',
  '2147483648',
  '3000000000',
  '9007199254740993',
  '1e9',
  '-1',
  // names, some of them hostile
  'Crab',
  'Reef',
  'Cr\u0430b',
  '\u202Eevil',
  '\u001b[31m',
  '\u0000',
  '\u200B',
  '\u2066',
  '\u0085',
  'É',
  '🦀',
  // PrefLib
  '# NUMBER ALTERNATIVES: ',
  '# ALTERNATIVE NAME 1: ',
  '# ALTERNATIVE NAME 2: ',
  '# DATA TYPE: soc',
  '# DATA TYPE: toi',
  '# TITLE: ',
  // BLT
  '3 1\n',
  '65534 1\n',
  '2 5\n',
  '\n0\n',
  '"A"\n',
  '"B"\n',
  // JSON
  '{"candidates": ["A", "B"], "ballots": [',
  '{"ranking": ["A"], "count": ',
  '{"grades": {"A": ',
  '"grade_scale": {"min": 0, "max": ',
  '}',
  ']',
  '"seats": ',
  // CSV
  'A,B,C\n',
  'count',
  'nombre',
  'sep=;\n',
];

const NAMES = ['a.json', 'a.csv', 'a.soc', 'a.soi', 'a.toc', 'a.toi', 'a.blt', 'upload'];

const texts = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

interface Measured {
  readonly read?: ReturnType<typeof readBallotFile>;
  readonly error?: unknown;
  readonly allocated: number;
}

function measuredRead(name: string, text: string): Measured {
  const memory = () => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const before = memory();
  try {
    const read = readBallotFile(name, text);
    return { read, allocated: memory() - before };
  } catch (error) {
    return { error, allocated: memory() - before };
  }
}

describe('fuzzing every reader', () => {
  it('answers an election or a typed error, in proportion to the text, whatever the text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), texts, (name, text) => {
        const { read, error, allocated } = measuredRead(name, text);
        expect(allocated).toBeLessThanOrEqual(FIXED_BYTES + BYTES_PER_CHAR * text.length);
        if (error !== undefined) {
          // Only our errors, each with a message in both languages; never a RangeError or a TypeError.
          expect(error).toBeInstanceOf(VotingError);
          const { code } = error as VotingError;
          expect(isMessageKey(code), code).toBe(true);
          return;
        }
        const { profile } = read!;
        const m = profile.candidates.length;
        const lines = text.split(/\r\n|\r|\n/).length;
        // Numbered PrefLib candidates need no bytes each, up to MAX_UNNAMED_CANDIDATES.
        expect(m).toBeLessThanOrEqual(Math.max(text.length, MAX_UNNAMED_CANDIDATES));
        expect(profile.counts.length).toBeLessThanOrEqual(lines);
        expect(profile.counts.length * m).toBeLessThanOrEqual(Math.max(text.length, MAX_UNNAMED_CANDIDATES) * lines);
        // Counts stay exact whole numbers.
        for (const count of profile.counts) expect(Number.isSafeInteger(count) && count >= 1).toBe(true);
        expect(Number.isSafeInteger(profile.voters)).toBe(true);
        // Every name read prints safely and apart from the others.
        for (const candidate of profile.candidates) expect(unsafeCharacter(candidate)).toBeUndefined();
        expect(new Set(profile.candidates.map(printedForm)).size).toBe(m);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses the issue’s tiny files that declared huge elections, allocating little', () => {
    const tiny = [
      ['votes.soc', '# NUMBER ALTERNATIVES: 65534\n1: 1\n'],
      ['votes.blt', '65534 1\n0\n"A"\n'],
      ['votes.csv', 'A,B\n1,3000000000\n'],
      [
        'votes.json',
        '{"candidates": ["A", "B"], "ballots": [{"grades": {"A": 3000000000, "B": 0}, "count": 1}], "grade_scale": {"min": 0, "max": 3000000000}}',
      ],
      ['votes.soi', `# ALTERNATIVE NAME 65534: A\n1: 65534\n`],
    ] as const;
    for (const [name, text] of tiny) {
      const { error, allocated } = measuredRead(name, text);
      expect(error, name).toBeInstanceOf(VotingError);
      expect(allocated, name).toBeLessThanOrEqual(FIXED_BYTES + BYTES_PER_CHAR * text.length);
    }
  });

  it('the compact loaders (typed arrays of orders or grades) answer a profile or a typed error, in proportion', () => {
    const names = fc.uniqueArray(fc.constantFrom('Crab', 'Reef', 'Cr\u0430b', 'Re\u202Eef', ' ', 'A', 'B', 'C', 'D'), {
      maxLength: 14,
    });
    fc.assert(
      fc.property(
        names,
        fc.uint8Array({ maxLength: 200 }),
        fc.int8Array({ maxLength: 200 }),
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: -2, max: 9 }),
        (candidates, orders, rows, min, max) => {
          for (const load of [
            () => rankedProfileFromOrders(candidates, orders),
            () => gradedProfileFromRows(candidates, rows, { scale: { min, max } }),
          ]) {
            try {
              const profile = load();
              expect(profile.counts.length * profile.candidates.length).toBeLessThanOrEqual(
                Math.max(orders.length, rows.length),
              );
            } catch (error) {
              expect(error).toBeInstanceOf(VotingError);
              const { code } = error as VotingError;
              expect(isMessageKey(code), code).toBe(true);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
