import { describe, expect, it } from 'vitest';
import { gradedProfile, rankedProfile } from '../ballots.ts';
import { readJson, writeJson } from './json.ts';
import { fileError, shape } from './test-helpers.ts';

describe('readJson', () => {
  it('reads a graded election with its scale, threshold and default grade', () => {
    const text = JSON.stringify({
      candidates: ['Crab', 'Shrimp'],
      grade_scale: { min: 0, max: 6 },
      approval_threshold: 5,
      default_grade: 0,
      ballots: [
        { grades: { Crab: 6, Shrimp: 2 }, count: 3 },
        { grades: { Shrimp: 4 }, count: 1 },
      ],
    });
    const { profile, extra } = readJson('g.json', text);
    expect(shape(profile)).toEqual({
      kind: 'graded',
      candidates: ['Crab', 'Shrimp'],
      voters: 4,
      counts: [3, 1],
      grades: [6, 2, 0, 4],
      scale: { min: 0, max: 6 },
      approvalThreshold: 5,
    });
    expect(extra).toBeUndefined();
  });

  it('reads a batch request line (docs/voting-rules.md §4) and keeps id and method', () => {
    const line =
      '{"id":"r0001","method":"schulze","candidates":["A","B","C"],"ballots":[{"ranking":["B","A","C"],"count":3}]}';
    const file = readJson('batch.json', line);
    expect(file.extra).toEqual({ id: 'r0001', method: 'schulze' });
    expect(file.profile.voters).toBe(3);
  });

  it('takes the scale from the options when the file has none', () => {
    const text = '{"candidates":["A"],"ballots":[{"grades":{"A":2},"count":1}]}';
    const { profile } = readJson('g.json', text, { scale: { min: 0, max: 2 } });
    expect(profile.kind === 'graded' && profile.scale).toEqual({ min: 0, max: 2 });
  });

  it('is ranked when there are no ballots, unless there is a grade scale', () => {
    expect(readJson('a.json', '{"candidates":["A"],"ballots":[]}').profile.kind).toBe('ranked');
    expect(readJson('a.json', '{"candidates":["A"],"ballots":[],"grade_scale":{"min":0,"max":5}}').profile.kind).toBe(
      'graded',
    );
  });

  it('keeps a candidate called __proto__ as a plain name, both ways', () => {
    const graded = gradedProfile(['__proto__', 'B'], [{ grades: JSON.parse('{"__proto__": 1, "B": 0}'), count: 2 }], {
      scale: { min: 0, max: 1 },
    });
    expect(shape(readJson('p.json', writeJson(graded)).profile)).toEqual(shape(graded));
  });
});

describe('writeJson', () => {
  it('writes one ballot group per line, title and extra keys first, ballots last', () => {
    const profile = rankedProfile(
      ['A', 'B'],
      [
        { ranking: [['A', 'B']], count: 2 },
        { ranking: [], count: 1 },
      ],
    );
    expect(writeJson(profile, { title: 'T', seats: 1, extra: { id: 'x', seats: 9, skipped: undefined } })).toBe(
      [
        '{',
        '  "title": "T",',
        '  "id": "x",',
        '  "candidates": ["A","B"],',
        '  "seats": 1,',
        '  "ballots": [',
        '    {"ranking":[["A","B"]],"count":2},',
        '    {"ranking":[],"count":1}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes graded ballots with their scale and threshold', () => {
    const profile = gradedProfile(['A', 'B'], [{ grades: { A: 1, B: 0 }, count: 1 }], { scale: { min: 0, max: 1 } });
    const data = JSON.parse(writeJson(profile));
    expect(data).toEqual({
      candidates: ['A', 'B'],
      grade_scale: { min: 0, max: 1 },
      approval_threshold: 1,
      ballots: [{ grades: { A: 1, B: 0 }, count: 1 }],
    });
  });
});

// Broken JSON: each names the exact key, line and column (1-based) of the bad value.
const GOOD_HEAD = '{\n  "candidates": ["Kelp forest", "Coral reef"],\n  "ballots": [\n';
const broken: [string, string, string, number, number][] = [
  [
    'bad JSON: a trailing comma',
    '{\n  "candidates": ["A", "B"],\n  "ballots": [\n    {"ranking": ["A"], "count": 1},\n  ]\n}',
    'io.json.valueExpected',
    5,
    3,
  ],
  ['bad JSON: single quotes', "{\n  'candidates': []\n}", 'io.json.unexpected', 2, 3],
  ['bad JSON: a missing comma', '{"candidates": ["A"]\n "ballots": []}', 'io.json.commaExpected', 2, 2],
  ['bad JSON: cut short', '{"candidates": ["A"],\n "ballots": [', 'io.json.closeBracketExpected', 2, 14],
  ['bad JSON: a comment', '{\n  // the class vote\n  "candidates": []\n}', 'io.json.comment', 2, 3],
  ['bad JSON: text after the end', '{"candidates": [], "ballots": []}\n{}', 'io.json.afterEnd', 2, 1],
  ['not an object', '[\n  {"ranking": ["A"], "count": 1}\n]', 'io.json.notObject', 1, 1],
  ['no ballots key', '{\n  "candidates": ["A"]\n}', 'io.json.missingKey', 1, 1],
  [
    'unknown candidate',
    `${GOOD_HEAD}    {"ranking": ["Kelp forest"], "count": 2},\n    {"ranking": ["Coral reef", "Kelp forrest"], "count": 1}\n  ]\n}`,
    'io.json.unknownCandidate',
    5,
    32,
  ],
  [
    'candidate twice on a ballot',
    `${GOOD_HEAD}    {"ranking": ["Coral reef", ["Kelp forest", "Coral reef"]], "count": 1}\n  ]\n}`,
    'io.json.rankedTwice',
    4,
    48,
  ],
  [
    'negative count',
    `${GOOD_HEAD}    {"ranking": ["Coral reef"],\n     "count": -3}\n  ]\n}`,
    'io.json.ballotCount',
    5,
    15,
  ],
  ['count missing', `${GOOD_HEAD}    {"ranking": ["Coral reef"]}\n  ]\n}`, 'io.json.ballotCount', 4, 5],
  [
    'duplicate candidate',
    '{\n  "candidates": ["A",\n    "A"],\n  "ballots": []\n}',
    'io.json.duplicateCandidate',
    3,
    5,
  ],
  [
    'grade off the scale',
    '{"candidates": ["A", "B"], "grade_scale": {"min": 0, "max": 5},\n "ballots": [\n  {"grades": {"A": 5, "B": 7}, "count": 1}\n]}',
    'io.json.gradeRange',
    3,
    28,
  ],
  [
    'grade missing without default',
    '{"candidates": ["A", "B"], "grade_scale": {"min": 0, "max": 5},\n "ballots": [\n  {"grades": {"A": 5}, "count": 1}\n]}',
    'io.json.ungraded',
    3,
    14,
  ],
  [
    'graded without a scale',
    '{"candidates": ["A"],\n "ballots": [\n  {"grades": {"A": 5}, "count": 1}\n]}',
    'io.json.noScale',
    3,
    3,
  ],
  [
    'ranked and graded mixed',
    '{"candidates": ["A"],\n "ballots": [\n  {"ranking": ["A"], "count": 1},\n  {"grades": {"A": 5}, "count": 1}\n]}',
    'io.json.mixedKinds',
    4,
    3,
  ],
  ['seats zero', '{"candidates": ["A"], "ballots": [],\n "seats": 0}', 'io.json.seats', 2, 11],
];

describe('broken JSON files name the line and column', () => {
  it.each(broken)('%s', (_, text, key, line, column) => {
    const error = fileError(() => readJson('vote.json', text));
    expect({ key: error.code, line: error.line, column: error.column }).toEqual({ key, line, column });
    expect(error.file).toBe('vote.json');
    expect(error.message).toMatch(new RegExp(`^vote\\.json, line ${line}, column ${column}: `));
  });

  it('keeps the engine path and the names in the message', () => {
    const error = fileError(() => readJson('vote.json', broken[8][1]));
    expect(error.jsonPath).toBe('ballots[1].ranking[1]');
    expect(error.message).toBe('vote.json, line 5, column 32: unknown candidate "Kelp forrest" (not in "candidates").');
    expect(error.params).toMatchObject({ name: 'Kelp forrest', file: 'vote.json', line: '5', column: '32' });
  });
});
