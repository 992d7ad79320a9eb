import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradedProfile, rankedProfile, type GradedProfile } from './ballots.ts';
import { defineMethod, type VotingMethod } from './method.ts';
import { finalWinners, step, stepsWithKey, type Result } from './result.ts';
import { createRng } from './rng.ts';
import { applyTieBreak, pendingTie } from './tiebreak.ts';
import { approval } from './methods/approval.ts';
import { majorityJudgment } from './methods/majority-judgment.ts';
import { randomBallot } from './methods/random-ballot.ts';
import { star } from './methods/star.ts';
import { gradedMessages } from '../i18n/messages/graded.ts';

const scale05 = { scale: { min: 0, max: 5 } };

function election(cands: string[], rows: number[][]): GradedProfile {
  return gradedProfile(
    cands,
    rows.map((row) => ({ grades: Object.fromEntries(cands.map((c, i) => [c, row[i]])), count: 1 })),
    scale05,
  );
}

// docs/voting-rules.md §3 examples.
const starSpec = election(
  ['Amy', 'Brian', 'Chuck'],
  [
    [1, 2, 5],
    [1, 5, 3],
    [1, 3, 3],
  ],
);
const mjSpec = election(
  ['X', 'Y'],
  [
    [0, 0],
    [1, 1],
    [1, 1],
    [3, 2],
  ],
);

/** A stand-in committee method whose result is fixed by the test. */
function committee(
  result: Omit<Result, 'method' | 'candidates' | 'steps'>,
  official?: VotingMethod['officialTieBreak'],
): [VotingMethod, Result] {
  const method = defineMethod({
    info: {
      id: 'stv',
      name: { fr: 'Test', en: 'Test' },
      description: { fr: 'Test', en: 'Test' },
      ballot: 'any',
      family: 'committee',
      winners: 'multi',
      criteria: [],
      maxCandidates: 10,
    },
    count: () => full,
    officialTieBreak: official,
  });
  const full: Result = {
    method: 'stv',
    candidates: ['A', 'B', 'C', 'D'],
    steps: [step('tiebreak.noOfficial', { method: 'stv' })],
    ...result,
  };
  return [method as VotingMethod, full];
}

describe('applyTieBreak', () => {
  it('returns the result unchanged when there is no tie', () => {
    const p = election(['A', 'B'], [[5, 0]]);
    const r = approval.count(p);
    expect(applyTieBreak(approval, p, r, 'lot', 'seed')).toBe(r);
  });

  it('never breaks the tie of a set method', () => {
    const setMethod = { ...approval, info: { ...approval.info, winners: 'set' as const } };
    const p = election(['A', 'B'], [[5, 5]]);
    const r = approval.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    expect(applyTieBreak(setMethod as VotingMethod, p, r, 'lot', 's')).toBe(r);
    expect(pendingTie(setMethod as VotingMethod, r)).toBeUndefined();
  });

  it('none: records the tie and leaves it (STAR spec example)', () => {
    const r = applyTieBreak(star as VotingMethod, starSpec, star.count(starSpec), 'none');
    expect(r.winners).toEqual(['Brian', 'Chuck']);
    expect(r.tieBreak).toEqual({
      policy: 'none',
      tied: ['Brian', 'Chuck'],
      places: 1,
      chosen: ['Brian', 'Chuck'],
      fromTie: ['Brian', 'Chuck'],
      resolved: false,
      steps: [
        { key: 'tiebreak.tie', params: { tied: ['Brian', 'Chuck'], places: 1 } },
        { key: 'tiebreak.none', params: { tied: ['Brian', 'Chuck'], places: 1 } },
      ],
    });
    expect(finalWinners(r)).toEqual(['Brian', 'Chuck']);
  });

  it('official: STAR elects Chuck (higher score total), with no draw', () => {
    const r = applyTieBreak(star as VotingMethod, starSpec, star.count(starSpec), 'official');
    expect(finalWinners(r)).toEqual(['Chuck']);
    expect(r.tieBreak?.resolved).toBe(true);
    expect(r.tieBreak?.seed).toBeUndefined();
    expect(r.tieBreak?.steps.map((s) => s.key)).toEqual([
      'tiebreak.tie',
      'tiebreak.official',
      'star.tieRunoffScore',
      'tiebreak.chosen',
    ]);
  });

  it('official: majority judgment elects X by the iterative rule', () => {
    const r = applyTieBreak(majorityJudgment as VotingMethod, mjSpec, majorityJudgment.count(mjSpec), 'official');
    expect(r.winners).toEqual(['X', 'Y']);
    expect(finalWinners(r)).toEqual(['X']);
    expect(r.tieBreak?.steps.at(-1)).toEqual({ key: 'tiebreak.chosen', params: { chosen: ['X'] } });
  });

  it('lot: draws with the given seed among the tied in name order, and shows the seed', () => {
    const r = applyTieBreak(star as VotingMethod, starSpec, star.count(starSpec), 'lot', 'classe');
    const index = createRng('classe').below(2);
    const name = ['Brian', 'Chuck'][index];
    expect(r.tieBreak).toMatchObject({ policy: 'lot', seed: 'classe', chosen: [name], resolved: true });
    expect(r.tieBreak?.steps).toEqual([
      { key: 'tiebreak.tie', params: { tied: ['Brian', 'Chuck'], places: 1 } },
      { key: 'tiebreak.lot', params: { seed: 'classe', tied: ['Brian', 'Chuck'], places: 1 } },
      { key: 'tiebreak.draw', params: { draw: 1, pool: 2, position: index + 1, name } },
      { key: 'tiebreak.chosen', params: { chosen: [name] } },
    ]);
  });

  it('lot without a seed makes a fresh one, records it, and the draw replays with it', () => {
    const p = election(['A', 'B', 'C'], [[5, 5, 5]]);
    const r = applyTieBreak(approval, p, approval.count(p), 'lot');
    const seed = r.tieBreak?.seed;
    expect(typeof seed).toBe('string');
    expect(stepsWithKey(r.tieBreak?.steps ?? [], 'tiebreak.lot')[0]?.params.seed).toBe(seed);
    expect(applyTieBreak(approval, p, approval.count(p), 'lot', seed).tieBreak?.chosen).toEqual(r.tieBreak?.chosen);
  });

  it('official without an official rule: says so, then draws by lot', () => {
    const p = election(['A', 'B', 'C'], [[5, 5, 0]]);
    const r = applyTieBreak(approval, p, approval.count(p), 'official', 'k');
    expect(r.tieBreak?.steps.map((s) => s.key)).toEqual([
      'tiebreak.tie',
      'tiebreak.noOfficial',
      'tiebreak.lot',
      'tiebreak.draw',
      'tiebreak.chosen',
    ]);
    expect(r.tieBreak?.steps[1].params).toEqual({ method: 'approval' });
    expect(r.tieBreak?.chosen).toEqual([['A', 'B'][createRng('k').below(2)]]);
    expect(r.tieBreak?.seed).toBe('k');
  });

  it('official, then a lot among what the official rule leaves tied', () => {
    // A Condorcet cycle with equal sums and equal 5s: official STAR cannot choose.
    const cycle = election(
      ['A', 'B', 'C'],
      [
        [5, 4, 0],
        [0, 5, 4],
        [4, 0, 5],
      ],
    );
    const r = applyTieBreak(star as VotingMethod, cycle, star.count(cycle), 'official', 'cycle');
    const keys = r.tieBreak!.steps.map((s) => s.key);
    expect(keys.slice(-4)).toEqual(['tiebreak.officialStillTied', 'tiebreak.lot', 'tiebreak.draw', 'tiebreak.chosen']);
    expect(r.tieBreak?.chosen).toEqual([['A', 'B', 'C'][createRng('cycle').below(3)]]);
    expect(r.tieBreak?.seed).toBe('cycle');
  });

  it('committees: breaks result.tie for the places left and keeps the elected', () => {
    const [method, result] = committee({
      winners: ['A', 'B', 'C', 'D'],
      seats: 3,
      elected: ['A'],
      tie: { tied: ['D', 'B', 'C'], places: 2 },
    });
    const none = applyTieBreak(method, rankedProfile(['A', 'B', 'C', 'D'], []), result, 'none');
    expect(none.tieBreak).toMatchObject({
      tied: ['B', 'C', 'D'],
      places: 2,
      chosen: ['A', 'B', 'C', 'D'],
      resolved: false,
    });
    const lot = applyTieBreak(method, rankedProfile(['A', 'B', 'C', 'D'], []), result, 'lot', 'sièges');
    const rng = createRng('sièges');
    const pool = ['B', 'C', 'D'];
    const first = pool.splice(rng.below(3), 1)[0];
    const second = pool.splice(rng.below(2), 1)[0];
    expect(lot.tieBreak?.chosen).toEqual(['A', first, second].sort());
    expect(finalWinners(lot)).toHaveLength(3);
  });

  it('committees: an official rule that places one of the tied leaves a lot for the rest', () => {
    const [method, result] = committee(
      { winners: ['A', 'B', 'C', 'D'], seats: 3, elected: ['A'], tie: { tied: ['B', 'C', 'D'], places: 2 } },
      () => ({
        chosen: ['C'],
        stillTied: ['B', 'D'],
        steps: [step('stv.tieLookBack', { tied: ['B', 'C', 'D'], kept: ['C'], stage: 1, purpose: 'exclusion' })],
      }),
    );
    const r = applyTieBreak(method, rankedProfile(['A', 'B', 'C', 'D'], []), result, 'official', 'o');
    expect(r.tieBreak?.chosen).toEqual(['A', 'C', ['B', 'D'][createRng('o').below(2)]].sort());
    expect(r.tieBreak?.steps).toContainEqual({
      key: 'tiebreak.officialStillTied',
      params: { tied: ['B', 'D'], places: 1 },
    });
    // A committee result without a tie is left alone.
    const [m2, clear] = committee({ winners: ['A', 'B'], seats: 2, elected: ['A', 'B'] });
    expect(applyTieBreak(m2, rankedProfile(['A', 'B', 'C', 'D'], []), clear, 'lot', 'x')).toBe(clear);
  });

  it('an undrawn random ballot is settled by its own draw, with its chances', () => {
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 5 },
        { ranking: ['B', 'A', 'C'], count: 1 },
      ],
    );
    const unseeded = randomBallot.count(p);
    expect(unseeded.winners).toEqual(['A', 'B']);
    for (const seed of ['a', 'b', 'c', 'd']) {
      const r = applyTieBreak(randomBallot as VotingMethod, p, unseeded, 'lot', seed);
      expect(r.tieBreak?.chosen).toEqual(randomBallot.count(p, { seed }).winners);
      expect(r.tieBreak?.steps.map((s) => s.key)).toEqual([
        'tiebreak.tie',
        'tiebreak.lottery',
        'random-ballot.seed',
        'random-ballot.drawn',
        'tiebreak.chosen',
      ]);
    }
  });
});

describe('graded message table', () => {
  it('has the same keys in French and English', () => {
    expect(Object.keys(gradedMessages.en).sort()).toEqual(Object.keys(gradedMessages.fr).sort());
  });

  it('has a template for every message key the graded, chance and tie-break code uses, and no other', () => {
    const files = ['approval', 'score', 'star', 'majority-judgment', 'random-ballot', 'sortition'].map(
      (id) => `./methods/${id}.ts`,
    );
    const pattern = /'((?:approval|score|star|majority-judgment|random-ballot|sortition|tiebreak)\.[A-Za-z]+)'/g;
    const used = new Set<string>();
    for (const file of [...files, './tiebreak.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      for (const match of source.matchAll(pattern)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((key) => !(key in gradedMessages.fr) || !(key in gradedMessages.en))).toEqual([]);
    expect(Object.keys(gradedMessages.fr).filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('a tie for the last seat between lists that already hold seats', () => {
  it('keeps every list with seats among the winners, whichever list the lot gives the last seat to', async () => {
    const { dhondt } = await import('./methods/dhondt.ts');
    const { rankedProfile } = await import('./ballots.ts');
    // a 3 and b 3 votes, 3 seats: quotients 3, 3, 1.5, 1.5 — one seat each, then a tie for the third.
    const profile = rankedProfile(
      ['a', 'b'],
      [
        { ranking: ['a'], count: 3 },
        { ranking: ['b'], count: 3 },
      ],
    );
    const counted = dhondt.count(profile, { seats: 3 });
    expect(counted.tie).toEqual({ tied: ['a', 'b'], places: 1 });
    const drawn = new Set<string>();
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const broken = applyTieBreak(dhondt, profile, counted, 'lot', seed);
      expect(broken.tieBreak?.chosen).toEqual(['a', 'b']);
      expect(broken.tieBreak?.fromTie).toHaveLength(1);
      drawn.add(broken.tieBreak?.fromTie[0] ?? '');
    }
    expect(drawn).toEqual(new Set(['a', 'b'])); // the lot really draws either
  });
});
