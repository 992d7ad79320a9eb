import { describe, expect, it } from 'vitest';
import { gradedProfile, rankedProfile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { readCsv, writeCsv } from './csv.ts';
import { fileError, shape } from './test-helpers.ts';

const ranked = (text: string, options = {}) => {
  const { profile } = readCsv('class.csv', text, options);
  if (profile.kind !== 'ranked') throw new Error('expected ranked ballots');
  return profile;
};
const graded = (text: string, options = {}) => {
  const { profile } = readCsv('class.csv', text, options);
  if (profile.kind !== 'graded') throw new Error('expected graded ballots');
  return profile;
};

describe('readCsv: ranks', () => {
  it('reads blanks as unranked, equal numbers as a shared rank, and only the order of the numbers', () => {
    const p = ranked('A,B,C,D\n1,,2,2\n3,9,,1\n');
    // Row 1: A > {C, D} > B unranked. Row 2: D > A > B (3 and 9 close up to 2 and 3).
    expect(p.tiers).toEqual([
      [[0], [2, 3]],
      [[3], [0], [1]],
    ]);
    expect(p.complete).toBe(false);
  });

  it('adds up the count column (count, nombre, effectif, any case) and merges equal rows', () => {
    for (const header of ['count', 'Nombre', 'EFFECTIF']) {
      const p = ranked(`A,B,${header}\n1,2,4\n2,1,1\n1,2,5\n`);
      expect(Array.from(p.counts)).toEqual([9, 1]);
      expect(p.voters).toBe(10);
    }
  });

  it('accepts the count column anywhere, and an all-blank row with a count as empty ballots', () => {
    const p = ranked('effectif;A;B\n3;1;2\n2;;\n');
    expect(Array.from(p.counts)).toEqual([3, 2]);
    expect(p.tiers[1]).toEqual([]);
  });

  it('skips blank lines and rows of empty cells, and counts lines from the file', () => {
    const error = fileError(() => readCsv('class.csv', 'A,B\r\n\r\n1,2\r\n,\r\n  \r\nx,1\r\n'));
    expect([error.code, error.line]).toEqual(['io.csv.notARank', 6]);
  });

  it('counts the lines of a quoted cell that spans lines', () => {
    const error = fileError(() => readCsv('class.csv', 'Kelp,Reef\n"1\n",2\n"1",\n0,1\n'));
    expect([error.code, error.line, error.params.candidate]).toEqual(['io.csv.rankBelowOne', 5, 'Kelp']);
  });

  it('reads ";" and tab separators, a BOM and Excel\'s sep= line', () => {
    expect(ranked('\uFEFFA;B;C\n1;2;3\n').candidates).toEqual(['A', 'B', 'C']);
    expect(ranked('A\tB\n2\t1\n').tiers).toEqual([[[1], [0]]]);
    const p = ranked('sep=;\nA,1;B\n1;2\n');
    expect(p.candidates).toEqual(['A,1', 'B']);
    expect(fileError(() => readCsv('c.csv', 'sep=;\nA;B\n1;x\n')).line).toBe(3);
  });

  it('trims the cells and removes the apostrophe our writer puts before a formula-like name', () => {
    expect(ranked(" A , '=B ,'-C,'D\n 1 ,2,3,4\n").candidates).toEqual(['A', '=B', '-C', "'D"]);
  });
});

describe('readCsv: grades and the choice between ranks and grades', () => {
  it('detects grades when a row has 0, a number above the number of candidates, or no 1', () => {
    expect(graded('A,B,C\n0,1,1\n').scale).toEqual({ min: 0, max: 1 });
    expect(graded('A,B\n1,4\n').scale).toEqual({ min: 0, max: 4 });
    expect(graded('A,B,C\n1,2,3\n2,2,3\n').scale).toEqual({ min: 0, max: 3 });
    expect(graded('A,B\n-2,1\n').scale).toEqual({ min: -2, max: 1 });
  });

  it('reads full rows of 1..m with a 1 in each row as ranks, and any blank as ranks', () => {
    expect(ranked('A,B,C\n1,2,3\n2,1,1\n').tiers).toEqual([
      [[0], [1], [2]],
      [[1, 2], [0]],
    ]);
    expect(ranked('A,B\n5,\n').tiers).toEqual([[[0]]]);
  });

  it('obeys options: kind, scale, approval threshold and default grade', () => {
    expect(graded('A,B,C\n1,2,3\n', { kind: 'graded' }).grades).toEqual(Int32Array.from([1, 2, 3]));
    const p = graded('A,B\n4,\n,1\n', { scale: { min: 0, max: 4 }, defaultGrade: 0, approvalThreshold: 2 });
    expect(Array.from(p.grades)).toEqual([4, 0, 0, 1]);
    expect([p.scale, p.approvalThreshold]).toEqual([{ min: 0, max: 4 }, 2]);
    expect(ranked('A,B\n5,7\n', { kind: 'ranked' }).tiers).toEqual([[[0], [1]]]);
  });

  it('refuses bad options with the engine error', () => {
    expect(() => readCsv('c.csv', 'A,B\n1,2\n', { kind: 'graded', scale: { min: 3, max: 3 } })).toThrow(VotingError);
  });
});

describe('writeCsv', () => {
  it('writes ranks as levels, a count column, and quotes names that need it', () => {
    const p = rankedProfile(
      ['Kelp, forest', 'Reef "A"', 'Sea'],
      [
        { ranking: [['Sea', 'Reef "A"']], count: 2 },
        { ranking: [], count: 1 },
      ],
    );
    expect(writeCsv(p)).toBe('"Kelp, forest","Reef ""A""",Sea,count\n,1,1,2\n,,,1\n');
    expect(shape(ranked(writeCsv(p)))).toEqual(shape(p));
  });

  it('writes for a French spreadsheet with ";" and a BOM', () => {
    const p = gradedProfile(['Crabe', 'Homard'], [{ grades: { Crabe: 5, Homard: -1 }, count: 1 }], {
      scale: { min: -1, max: 5 },
    });
    const text = writeCsv(p, { delimiter: ';', bom: true });
    expect(text).toBe('\uFEFFCrabe;Homard;count\n5;-1;1\n');
    expect(shape(graded(text, { scale: { min: -1, max: 5 } }))).toEqual(shape(p));
  });

  it('defuses names a spreadsheet would run as formulas', () => {
    const p = rankedProfile(['=1+1', '@x', "'q"], [{ ranking: ['@x'], count: 1 }]);
    expect(writeCsv(p).split('\n')[0]).toBe("'=1+1,'@x,''q,count");
    expect(ranked(writeCsv(p)).candidates).toEqual(['=1+1', '@x', "'q"]);
  });

  it('refuses names it cannot write back', () => {
    const write = (names: string[]) => () => writeCsv(rankedProfile(names, []));
    expect(write([' A'])).toThrow(expect.objectContaining({ code: 'io.write.badName' }));
    expect(write(['A', 'Count'])).toThrow(expect.objectContaining({ code: 'io.write.reservedName' }));
    expect(write(['1', '2'])).toThrow(expect.objectContaining({ code: 'io.write.numericNames' }));
  });
});

// Broken CSV files: each names the exact key and line (and the column's candidate).
const broken: [string, string, string, number, Record<string, string>][] = [
  [
    'a word where a rank should be',
    'Kelp forest,Coral reef,Sea grass\n1,2,3\n2,1,3\n3,2,1\n1,,2\n\n1,Maybe,2\n',
    'io.csv.notARank',
    7,
    { value: 'Maybe', candidate: 'Coral reef' },
  ],
  ['rank 0', 'A;B;C\n1;2;\n0;1;\n', 'io.csv.rankBelowOne', 3, { value: '0', candidate: 'A' }],
  ['a negative count', 'A,B,count\n1,2,3\n2,1,-2\n', 'io.csv.badCount', 3, { value: '-2', header: 'count' }],
  [
    'a count that is not a number',
    'A,B,Nombre\n1,2,trois\n',
    'io.csv.badCount',
    2,
    { value: 'trois', header: 'Nombre' },
  ],
  ['a candidate with two columns', 'A,B,A\n1,2,3\n', 'io.csv.duplicateCandidate', 1, { candidate: 'A' }],
  ['no header row', '1,2,3\n2,1,3\n', 'io.csv.noHeader', 1, {}],
  ['only a count column', 'count\n3\n', 'io.csv.noCandidates', 1, {}],
  ['a cell under no header', 'A,B\n1,2\n2,1,,x\n', 'io.csv.extraCell', 3, { value: 'x', index: '4' }],
  ['a column without a name', 'A,,B\n1,,2\n2,5,1\n', 'io.csv.emptyHeader', 1, { index: '2' }],
  ['a quote never closed', 'A,B\n1,2\n"2,1\n', 'io.csv.quote', 3, {}],
  [
    'a grade off the scale (scale given)',
    'A,B\n5,3\n6,0\n',
    'io.csv.gradeOffScale',
    3,
    { value: '6', min: '0', max: '5', candidate: 'A' },
  ],
  ['a grade that is not whole', 'A,B\n5,3\n2.5,0\n', 'io.csv.notAGrade', 3, { value: '2.5', candidate: 'A' }],
  ['a missing grade', 'A,B\n5,3\n2,\n', 'io.csv.missingGrade', 3, { candidate: 'B' }],
];
const OPTIONS: Record<string, object> = {
  'a grade off the scale (scale given)': { scale: { min: 0, max: 5 } },
  'a grade that is not whole': { kind: 'graded' },
  'a missing grade': { kind: 'graded' },
};

describe('broken CSV files name the line and the candidate', () => {
  it.each(broken)('%s', (name, text, key, line, params) => {
    const error = fileError(() => readCsv('class.csv', text, OPTIONS[name]));
    expect({ key: error.code, line: error.line }).toEqual({ key, line });
    expect(Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, String(v)]))).toMatchObject(params);
  });

  it('says it the way the teacher reads it', () => {
    const error = fileError(() => readCsv('class.csv', broken[0][1]));
    expect(error.message).toBe('class.csv, line 7: "Maybe" is not a rank (column "Coral reef").');
  });
});
