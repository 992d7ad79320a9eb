import { describe, expect, it } from 'vitest';
import { gradedProfile, rankedProfile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { readBlt, writeBlt } from './blt.ts';
import { fileError, shape } from './test-helpers.ts';

// The classic example of the BLT format description (OpenSTV): 4 candidates, 2 seats,
// candidate 2 withdrawn.
const CLASSIC = `4 2
-2
3 1 3 4 0
4 1 3 2 0
2 4 1 3 0
1 2 0
2 2 4 3 1 0
1 3 4 2 0
0
"Adam"
"Basil"
"Charlotte"
"Donald"
"Title"
`;

describe('readBlt', () => {
  it('reads seats, title and ballots, and removes a withdrawn candidate from the count', () => {
    const file = readBlt('classic.blt', CLASSIC);
    expect([file.format, file.seats, file.title]).toEqual(['blt', 2, 'Title']);
    expect(file.extra).toEqual({ withdrawn: ['Basil'] });
    const expected = rankedProfile(
      ['Adam', 'Charlotte', 'Donald'],
      [
        { ranking: ['Adam', 'Charlotte', 'Donald'], count: 3 },
        { ranking: ['Adam', 'Charlotte'], count: 4 },
        { ranking: ['Donald', 'Adam', 'Charlotte'], count: 2 },
        { ranking: [], count: 1 },
        { ranking: ['Donald', 'Charlotte', 'Adam'], count: 2 },
        { ranking: ['Charlotte', 'Donald'], count: 1 },
      ],
    );
    expect(shape(file.profile)).toEqual(shape(expected));
  });

  it('reads "=" as a shared rank, blank lines anywhere, and no title', () => {
    const file = readBlt('x.blt', '\n3 1\n\n2 2=3 1 0\n0\n"A"\n\n"B"\n"C"\n');
    expect(file.title).toBeUndefined();
    expect(file.profile.kind === 'ranked' && file.profile.tiers).toEqual([[[1, 2], [0]]]);
  });

  it('ignores comments after #, but not inside a quoted name', () => {
    const file = readBlt(
      'x.blt',
      '# made by hand\n2 1 # two candidates\n3 2 0 # three voters\n0\n"Crab #1" # the favourite\n"Shrimp"\n"Vote #2"\n',
    );
    expect([file.profile.candidates, file.title, file.profile.voters]).toEqual([['Crab #1', 'Shrimp'], 'Vote #2', 3]);
  });

  it('keeps quoted names as they are, spaces included', () => {
    expect(readBlt('x.blt', '2 1\n0\n"  Kelp forest "\n"Reef, the"\n"T"\n').profile.candidates).toEqual([
      '  Kelp forest ',
      'Reef, the',
    ]);
  });
});

describe('writeBlt', () => {
  it('writes header, ballots with "=" for shared ranks, the 0 line, names and title', () => {
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['C', ['A', 'B']], count: 5 },
        { ranking: [], count: 2 },
      ],
    );
    expect(writeBlt(p, 2, 'Class "vote"')).toBe('3 2\n5 3 1=2 0\n2 0\n0\n"A"\n"B"\n"C"\n"Class ”vote”"\n');
    const back = readBlt('x.blt', writeBlt(p, 2));
    expect(shape(back.profile)).toEqual(shape(p));
    expect(back.seats).toBe(2);
  });

  it('refuses what BLT cannot hold', () => {
    expect(() => writeBlt(rankedProfile(['A "x"'], []), 1)).toThrow(
      expect.objectContaining({ code: 'io.write.badName' }),
    );
    expect(() => writeBlt(gradedProfile(['A'], [], { scale: { min: 0, max: 1 } }), 1)).toThrow(
      expect.objectContaining({ code: 'io.write.rankedOnly' }),
    );
    expect(() => writeBlt(rankedProfile(['A'], []), 0)).toThrow(VotingError);
    expect(() => writeBlt(rankedProfile([], []), 1)).toThrow(
      expect.objectContaining({ code: 'io.write.noCandidates' }),
    );
  });
});

const NAMES = '"Crab"\n"Shrimp"\n"Lobster"\n"Rock pool"\n';
// Broken BLT files: each names the exact key and line.
const broken: [string, string, string, number, Record<string, string | number>][] = [
  ['no terminating 0 line', `3 1\n2 1 2 0\n1 3 0\n${NAMES}`, 'io.blt.missingTerminator', 4, {}],
  ['the file stops in the ballots', '3 1\n2 1 2 0\n1 3 0\n', 'io.blt.notEnoughLines', 1, { candidates: 3, lines: 3 }],
  [
    'the file stops in the ballots, with enough lines for the names',
    '3 1\n2 1 2 0\n1 3 0\n1 2 0\n1 1 0\n',
    'io.blt.missingTerminator',
    5,
    {},
  ],
  ['a ballot line without its 0', '3 1\n2 1 2 0\n1 3 2\n0\n"A"\n"B"\n"C"\n', 'io.blt.lineEnd', 3, {}],
  ['a header with one number', '3\n0\n"A"\n"B"\n"C"\n', 'io.blt.header', 1, {}],
  ['a header with no seats', '3 0\n0\n"A"\n"B"\n"C"\n', 'io.blt.header', 1, {}],
  ['a candidate out of range', '3 1\n2 1 4 0\n0\n"A"\n"B"\n"C"\n', 'io.blt.badCandidate', 2, { value: '4', max: 3 }],
  ['a candidate twice on a ballot', '3 1\n\n2 1 2=1 0\n0\n"A"\n"B"\n"C"\n', 'io.blt.rankedTwice', 3, { value: 1 }],
  ['a fractional weight', '3 1\n0.5 1 0\n0\n"A"\n"B"\n"C"\n', 'io.blt.badWeight', 2, { value: '0.5' }],
  ['a negative weight', '3 1\n-2 1 0\n0\n"A"\n"B"\n"C"\n', 'io.blt.badWeight', 2, { value: '-2' }],
  ['a withdrawn number out of range', '3 1\n-4\n0\n"A"\n"B"\n"C"\n', 'io.blt.withdrawn', 2, { value: '-4', max: 3 }],
  ['too few names', '3 1\n1 1 0\n0\n"A"\n"B"\n', 'io.blt.missingNames', 5, { expected: 3, found: 2 }],
  ['a name without quotes', '3 1\n0\n"A"\nB\n"C"\n', 'io.blt.badName', 4, { value: 'B' }],
  ['two candidates with one name', '3 1\n0\n"A"\n"B"\n"A"\n', 'io.blt.duplicateName', 5, { candidate: 'A' }],
];

describe('broken BLT files name the line', () => {
  it.each(broken)('%s', (_, text, key, line, params) => {
    const error = fileError(() => readBlt('count.blt', text));
    expect({ key: error.code, line: error.line }).toEqual({ key, line });
    expect(error.params).toMatchObject(params);
  });

  it('says it in English with the file and line', () => {
    expect(fileError(() => readBlt('count.blt', broken[0][1])).message).toBe(
      'count.blt, line 4: the list of ballots must end with a "0" line before the names.',
    );
  });
});
