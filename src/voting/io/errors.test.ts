/**
 * What every reader promises on bad input: a BallotFileError (a VotingError) with a message
 * key that exists in French and English and says where; never any other exception.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../i18n/index.ts';
import { ioMessages as ioTable } from '../../i18n/messages/io.ts';
import { readerMessages } from '../../i18n/messages/readers.ts';
import { VotingError } from '../errors.ts';
import { BallotFileError, DEFAULT_MAX_CHARS, readBallotFile } from './index.ts';
import { fileError } from './test-helpers.ts';

const here = new URL('./', import.meta.url);
/** The readers' messages: io.ts, and readers.ts for names, notes and the refusals added with them. */
const readerKeys = (table: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(table).filter(([key]) => key.startsWith('io.')));
const ioMessages: Readonly<Record<'fr' | 'en', Readonly<Record<string, string>>>> = {
  fr: { ...ioTable.fr, ...readerKeys(readerMessages.fr) },
  en: { ...ioTable.en, ...readerKeys(readerMessages.en) },
};
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, here), 'utf8');

describe('messages', () => {
  it('has the same keys in French and English, and every key the code uses', () => {
    expect(Object.keys(ioMessages.en).sort()).toEqual(Object.keys(ioMessages.fr).sort());
    const used = new Set<string>();
    for (const name of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      for (const match of readFileSync(new URL(name, here), 'utf8').matchAll(/'(io\.[a-z]+\.[A-Za-z]+)'/g))
        used.add(match[1]);
    }
    // Engine error codes reach JSON files as io.json.<code>.
    for (const code of [
      'candidatesNotList',
      'unknownCandidate',
      'rankedTwice',
      'ballotCount',
      'gradeRange',
      'ungraded',
    ])
      used.add(`io.json.${code}`);
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(ioMessages.fr[key], key).toBeDefined();
  });

  it('names the place in every reader message, and uses French typography', () => {
    for (const [key, fr] of Object.entries(ioMessages.fr)) {
      const en = ioMessages.en[key];
      if (key.startsWith('io.write.')) continue;
      expect(fr.startsWith('{file}'), key).toBe(true);
      expect(en.startsWith('{file}'), key).toBe(true);
      if (!key.startsWith('io.file.') && !key.startsWith('io.note.readAs'))
        expect([fr.includes('ligne {line}'), en.includes('line {line}')], key).toEqual([true, true]);
      expect(fr, key).not.toMatch(/ [:;?!»]|« /); // no plain space where a no-break space belongs
    }
  });

  it('reads in French through describeError, the place included', () => {
    const error = fileError(() => readBallotFile('classe.csv', 'Forêt,Récif\n1,2\n1,Peut-être\n'));
    expect(describeError(error, 'fr')).toBe(
      'classe.csv, ligne 3\u00a0: «\u00a0Peut-être\u00a0» n’est pas un rang (colonne «\u00a0Récif\u00a0»).',
    );
    expect(describeError(error, 'en')).toBe('classe.csv, line 3: "Peut-être" is not a rank (column "Récif").');
  });
});

describe('whole-file problems', () => {
  it.each(['x.json', 'x.csv', 'x.soc', 'x.toi', 'x.blt', 'x.txt'])('an empty file (%s)', (name) => {
    for (const text of ['', '\uFEFF', '  \n\r\n\t']) {
      const error = fileError(() => readBallotFile(name, text));
      expect([error.code, error.line]).toEqual(['io.file.empty', 1]);
    }
  });

  it('refuses a file beyond the size limit before reading it, with sizes in the message', () => {
    // Its second line is not a rank: a reader that parsed the file first would say so instead.
    const error = fileError(() => readBallotFile('huge.csv', 'A,B\n'.padEnd(DEFAULT_MAX_CHARS + 1, '1')));
    expect([error.code, error.line, error.params.limit]).toEqual(['io.file.tooLarge', 1, 32]);
    const small = 'A,B\n'.padEnd(1000, '1');
    expect([
      fileError(() => readBallotFile('small.csv', small)).code,
      fileError(() => readBallotFile('small.csv', small, { maxChars: 999 })).code,
    ]).toEqual(['io.csv.notARank', 'io.file.tooLarge']);
    expect(fileError(() => readBallotFile('a.json', '{}', { maxChars: 1 })).message).toBe(
      'a.json: the file is too large to read (0 million characters; at most 0 million).',
    );
  });

  it('refuses an unknown forced format', () => {
    const error = fileError(() => readBallotFile('a.txt', 'A\n1', { format: 'xls' as never }));
    expect([error.code, error.params.format]).toEqual(['io.file.unknownFormat', 'xls']);
  });
});

/** Reading must give a file or a VotingError, nothing else, whatever the text. */
function readsOrExplains(name: string, text: string): void {
  try {
    readBallotFile(name, text);
  } catch (error) {
    if (!(error instanceof VotingError)) throw error;
    if (error instanceof BallotFileError) {
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(ioMessages.en[error.code], error.code).toBeDefined();
    }
  }
}

const NAMES = ['a.json', 'a.csv', 'a.soc', 'a.soi', 'a.toc', 'a.toi', 'a.blt', 'a.txt'];

describe('no reader crashes on any input', () => {
  it('arbitrary strings, given to every reader', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.string({ unit: 'binary', maxLength: 200 }), (name, text) =>
        readsOrExplains(name, text),
      ),
      { numRuns: 1500 },
    );
  });

  it("strings made of the formats' own characters", () => {
    const unit = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ',',
      ';',
      ':',
      '#',
      '=',
      '-',
      '0',
      '1',
      '2',
      '3',
      '9',
      ' ',
      '\n',
      '\r',
      'A',
      'count',
      'ranking',
      'grades',
      '\uFEFF',
    );
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.string({ unit, maxLength: 120 }), (name, text) =>
        readsOrExplains(name, text),
      ),
      { numRuns: 1500 },
    );
  });

  it('valid files with random edits (inserted, deleted or changed characters)', () => {
    const files = ['lagoon.json', 'lagoon.csv', 'lagoon-fr.csv', 'lagoon.toi', 'lagoon.blt', 'grades.csv'].map(
      (f) => [f, fixture(f)] as const,
    );
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.string({ unit: 'binary', maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        ([name, text], edits, renamed) => {
          let out = text;
          for (const { at, remove, insert } of edits) {
            const i = at % (out.length + 1);
            out = out.slice(0, i) + insert + out.slice(i + remove);
          }
          readsOrExplains(renamed ? 'upload' : name, out);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('any JSON value, and election-shaped objects full of wrong values', () => {
    const anything = fc.anything({ maxDepth: 3 });
    const election = fc.record(
      {
        candidates: fc.oneof(fc.array(fc.oneof(fc.string(), anything), { maxLength: 4 }), anything),
        ballots: fc.oneof(
          fc.array(
            fc.record(
              {
                ranking: fc.oneof(
                  fc.array(fc.oneof(fc.string({ maxLength: 2 }), fc.array(fc.string({ maxLength: 2 }))), {
                    maxLength: 4,
                  }),
                  anything,
                ),
                count: fc.oneof(fc.integer(), anything),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 4 },
          ),
          fc.array(
            fc.record(
              {
                grades: fc.oneof(
                  fc.dictionary(fc.string({ maxLength: 2 }), fc.oneof(fc.integer({ min: -2, max: 8 }), anything)),
                  anything,
                ),
                count: fc.oneof(fc.integer(), anything),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 4 },
          ),
          anything,
        ),
        seats: anything,
        title: anything,
        grade_scale: fc.oneof(
          fc.record({ min: fc.integer({ min: -2, max: 2 }), max: fc.integer({ min: -2, max: 8 }) }),
          anything,
        ),
        approval_threshold: anything,
        default_grade: anything,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), election), (value) =>
        readsOrExplains('a.json', JSON.stringify(value) ?? ''),
      ),
      { numRuns: 1500 },
    );
  });

  it('values nested deeper than the stack', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    readsOrExplains('a.json', `{"candidates": ["A"], "ballots": [{"ranking": ["A"], "count": ${deep}}]}`);
    readsOrExplains(
      'a.json',
      `{"candidates": ["A"], "ballots": [{"ranking": ["A"], "count": 1}], "x": ${'['.repeat(50_000)}`,
    );
    readsOrExplains('a.json', `{"candidates": ["A"], "ballots": [{"ranking": [${deep}], "count": 1}]}`);
  });
});
