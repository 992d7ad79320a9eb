import { describe, expect, it } from 'vitest';
import { gradedProfile, rankedProfile } from '../ballots.ts';
import { readPrefLib, writePrefLib } from './preflib.ts';
import { fileError, shape } from './test-helpers.ts';

// The head of PrefLib's Debian 2002 file as PrefLib's format page shows it (spaces after commas
// also occur in real files), with the header's NUMBER VOTERS and NUMBER UNIQUE ORDERS of the
// three orders kept here (the whole file's 475 and 31 are refused on this excerpt, below).
const DEBIAN = `# FILE NAME: 00002-00000001.toc
# TITLE: Debian 2002 Leader
# DESCRIPTION: Obtained from the soi by adding the unranked alternatives at the bottom
# DATA TYPE: toc
# MODIFICATION TYPE: imbued
# RELATES TO: 00002-00000001.soi
# RELATED FILES:
# PUBLICATION DATE: 2013-08-17
# MODIFICATION DATE: 2022-09-16
# NUMBER ALTERNATIVES: 4
# NUMBER VOTERS: 188
# NUMBER UNIQUE ORDERS: 3
# ALTERNATIVE NAME 1: Branden Robinson
# ALTERNATIVE NAME 2: Raphael Hertzog
# ALTERNATIVE NAME 3: Bdale Garbee
# ALTERNATIVE NAME 4: None Of The Above
100: 3,1,2,4
79: 1, 3, 2, 4
9: 3,{1, 2,4}
`;

describe('readPrefLib', () => {
  it('reads names, orders with ties, the title and the other metadata', () => {
    const file = readPrefLib('00002-00000001.toc', DEBIAN);
    expect(file.format).toBe('toc');
    expect(file.title).toBe('Debian 2002 Leader');
    expect(file.profile.candidates).toEqual([
      'Branden Robinson',
      'Raphael Hertzog',
      'Bdale Garbee',
      'None Of The Above',
    ]);
    expect(file.profile.kind === 'ranked' && file.profile.tiers).toEqual([
      [[2], [0], [1], [3]],
      [[0], [2], [1], [3]],
      [[2], [0, 1, 3]],
    ]);
    expect(Array.from(file.profile.counts)).toEqual([100, 79, 9]);
    expect(file.extra).toMatchObject({
      'FILE NAME': '00002-00000001.toc',
      'MODIFICATION TYPE': 'imbued',
      'NUMBER VOTERS': '188',
    });
    expect(file.seats).toBeUndefined();
  });

  it('takes the type from the caller, else DATA TYPE, else what the ballots need', () => {
    expect(readPrefLib('x.toi', DEBIAN, 'toi').format).toBe('toi');
    const bare = '# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n3: 1\n';
    expect(readPrefLib('x', bare).format).toBe('soi');
    expect(readPrefLib('x', bare.replace('3: 1', '1: {1,2}')).format).toBe('toc');
    expect(readPrefLib('x', `${bare}1: {1,2}\n`).format).toBe('toi');
  });

  it('numbers the candidates when only NUMBER ALTERNATIVES is given', () => {
    expect(readPrefLib('x.soc', '# NUMBER ALTERNATIVES: 3\n2: 3,1,2\n').profile.candidates).toEqual(['1', '2', '3']);
  });

  it('reads "5:" as five empty ballots, and ignores plain comments and blank lines', () => {
    const p = readPrefLib('x.soi', '# a comment without colon\n# NUMBER ALTERNATIVES: 2\n\n5:\n1: 2\n').profile;
    expect(Array.from(p.counts)).toEqual([5, 1]);
    expect(p.kind === 'ranked' && p.tiers[0]).toEqual([]);
  });
});

describe('writePrefLib', () => {
  const names = ['Kelp forest', 'Coral reef', 'Sea grass'];
  it('picks soc, soi, toc or toi by what the ballots need', () => {
    const type = (ballots: { ranking: (string | string[])[]; count: number }[]) =>
      /# DATA TYPE: (\w+)/.exec(writePrefLib(rankedProfile(names, ballots)))?.[1];
    expect(type([{ ranking: ['Sea grass', 'Kelp forest', 'Coral reef'], count: 1 }])).toBe('soc');
    expect(type([{ ranking: ['Sea grass'], count: 1 }])).toBe('soi');
    expect(type([{ ranking: ['Sea grass', ['Kelp forest', 'Coral reef']], count: 1 }])).toBe('toc');
    expect(type([{ ranking: [['Kelp forest', 'Coral reef']], count: 1 }])).toBe('toi');
    expect(type([{ ranking: [], count: 1 }])).toBe('soi');
  });

  it('writes the PrefLib header, names and order lines', () => {
    const p = rankedProfile(names, [
      { ranking: ['Sea grass', ['Kelp forest', 'Coral reef']], count: 3 },
      { ranking: [], count: 1 },
    ]);
    expect(
      writePrefLib(p, { title: 'Lagoon\ncouncil', extra: { 'publication date': '2026-05-01', 'NUMBER VOTERS': 99 } }),
    ).toBe(
      [
        '# FILE NAME:',
        '# TITLE: Lagoon council',
        '# DESCRIPTION:',
        '# DATA TYPE: toi',
        '# MODIFICATION TYPE:',
        '# RELATES TO:',
        '# RELATED FILES:',
        '# PUBLICATION DATE: 2026-05-01',
        '# MODIFICATION DATE:',
        '# NUMBER ALTERNATIVES: 3',
        '# NUMBER VOTERS: 4',
        '# NUMBER UNIQUE ORDERS: 2',
        '# ALTERNATIVE NAME 1: Kelp forest',
        '# ALTERNATIVE NAME 2: Coral reef',
        '# ALTERNATIVE NAME 3: Sea grass',
        '3: 3,{1,2}',
        '1:',
        '',
      ].join('\n'),
    );
    expect(shape(readPrefLib('x.toi', writePrefLib(p)).profile)).toEqual(shape(p));
  });

  it('refuses graded ballots and names it cannot write back', () => {
    const g = gradedProfile(['A'], [], { scale: { min: 0, max: 1 } });
    expect(() => writePrefLib(g)).toThrow(expect.objectContaining({ code: 'io.write.rankedOnly' }));
    // A line break in a name is refused by the engine itself (src/voting/names.ts) before any writer.
    expect(() => rankedProfile(['A\nB'], [])).toThrow(
      expect.objectContaining({ code: 'error.candidateUnsafe', params: { name: 'A[U+000A]B', char: 'U+000A' } }),
    );
    expect(() => writePrefLib(rankedProfile(['A '], []))).toThrow(
      expect.objectContaining({ code: 'io.write.badName' }),
    );
  });
});

const HEAD =
  '# DATA TYPE: soi\n# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: Crab\n# ALTERNATIVE NAME 2: Shrimp\n# ALTERNATIVE NAME 3: Lobster\n';
// Broken PrefLib files: each names the exact key and line.
const broken: [string, string, string, number, Record<string, string | number>][] = [
  ['a count line without a colon', `${HEAD}3: 1,2\n2 1,3\n`, 'io.preflib.badLine', 7, {}],
  ['an unclosed brace', `${HEAD}3: 1,{2,3\n`, 'io.preflib.badLine', 6, {}],
  ['a trailing comma', `${HEAD}3: 1,2,\n`, 'io.preflib.badLine', 6, {}],
  ['a negative count', `${HEAD}3: 1,2\n-1: 3\n`, 'io.preflib.badCount', 7, { value: '-1' }],
  ['a count that is not a number', `${HEAD}x: 3\n`, 'io.preflib.badCount', 6, { value: 'x' }],
  ['an alternative out of range', `${HEAD}3: 1,4\n`, 'io.preflib.badAlternative', 6, { value: '4', max: 3 }],
  [
    'an alternative that is not a number',
    `${HEAD}3: 1,Crab\n`,
    'io.preflib.badAlternative',
    6,
    { value: 'Crab', max: 3 },
  ],
  ['a candidate twice in an order', `${HEAD}\n3: 2,{1,2}\n`, 'io.preflib.rankedTwice', 7, { candidate: 'Shrimp' }],
  [
    'two candidates with one name',
    '# ALTERNATIVE NAME 1: Crab\n# ALTERNATIVE NAME 2: Crab\n',
    'io.preflib.duplicateName',
    2,
    { candidate: 'Crab' },
  ],
  [
    'a name for a missing number',
    '# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 3: C\n',
    'io.preflib.badNameIndex',
    3,
    { value: 3, max: 2 },
  ],
  [
    'a number without a name',
    '# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: A\n1: 1\n',
    'io.preflib.missingName',
    1,
    { index: 2 },
  ],
  ['no candidates at all', '# TITLE: nothing\n1: 1\n', 'io.preflib.noCandidates', 1, {}],
  [
    'a bad NUMBER ALTERNATIVES',
    '# TITLE: t\n# NUMBER ALTERNATIVES: three\n',
    'io.preflib.numberAlternatives',
    2,
    { value: 'three' },
  ],
  ['an empty file', '\n\n', 'io.file.empty', 1, {}],
];

describe('broken PrefLib files name the line', () => {
  it.each(broken)('%s', (_, text, key, line, params) => {
    const error = fileError(() => readPrefLib('votes.soi', text));
    expect({ key: error.code, line: error.line }).toEqual({ key, line });
    expect(error.params).toMatchObject(params);
  });

  it('says it in English with the file and line', () => {
    expect(fileError(() => readPrefLib('votes.soi', broken[0][1])).message).toBe(
      'votes.soi, line 7: malformed line; expected "count: a,b,{c,d}", for example "3: 2,1,{3,4}".',
    );
  });
});

describe('a header whose counts disagree with the body is refused at its line', () => {
  it("refuses the whole file's counts on an excerpt of it, orders first (checked before the orders are read)", () => {
    const cut = DEBIAN.replace('# NUMBER VOTERS: 188', '# NUMBER VOTERS: 475').replace(
      '# NUMBER UNIQUE ORDERS: 3',
      '# NUMBER UNIQUE ORDERS: 31',
    );
    const error = fileError(() => readPrefLib('debian.toc', cut));
    expect({ key: error.code, line: error.line, params: error.params }).toMatchObject({
      key: 'io.preflib.ordersDisagree',
      line: 12,
      params: { declared: 31, found: 3 },
    });
    expect(error.message).toBe(
      'debian.toc, line 12: the header declares 31 unique orders but the file has 3 order lines: the file may be cut short or edited by hand. Correct this line or the orders, or remove the line.',
    );
  });

  it('refuses a voters count that is not the sum of the counts, one more or one less', () => {
    for (const declared of [187, 189, 0]) {
      const error = fileError(() =>
        readPrefLib('debian.toc', DEBIAN.replace('# NUMBER VOTERS: 188', `# NUMBER VOTERS: ${declared}`)),
      );
      expect({ key: error.code, line: error.line, params: error.params }).toMatchObject({
        key: 'io.preflib.votersDisagree',
        line: 11,
        params: { declared, found: 188 },
      });
    }
    // Empty ballots ("5:") are voters too.
    expect(
      readPrefLib('x.soi', `${HEAD}# NUMBER VOTERS: 8\n# NUMBER UNIQUE ORDERS: 2\n5:\n3: 1\n`).profile.voters,
    ).toBe(8);
  });

  it('refuses a count that is not a whole number, and reads a file without these lines or with them empty', () => {
    const error = fileError(() => readPrefLib('x.soi', `${HEAD}# NUMBER VOTERS: many\n3: 1\n`));
    expect({ key: error.code, line: error.line, params: error.params }).toEqual({
      key: 'io.preflib.headerNumber',
      line: 6,
      params: { key: 'NUMBER VOTERS', value: 'many', file: 'x.soi', line: '6' },
    });
    expect(readPrefLib('x.soi', `${HEAD}3: 1\n`).profile.voters).toBe(3);
    expect(readPrefLib('x.soi', `${HEAD}# NUMBER VOTERS:\n# NUMBER UNIQUE ORDERS: \n3: 1\n`).profile.voters).toBe(3);
  });

  it('says it in French with the file and the line', async () => {
    const { describeError } = await import('../../i18n/index.ts');
    const error = fileError(() => readPrefLib('x.soi', `${HEAD}# NUMBER VOTERS: 4\n3: 1\n`));
    expect(describeError(error, 'fr')).toBe(
      'x.soi, ligne 6\u00a0: l’en-tête annonce 4 électeurs, mais les ordres du fichier en comptent 3\u00a0: le fichier est peut-être tronqué ou modifié à la main. Corrigez cette ligne ou les ordres, ou supprimez la ligne.',
    );
  });
});
