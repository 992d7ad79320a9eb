import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradedProfile, type GradedBallotInput } from '../ballots.ts';
import { approval } from './approval.ts';
import { blocApproval } from './bloc-approval.ts';
import { t } from '../../i18n/index.ts';

const ABC = ['A', 'B', 'C'];
const scale05 = { scale: { min: 0, max: 5 } };

describe('approval', () => {
  it('counts grades at or above the threshold (3 on 0–5)', () => {
    // Hand count, threshold 3: A approved by 2+1 = 3, B by 2+4 = 6, C by 4 = 4.
    const p = gradedProfile(
      ABC,
      [
        { grades: { A: 3, B: 5, C: 2 }, count: 2 },
        { grades: { A: 5, B: 0, C: 1 }, count: 1 },
        { grades: { A: 2, B: 3, C: 4 }, count: 4 },
      ],
      scale05,
    );
    const r = approval.count(p);
    expect(r.winners).toEqual(['B']);
    expect(r.scores).toEqual({ A: 3, B: 6, C: 4 });
    expect(r.ranking).toEqual([['B'], ['C'], ['A']]);
    expect(r.steps.map((s) => s.key)).toEqual(['approval.threshold', 'approval.counts', 'approval.winners']);
    expect(r.steps[0].params).toEqual({ threshold: 3, min: 0, max: 5 });
    expect(r.steps[2].params).toEqual({ winners: ['B'], approvals: 6 });
  });

  it('says approval ballots (0 or 1, approved at 1) as approvals, never as grades from 0 to 1', () => {
    const p = gradedProfile(
      ABC,
      [
        { grades: { A: 1, B: 1, C: 0 }, count: 2 },
        { grades: { A: 0, B: 1, C: 1 }, count: 1 },
      ],
      { scale: { min: 0, max: 1 }, approvalThreshold: 1 },
    );
    const r = approval.count(p);
    expect(r.steps.map((s) => s.key)).toEqual(['approval.ballots', 'approval.counts', 'approval.winners']);
    expect(r.scores).toEqual({ A: 2, B: 3, C: 1 });
    const said = (lang: 'fr' | 'en') => t(r.steps[0], lang);
    expect(said('fr')).toBe('Chaque votant approuve autant de candidats qu’il le veut.');
    expect(said('en')).toBe('Each voter approves as many candidates as they like.');
    const bloc = blocApproval.count(p, { seats: 2 });
    expect(bloc.steps[0].key).toBe('bloc-approval.ballots');
    expect(t(bloc.steps[0], 'fr')).not.toMatch(/note/i);
  });

  it('elects every candidate when nobody approves anyone (docs/voting-rules.md §3.1)', () => {
    const p = gradedProfile(['C', 'A', 'B'], [{ grades: { A: 2, B: 1, C: 0 }, count: 5 }], scale05);
    const r = approval.count(p);
    expect(r.winners).toEqual(['A', 'B', 'C']);
    expect(r.steps[2]).toEqual({ key: 'approval.nobody', params: { winners: ['A', 'B', 'C'] } });
  });

  it('keeps ties', () => {
    const p = gradedProfile(
      ABC,
      [
        { grades: { A: 4, B: 0, C: 0 }, count: 1 },
        { grades: { A: 0, B: 5, C: 0 }, count: 1 },
      ],
      scale05,
    );
    expect(approval.count(p).winners).toEqual(['A', 'B']);
  });

  it('uses the threshold of other scales (4 on 0–6, 1 on 0–1) and the default grade', () => {
    const p06 = gradedProfile(['A', 'B'], [{ grades: { A: 3, B: 4 }, count: 1 }], { scale: { min: 0, max: 6 } });
    expect(approval.count(p06).winners).toEqual(['B']);
    // B ungraded on the second ballot → default grade 1 → approved on 0–1.
    const p01 = gradedProfile(
      ['A', 'B'],
      [
        { grades: { A: 1, B: 1 }, count: 1 },
        { grades: { A: 1 }, count: 1 },
        { grades: { A: 0, B: 0 }, count: 1 },
      ],
      { scale: { min: 0, max: 1 }, defaultGrade: 1 },
    );
    const r = approval.count(p01);
    expect(r.scores).toEqual({ A: 2, B: 2 });
    expect(r.winners).toEqual(['A', 'B']);
  });

  it('agrees with a voter-by-voter count on random elections', () => {
    const ballot = fc.record({
      grades: fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5), fc.nat(5)),
      count: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(ballot, { minLength: 1, maxLength: 8 }), (ballots) => {
        const cands = ['W', 'X', 'Y', 'Z'];
        const input: GradedBallotInput[] = ballots.map((b) => ({
          grades: Object.fromEntries(cands.map((c, i) => [c, b.grades[i]])),
          count: b.count,
        }));
        // Naive: expand to single voters, count approvals one at a time.
        const tally = [0, 0, 0, 0];
        for (const b of ballots)
          for (let v = 0; v < b.count; v++) b.grades.forEach((g, i) => (tally[i] += g >= 3 ? 1 : 0));
        const top = Math.max(...tally);
        const expected = cands.filter((_, i) => tally[i] === top);
        expect(approval.count(gradedProfile(cands, input, scale05)).winners).toEqual(expected);
      }),
    );
  });
});
