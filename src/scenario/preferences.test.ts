import { describe, it, expect } from 'vitest';
import { Scenario, type ScenarioData, type ScenarioInput } from './schema.ts';
import { Electorates, methodFlavour, profileOf, voterCan } from './preferences.ts';

type VoterInput = ScenarioInput['electorates'][number]['voters'][number];

function scenario(voters: VoterInput[], electorate: Partial<ScenarioInput['electorates'][number]> = {}): ScenarioData {
  return Scenario.parse({
    formatVersion: 1,
    id: 't',
    kind: 'sandbox',
    title: 't',
    space: { dimensions: 2, axes: ['x', 'y'] },
    options: [
      { id: 'a', name: 'a', position: [0, 0] },
      { id: 'b', name: 'b', position: [30, 40] },
      { id: 'c', name: 'c', position: [60, 80] },
    ],
    electorates: [{ id: 'e', ...electorate, voters }],
    steps: [{ type: 'end' }],
    texts: { fr: {}, en: {} },
  });
}

const ids = ['a', 'b', 'c'];

describe('ballots from positions', () => {
  // Voter at (30, 0): squared distances a 900, b 1600, c 6400.
  const s = scenario([{ id: 'v', label: 'g', position: [30, 0] }], {
    gradeScale: { min: 0, max: 5 },
    approvalRadius: 40,
    gradeBands: [10, 30, 40, 50, 70],
  });
  const e = new Electorates(s);
  const voter = s.electorates[0].voters[0];

  it('ranks by distance, nearest first', () => {
    expect(e.sincereRanking(voter, s.electorates[0], ids)).toEqual([['a'], ['b'], ['c']]);
  });

  it('approves within the radius, the edge included (distance 40 = radius 40)', () => {
    expect(e.sincereBallot(voter, s.electorates[0], ids, 'approval')).toEqual({
      kind: 'approval',
      approves: ['a', 'b'],
    });
  });

  it('grades by distance bands: a 30 → 4 (beyond 10 only), b 40 → 3, c 80 → 0', () => {
    expect(e.sincereBallot(voter, s.electorates[0], ids, 'graded')).toEqual({
      kind: 'graded',
      grades: { a: 4, b: 3, c: 0 },
    });
  });

  it('puts options at equal distance in one shared rank', () => {
    const t = scenario([{ id: 'v', label: 'g', position: [30, 40] }]);
    // From b itself: a and c are both at distance 50.
    expect(new Electorates(t).sincereRanking(t.electorates[0].voters[0], t.electorates[0], ids)).toEqual([
      ['b'],
      ['a', 'c'],
    ]);
  });
});

describe('ballots from grades, rankings and approvals', () => {
  const s = scenario(
    [
      { id: 'g', label: 'g', grades: { a: 2, c: 5 } },
      { id: 'r', label: 'r', ranking: [['c', 'a']] },
      { id: 'p', label: 'p', approves: ['b', 'c'] },
    ],
    { gradeScale: { min: 0, max: 5 } },
  );
  const e = new Electorates(s);
  const [g, r, p] = s.electorates[0].voters;
  const el = s.electorates[0];

  it('ranks by grade; an ungraded option has the lowest grade', () => {
    expect(e.sincereRanking(g, el, ids)).toEqual([['c'], ['a'], ['b']]);
    expect(e.sincereBallot(g, el, ids, 'graded')).toEqual({ kind: 'graded', grades: { a: 2, b: 0, c: 5 } });
    expect(e.sincereBallot(g, el, ids, 'approval')).toEqual({ kind: 'approval', approves: ['c'] });
  });

  it('keeps a truncated ranking with ties, restricted to the candidates', () => {
    expect(e.sincereRanking(r, el, ids)).toEqual([['c', 'a']]);
    expect(e.sincereRanking(r, el, ['a', 'b'])).toEqual([['a']]);
  });

  it('ranks the approved options first, tied', () => {
    expect(e.sincereRanking(p, el, ids)).toEqual([['b', 'c']]);
  });

  it('knows which ballots each voter can give', () => {
    expect([g, r, p].map((v) => voterCan(v, el, 'graded'))).toEqual([true, false, false]);
    expect([g, r, p].map((v) => voterCan(v, el, 'approval'))).toEqual([true, false, true]);
    expect([g, r, p].map((v) => voterCan(v, el, 'ranked'))).toEqual([true, true, true]);
    expect([
      methodFlavour('irv'),
      methodFlavour('approval'),
      methodFlavour('star'),
      methodFlavour('sortition'),
    ]).toEqual(['ranked', 'approval', 'graded', 'ranked']);
  });
});

describe('declared strategies', () => {
  // Sincere first choices: a 5, b 4, c 3 → front-runners a and b.
  const base: VoterInput[] = [
    { id: 'fa', label: 'fa', count: 5, ranking: ['a', 'c', 'b'] },
    { id: 'fb', label: 'fb', count: 4, ranking: ['b', 'c', 'a'] },
  ];

  it('compromise: the preferred front-runner moves to the top', () => {
    const s = scenario([
      ...base,
      { id: 'x', label: 'x', count: 3, ranking: ['c', 'b', 'a'], strategy: { kind: 'compromise' } },
    ]);
    const e = new Electorates(s);
    expect(e.frontRunners(s.electorates[0], ids)).toEqual(['a', 'b']);
    const cast = e.ballots(undefined, ids, 'ranked').find((b) => b.voter === 'x')!;
    expect(cast).toMatchObject({
      strategy: 'compromise',
      sincere: { ranking: [['c'], ['b'], ['a']] },
      cast: { ranking: [['b'], ['c'], ['a']] },
    });
  });

  it('bury: the strongest rival goes to the very bottom, after the options left unranked', () => {
    const s = scenario([...base, { id: 'x', label: 'x', count: 3, ranking: ['b', 'a'], strategy: { kind: 'bury' } }]);
    const cast = new Electorates(s).ballots(undefined, ids, 'ranked').find((b) => b.voter === 'x')!;
    expect(cast.cast).toEqual({ kind: 'ranked', ranking: [['b'], ['c'], ['a']] });
  });

  it('bury with a target, on approval and graded ballots', () => {
    const s = scenario(
      [...base, { id: 'x', label: 'x', grades: { a: 5, b: 4, c: 3 }, strategy: { kind: 'bury', target: 'b' } }],
      {
        gradeScale: { min: 0, max: 5 },
      },
    );
    const e = new Electorates(s);
    // fa and fb cannot give grades, so only x is looked at here.
    const x = s.electorates[0].voters[2];
    expect(e.ballots(undefined, ids, 'approval').find((b) => b.voter === 'x')?.cast).toEqual({
      kind: 'approval',
      approves: ['a', 'c'],
    });
    expect(e.ballots(undefined, ids, 'graded').find((b) => b.voter === 'x')?.cast).toEqual({
      kind: 'graded',
      grades: { a: 5, b: 0, c: 3 },
    });
    expect(x.strategy?.target).toBe('b');
  });

  it('bullet and exaggerate', () => {
    const s = scenario(
      [
        { id: 'bu', label: 'bu', grades: { a: 4, b: 4, c: 1 }, strategy: { kind: 'bullet' } },
        { id: 'ex', label: 'ex', grades: { a: 4, b: 2, c: 3 }, strategy: { kind: 'exaggerate' } },
      ],
      { gradeScale: { min: 0, max: 5 } },
    );
    const list = new Electorates(s).ballots(undefined, ids, 'graded');
    expect(list.map((b) => b.cast)).toEqual([
      { kind: 'graded', grades: { a: 5, b: 5, c: 0 } },
      // Threshold 3 on 0–5: 4 and 3 become 5, 2 becomes 0.
      { kind: 'graded', grades: { a: 5, b: 0, c: 5 } },
    ]);
    expect(new Electorates(s).ballots(undefined, ids, 'ranked')[0].cast).toEqual({
      kind: 'ranked',
      ranking: [['a', 'b']],
    });
  });

  it('a strategy that changes nothing is not shown as one; sincere ignores strategies', () => {
    const s = scenario([
      ...base,
      { id: 'x', label: 'x', count: 3, ranking: ['a', 'b', 'c'], strategy: { kind: 'compromise' } },
    ]);
    const e = new Electorates(s);
    expect(e.ballots(undefined, ids, 'ranked')[2].strategy).toBeUndefined();
    const t = scenario([
      ...base,
      { id: 'x', label: 'x', count: 3, ranking: ['c', 'b', 'a'], strategy: { kind: 'compromise' } },
    ]);
    expect(new Electorates(t).ballots(undefined, ids, 'ranked', true)[2].cast).toEqual({
      kind: 'ranked',
      ranking: [['c'], ['b'], ['a']],
    });
  });

  it('front-runners with equal first choices follow the order of the options', () => {
    const s = scenario([
      { id: 'x', label: 'x', count: 2, ranking: ['c'] },
      { id: 'y', label: 'y', count: 2, ranking: ['b'] },
      { id: 'z', label: 'z', count: 1, ranking: ['a'] },
    ]);
    expect(new Electorates(s).frontRunners(s.electorates[0], ids)).toEqual(['b', 'c']);
  });
});

describe('profiles', () => {
  it('merges identical ballots and builds 0–1 approval ballots', () => {
    const s = scenario([
      { id: 'x', label: 'x', count: 2, approves: ['a'] },
      { id: 'y', label: 'y', count: 3, approves: ['a'] },
    ]);
    const list = new Electorates(s).ballots(undefined, ids, 'approval');
    const profile = profileOf(ids, list, 'approval', s.electorates[0]);
    expect(profile.kind).toBe('graded');
    expect(Array.from(profile.counts)).toEqual([5]);
    expect(profile.kind === 'graded' && Array.from(profile.grades)).toEqual([1, 0, 0]);
  });
});
