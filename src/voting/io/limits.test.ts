/**
 * The readers refuse what passes the engine's limits (docs/ballot-files.md, "Limits") at the
 * line where it happens, naming the file, the limit and the value, before building anything
 * as big as the header or a number in the file would have it.
 */
import { describe, expect, it } from 'vitest';
import { describeError } from '../../i18n/index.ts';
import { GRADE_LIMIT, MAX_CELLS, MAX_VOTERS } from '../limits.ts';
import { readBallotFile } from './index.ts';
import { MAX_UNNAMED_CANDIDATES } from './preflib.ts';
import { fileError } from './test-helpers.ts';

describe('headers that declare more candidates than the file holds', () => {
  it('refuses a 34-byte PrefLib file declaring 65,534 unnamed candidates at its header', () => {
    // Before: the file was read, and any Condorcet count then asked for 65,534² numbers.
    const text = '# NUMBER ALTERNATIVES: 65534\n1: 1\n';
    const error = fileError(() => readBallotFile('big.soi', text));
    expect({ key: error.code, line: error.line, params: error.params }).toMatchObject({
      key: 'io.preflib.unnamedCandidates',
      line: 1,
      params: { value: 65_534, limit: MAX_UNNAMED_CANDIDATES },
    });
    expect(describeError(error, 'en')).toBe(
      'big.soi, line 1: the file declares 65,534 candidates without naming them; without "# ALTERNATIVE NAME" lines it accepts at most 1,000.',
    );
    expect(
      readBallotFile('ok.soi', `# NUMBER ALTERNATIVES: ${MAX_UNNAMED_CANDIDATES}\n1: 1\n`).profile.candidates,
    ).toHaveLength(MAX_UNNAMED_CANDIDATES);
  });

  it('refuses a PrefLib header declaring 65,534 candidates with a name or two: the names are missing', () => {
    const error = fileError(() =>
      readBallotFile('big.soi', '# NUMBER ALTERNATIVES: 65534\n# ALTERNATIVE NAME 1: A\n1: 1\n'),
    );
    expect({ key: error.code, line: error.line }).toEqual({ key: 'io.preflib.missingName', line: 1 });
  });

  it('refuses a 16-byte BLT file declaring 65,534 candidates at its header', () => {
    const error = fileError(() => readBallotFile('big.blt', '65534 1\n1 1 0\n0\n'));
    expect({ key: error.code, line: error.line, params: error.params }).toMatchObject({
      key: 'io.blt.notEnoughLines',
      line: 1,
      params: { candidates: 65_534, lines: 3 },
    });
    expect(describeError(error, 'fr')).toMatch(
      /^big\.blt, ligne 1\s:\sl’en-tête annonce 65\u202f534 candidats mais le fichier n’a que 3 lignes/,
    );
  });
});

describe('numbers in a file', () => {
  it('refuses a 15-byte CSV whose grade would make a scale of 100 million levels', () => {
    // Before: read as grades 0–99,999,999; majority judgment then filled 2 × 10^8 counts and never ended.
    const error = fileError(() => readBallotFile('mj.csv', 'A;B\n0;99999999\n'));
    expect({ key: error.code, line: error.line, params: error.params }).toMatchObject({
      key: 'io.csv.gradeLimit',
      line: 2,
      params: { value: '99999999', min: -GRADE_LIMIT, max: GRADE_LIMIT, candidate: 'B' },
    });
    expect(describeError(error, 'en')).toBe(
      'mj.csv, line 2: grade 99999999 is beyond the limits: grades go from -1,000 to 1,000 (column "B").',
    );
    expect(readBallotFile('ok.csv', `A;B\n0;${GRADE_LIMIT}\n-${GRADE_LIMIT};3\n`).profile).toMatchObject({
      scale: { min: -GRADE_LIMIT, max: GRADE_LIMIT },
    });
  });

  it('refuses a JSON grade scale beyond the limit, at its line and column', () => {
    const text =
      '{"candidates": ["A", "B"],\n "grade_scale": {"min": 0, "max": 4000000000},\n "ballots": [{"grades": {"A": 3000000000, "B": 1}, "count": 1}]}';
    const error = fileError(() => readBallotFile('grades.json', text));
    expect({ key: error.code, line: error.line, column: error.column }).toEqual({
      key: 'io.json.gradeLimit',
      line: 2,
      column: 17,
    });
    expect(error.params).toMatchObject({ value: 4_000_000_000, min: -GRADE_LIMIT, max: GRADE_LIMIT });
  });

  it.each([
    ['votes.csv', `A,B,count\n1,2,${MAX_VOTERS}\n2,1,2\n`, 'io.file.votersLimit', 3],
    ['votes.soi', `# NUMBER ALTERNATIVES: 2\n${MAX_VOTERS}: 1,2\n2: 2\n`, 'io.file.votersLimit', 3],
    ['votes.blt', `2 1\n${MAX_VOTERS} 1 2 0\n2 2 0\n0\n"A"\n"B"\n`, 'io.file.votersLimit', 3],
    [
      'votes.json',
      `{"candidates": ["A", "B"], "ballots": [\n{"ranking": ["A"], "count": ${MAX_VOTERS}},\n{"ranking": ["B"], "count": 2}]}`,
      'io.json.votersLimit',
      3,
    ],
  ])('%s: refuses more voters than the limit at the line that passes it', (file, text, key, line) => {
    const error = fileError(() => readBallotFile(file, text));
    expect({ key: error.code, line: error.line }).toEqual({ key, line });
    expect(error.params).toMatchObject({ value: MAX_VOTERS + 2, limit: MAX_VOTERS });
    expect(describeError(error, 'en')).toMatch(/1,000,000,002 here; the engine counts at most 1,000,000,000/);
  });

  it('refuses more distinct ballots × candidates than MAX_CELLS at the line of the ballot that passes it', () => {
    const m = MAX_UNNAMED_CANDIDATES;
    const fit = MAX_CELLS / m;
    const lines = [`# NUMBER ALTERNATIVES: ${m}`];
    for (let a = 1; lines.length <= fit + 1; a++)
      for (let b = 1; b <= m && lines.length <= fit + 1; b++) if (a !== b) lines.push(`1: ${a},${b}`);
    const error = fileError(() => readBallotFile('wide.soi', lines.join('\n')));
    expect({ key: error.code, line: error.line, params: error.params }).toMatchObject({
      key: 'io.file.tooManyCells',
      line: fit + 2,
      params: { groups: fit + 1, candidates: m, limit: MAX_CELLS },
    });
  });
});
