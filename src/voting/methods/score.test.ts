import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradedProfile, type GradedBallotInput } from '../ballots.ts';
import { score } from './score.ts';

const scale05 = { scale: { min: 0, max: 5 } };

describe('score', () => {
  it('adds grade × count (hand count)', () => {
    // A: 3·2 + 5·1 + 2·4 = 19; B: 5·2 + 0 + 3·4 = 22; C: 2·2 + 1 + 4·4 = 21.
    const p = gradedProfile(
      ['A', 'B', 'C'],
      [
        { grades: { A: 3, B: 5, C: 2 }, count: 2 },
        { grades: { A: 5, B: 0, C: 1 }, count: 1 },
        { grades: { A: 2, B: 3, C: 4 }, count: 4 },
      ],
      scale05,
    );
    const r = score.count(p);
    expect(r.winners).toEqual(['B']);
    expect(r.scores).toEqual({ A: 19, B: 22, C: 21 });
    expect(r.ranking).toEqual([['B'], ['C'], ['A']]);
    expect(r.steps).toEqual([
      { key: 'score.sums', params: { sums: { A: 19, B: 22, C: 21 }, voters: 7, min: 0, max: 5 } },
      { key: 'score.winners', params: { winners: ['B'], sum: 22 } },
    ]);
  });

  it('keeps exact ties, also on a scale with negative grades', () => {
    const p = gradedProfile(
      ['B', 'A', 'C'],
      [
        { grades: { A: 2, B: -2, C: 0 }, count: 1 },
        { grades: { A: -2, B: 2, C: -1 }, count: 1 },
      ],
      { scale: { min: -2, max: 2 } },
    );
    const r = score.count(p);
    expect(r.scores).toEqual({ B: 0, A: 0, C: -1 });
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.ranking).toEqual([['A', 'B'], ['C']]);
  });

  it('fills missing grades with the default grade', () => {
    const p = gradedProfile(['A', 'B'], [{ grades: { A: 1 }, count: 3 }], { ...scale05, defaultGrade: 0 });
    expect(score.count(p).scores).toEqual({ A: 3, B: 0 });
  });

  it('elects everyone when there is no voter', () => {
    const p = gradedProfile(['A', 'B'], [], scale05);
    expect(score.count(p).winners).toEqual(['A', 'B']);
  });

  it('agrees with a voter-by-voter sum on random elections', () => {
    const ballot = fc.record({
      grades: fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5)),
      count: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(ballot, { minLength: 1, maxLength: 8 }), (ballots) => {
        const cands = ['X', 'Y', 'Z'];
        const input: GradedBallotInput[] = ballots.map((b) => ({
          grades: Object.fromEntries(cands.map((c, i) => [c, b.grades[i]])),
          count: b.count,
        }));
        const voters = ballots.flatMap((b) => Array.from({ length: b.count }, () => b.grades));
        const sums = cands.map((_, i) => voters.reduce((s, v) => s + v[i], 0));
        const top = Math.max(...sums);
        expect(score.count(gradedProfile(cands, input, scale05)).winners).toEqual(
          cands.filter((_, i) => sums[i] === top),
        );
      }),
    );
  });
});
