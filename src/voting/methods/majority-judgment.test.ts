import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradedProfile, type GradedBallotInput, type GradedProfile } from '../ballots.ts';
import { majorityJudgment, meritProfiles } from './majority-judgment.ts';
import { names as sortedNames, sortNames, step, type Result, type Step } from '../result.ts';
import { MAX_VOTERS } from '../limits.ts';

const scale05 = { scale: { min: 0, max: 5 } };

function election(cands: string[], rows: number[][], counts?: number[], scale = scale05): GradedProfile {
  const ballots = rows.map((row, i) => ({
    grades: Object.fromEntries(cands.map((c, j) => [c, row[j]])),
    count: counts?.[i] ?? 1,
  }));
  return gradedProfile(cands, ballots, scale);
}

describe('majority-judgment', () => {
  // docs/voting-rules.md §3.4: X/Y 0/0, 1/1, 1/1, 3/2.
  const spec = election(
    ['X', 'Y'],
    [
      [0, 0],
      [1, 1],
      [1, 1],
      [3, 2],
    ],
  );

  it('keeps the gauge tie of the spec example: [X, Y]', () => {
    const r = majorityJudgment.count(spec);
    expect(r.winners).toEqual(['X', 'Y']);
    expect(r.scores).toEqual({ X: 1, Y: 1 });
    expect(r.ranking).toEqual([['X', 'Y']]);
    expect(r.steps).toEqual([
      { key: 'majority-judgment.grades', params: { voters: 4, min: 0, max: 5, position: 2 } },
      { key: 'majority-judgment.merit', params: { name: 'X', counts: [1, 2, 0, 1, 0, 0], min: 0, median: 1 } },
      { key: 'majority-judgment.merit', params: { name: 'Y', counts: [1, 2, 1, 0, 0, 0], min: 0, median: 1 } },
      { key: 'majority-judgment.bestMedian', params: { tied: ['X', 'Y'], median: 1 } },
      { key: 'majority-judgment.gauge', params: { name: 'X', median: 1, p: 1, q: 1, key: -1 } },
      { key: 'majority-judgment.gauge', params: { name: 'Y', median: 1, p: 1, q: 1, key: -1 } },
      { key: 'majority-judgment.gaugeTie', params: { winners: ['X', 'Y'], key: -1 } },
    ]);
  });

  it('official (iterative) rule elects X in the spec example', () => {
    const o = majorityJudgment.officialTieBreak!(spec, majorityJudgment.count(spec), ['X', 'Y'], 1);
    expect(o.chosen).toEqual(['X']);
    expect(o.stillTied).toEqual([]);
    // Medians after removing 0, 1, 2, 3 median grades: 1/1, 1/1, 0/0, 3/2.
    expect(o.steps).toEqual([
      { key: 'majority-judgment.tieStart', params: { tied: ['X', 'Y'] } },
      { key: 'majority-judgment.tieRound', params: { removed: 0, medians: { X: 1, Y: 1 }, staying: ['X', 'Y'] } },
      { key: 'majority-judgment.tieRound', params: { removed: 1, medians: { X: 1, Y: 1 }, staying: ['X', 'Y'] } },
      { key: 'majority-judgment.tieRound', params: { removed: 2, medians: { X: 0, Y: 0 }, staying: ['X', 'Y'] } },
      { key: 'majority-judgment.tieRound', params: { removed: 3, medians: { X: 3, Y: 2 }, staying: ['X'] } },
      { key: 'majority-judgment.tieDecided', params: { winners: ['X'], removed: 3 } },
    ]);
  });

  it('takes the lower median when the number of voters is even', () => {
    // A: 1,1,4,4 → index 1 → 1; B: 2,2,2,2 → 2. The upper median would elect A.
    const p = election(
      ['A', 'B'],
      [
        [1, 2],
        [1, 2],
        [4, 2],
        [4, 2],
      ],
    );
    const r = majorityJudgment.count(p);
    expect(r.scores).toEqual({ A: 1, B: 2 });
    expect(r.winners).toEqual(['B']);
    expect(r.steps.at(-1)).toEqual({ key: 'majority-judgment.winner', params: { winners: ['B'], median: 2 } });
  });

  it('breaks an equal median with one gauge step: +p beats -q', () => {
    // A: 2,2,3,3,4 → median 3, p 1, q 2 → key -2. B: 1,3,3,4,4 → median 3, p 2, q 1 → key +2.
    // C: 0,0,1,5,5 → median 1.
    const p = election(
      ['A', 'B', 'C'],
      [
        [2, 1, 0],
        [2, 3, 0],
        [3, 3, 1],
        [3, 4, 5],
        [4, 4, 5],
      ],
    );
    const r = majorityJudgment.count(p);
    expect(r.winners).toEqual(['B']);
    expect(r.steps.filter((s) => s.key === 'majority-judgment.gauge').map((s) => s.params)).toEqual([
      { name: 'A', median: 3, p: 1, q: 2, key: -2 },
      { name: 'B', median: 3, p: 2, q: 1, key: 2 },
    ]);
    expect(r.steps.at(-1)).toEqual({ key: 'majority-judgment.gaugeWinner', params: { winners: ['B'], key: 2 } });
    expect(r.ranking).toEqual([['B'], ['A'], ['C']]);
  });

  it('works on group counts, not voters (a million voters in three groups)', () => {
    // 400,000 × 5/0, 200,000 × 2/3, 400,000 × 0/4: n = 1,000,000, index 499,999.
    // A sorted: 0×400,000, 2×200,000, 5×400,000 → index 499,999 is 2. B: 0×400,000,
    // 3×200,000, 4×400,000 → 3. B wins.
    const p = election(
      ['A', 'B'],
      [
        [5, 0],
        [2, 3],
        [0, 4],
      ],
      [400_000, 200_000, 400_000],
    );
    const r = majorityJudgment.count(p);
    expect(r.scores).toEqual({ A: 2, B: 3 });
    expect(r.winners).toEqual(['B']);
  });

  it('leaves candidates with identical merit profiles tied under the official rule', () => {
    const p = election(
      ['A', 'B', 'C'],
      [
        [4, 1, 2],
        [1, 4, 2],
        [3, 3, 2],
      ],
    );
    const r = majorityJudgment.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    const o = majorityJudgment.officialTieBreak!(p, r, r.winners, 1);
    expect(o.chosen).toEqual([]);
    expect(o.stillTied).toEqual(['A', 'B']);
    expect(o.steps.at(-1)).toEqual({ key: 'majority-judgment.tieIdentical', params: { tied: ['A', 'B'] } });
  });

  it('skips long runs of rounds in the explanation but shows the decisive one', () => {
    // X: 50 × 0, 49 × 4, 1 × 5; Y: 50 × 0, 50 × 4. The medians alternate 0, 4, 0, 4...
    // identically; the top grade goes last, after 99 removals: X's 5 beats Y's 4.
    const p = election(
      ['X', 'Y'],
      [
        [0, 0],
        [4, 4],
        [5, 4],
      ],
      [50, 49, 1],
    );
    const r = majorityJudgment.count(p);
    expect(r.winners).toEqual(['X', 'Y']);
    const o = majorityJudgment.officialTieBreak!(p, r, r.winners, 1);
    expect(o.chosen).toEqual(['X']);
    const keys = o.steps.map((s) => s.key);
    expect(keys.filter((k) => k === 'majority-judgment.tieRound')).toHaveLength(9);
    expect(o.steps.find((s) => s.key === 'majority-judgment.tieSkipped')?.params).toEqual({ from: 8, to: 98 });
    expect(o.steps.at(-2)).toEqual({
      key: 'majority-judgment.tieRound',
      params: { removed: 99, medians: { X: 5, Y: 4 }, staying: ['X'] },
    });
  });

  it('elects everyone when nobody voted, and handles a scale with negative grades', () => {
    expect(majorityJudgment.count(gradedProfile(['B', 'A'], [], scale05)).winners).toEqual(['A', 'B']);
    const p = election(
      ['A', 'B'],
      [
        [-2, 1],
        [0, -1],
        [2, 0],
      ],
      undefined,
      { scale: { min: -2, max: 2 } },
    );
    const r = majorityJudgment.count(p);
    expect(r.scores).toEqual({ A: 0, B: 0 });
    // A: p 1 > q 1? no → -1. B: p 1, q 1 → -1. Tie.
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.steps[1].params).toEqual({ name: 'A', counts: [1, 0, 1, 0, 1], min: -2, median: 0 });
  });

  it('agrees with a voter-by-voter reference on random elections', () => {
    const cands = ['P', 'Q', 'R'];
    const ballot = fc.record({
      grades: fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)),
      count: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(ballot, { minLength: 1, maxLength: 8 }), (ballots) => {
        const voters = ballots.flatMap((b) => Array.from({ length: b.count }, () => b.grades));
        const n = voters.length;
        const stats = cands.map((_, i) => {
          const sorted = voters.map((v) => v[i]).sort((a, b) => a - b);
          const median = sorted[Math.floor((n - 1) / 2)];
          const p = sorted.filter((g) => g > median).length;
          const q = sorted.filter((g) => g < median).length;
          return { median, key: p > q ? p : -q };
        });
        const bestMedian = Math.max(...stats.map((s) => s.median));
        const bestKey = Math.max(...stats.filter((s) => s.median === bestMedian).map((s) => s.key));
        const expected = cands.filter((_, i) => stats[i].median === bestMedian && stats[i].key === bestKey);
        const input: GradedBallotInput[] = ballots.map((b) => ({
          grades: Object.fromEntries(cands.map((c, i) => [c, b.grades[i]])),
          count: b.count,
        }));
        expect(majorityJudgment.count(gradedProfile(cands, input, { scale: { min: 0, max: 3 } })).winners).toEqual(
          expected,
        );
      }),
    );
  });
});

/**
 * The official rule as it was first written: one round per removed grade, the lower medians
 * recomputed from what is left. Kept as the reference for the version that jumps over rounds.
 */
function referenceTieBreak(
  profile: GradedProfile,
  tied: readonly string[],
): { chosen: string[]; stillTied: string[]; steps: Step[] } {
  const { candidates, voters: n } = profile;
  const { min } = profile.scale;
  const { counts, levels } = meritProfiles(profile);
  const medianLevel = (from: number, total: number) => {
    const k = Math.floor((total - 1) / 2);
    let cumulative = 0;
    for (let l = 0; l < levels; l++) if ((cumulative += left[from + l]) > k) return l;
    return levels - 1;
  };
  const identical = (cs: number[]) =>
    cs.every((c) =>
      Array.from({ length: levels }, (_, l) => left[c * levels + l] === left[cs[0] * levels + l]).every(Boolean),
    );
  let contenders = sortNames(tied).map((name) => candidates.indexOf(name));
  const left = counts.slice();
  const level = new Int32Array(candidates.length);
  const steps: Step[] = [step('majority-judgment.tieStart', { tied: sortedNames(candidates, contenders) })];
  let skippedFrom = -1;
  let removed = 0;
  for (; removed < n && contenders.length > 1 && !identical(contenders); removed++) {
    let best = -1;
    for (const c of contenders) best = Math.max(best, (level[c] = medianLevel(c * levels, n - removed)));
    const staying = contenders.filter((c) => level[c] === best);
    if (removed < 8 || staying.length < contenders.length) {
      if (skippedFrom >= 0) steps.push(step('majority-judgment.tieSkipped', { from: skippedFrom, to: removed - 1 }));
      skippedFrom = -1;
      const medians: Record<string, number> = {};
      for (const c of contenders) medians[candidates[c]] = min + level[c];
      steps.push(step('majority-judgment.tieRound', { removed, medians, staying: sortedNames(candidates, staying) }));
    } else if (skippedFrom < 0) skippedFrom = removed;
    contenders = staying;
    for (const c of contenders) left[c * levels + level[c]] -= 1;
  }
  if (contenders.length === 1) {
    const chosen = sortedNames(candidates, contenders);
    steps.push(step('majority-judgment.tieDecided', { winners: chosen, removed: Math.max(0, removed - 1) }));
    return { chosen, stillTied: [], steps };
  }
  const stillTied = sortedNames(candidates, contenders);
  steps.push(step('majority-judgment.tieIdentical', { tied: stillTied }));
  return { chosen: [], stillTied, steps };
}

describe('majority-judgment official tie-break, without one round per voter', () => {
  it('gives the same steps as removing one grade per round (random elections, every group of tied candidates)', () => {
    const names = ['A', 'B', 'C', 'D'];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(
          fc.tuple(
            fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
            fc.integer({ min: 1, max: 30 }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        fc.subarray(names, { minLength: 2 }),
        (m, rows, tied) => {
          const cands = names.slice(0, m);
          const p = gradedProfile(
            cands,
            rows.map(([grades, count]) => ({ grades: Object.fromEntries(cands.map((c, i) => [c, grades[i]])), count })),
            { scale: { min: 0, max: 3 } },
          );
          const group = tied.filter((c) => cands.includes(c));
          if (group.length < 2) return;
          const o = majorityJudgment.officialTieBreak!(p, {} as Result, group, 1);
          expect({ chosen: o.chosen, stillTied: o.stillTied, steps: o.steps }).toEqual(referenceTieBreak(p, group));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('settles a tie among a billion voters where the first different grades come last', () => {
    // A and B give 3 to almost everyone; they differ only at the two ends. The reference would
    // take a billion rounds; the rule jumps to the decisive one.
    const k = MAX_VOTERS - 2;
    const p = gradedProfile(
      ['A', 'B'],
      [
        { grades: { A: 3, B: 3 }, count: k },
        { grades: { A: 2, B: 1 }, count: 1 },
        { grades: { A: 4, B: 5 }, count: 1 },
      ],
      scale05,
    );
    const r = majorityJudgment.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    const o = majorityJudgment.officialTieBreak!(p, r, r.winners, 1);
    expect(o.chosen).toEqual(['A']);
    expect(o.steps.slice(-3)).toEqual([
      { key: 'majority-judgment.tieSkipped', params: { from: 8, to: k - 1 } },
      { key: 'majority-judgment.tieRound', params: { removed: k, medians: { A: 2, B: 1 }, staying: ['A'] } },
      { key: 'majority-judgment.tieDecided', params: { winners: ['A'], removed: k } },
    ]);
  });
});
