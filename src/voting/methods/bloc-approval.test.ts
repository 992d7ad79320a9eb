import { describe, expect, it } from 'vitest';
import { gradedProfile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { blocApproval } from './bloc-approval.ts';

const scale05 = { scale: { min: 0, max: 5 } };

describe('bloc-approval', () => {
  it('counts a hand example: 2 seats, approval = grade ≥ 3', () => {
    // A 5/B 3/C 0/D 2 ×3 → approves A, B. A 1/B 4/C 3/D 3 ×2 → B, C, D. A 3/B 0/C 0/D 4 ×1 → A, D.
    // Totals: A 3 + 1 = 4, B 3 + 2 = 5, C 2, D 2 + 1 = 3 → B, A.
    const p = gradedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { grades: { A: 5, B: 3, C: 0, D: 2 }, count: 3 },
        { grades: { A: 1, B: 4, C: 3, D: 3 }, count: 2 },
        { grades: { A: 3, B: 0, C: 0, D: 4 }, count: 1 },
      ],
      scale05,
    );
    const r = blocApproval.count(p, { seats: 2 });
    expect(r.scores).toEqual({ A: 4, B: 5, C: 2, D: 3 });
    expect(r.elected).toEqual(['B', 'A']);
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.steps.map((s) => s.key)).toEqual([
      'bloc-approval.threshold',
      'bloc-approval.totals',
      'bloc-approval.elected',
    ]);
    expect(r.steps[0].params).toEqual({ threshold: 3, min: 0, max: 5 });
    // 3 seats: D joins.
    expect(blocApproval.count(p, { seats: 3 }).winners).toEqual(['A', 'B', 'D']);
  });

  it('reports a tie at the boundary, and uses the default grade for ungraded candidates', () => {
    // Default grade 0: A 4 ×2 (approves A), B 5 ×2 (approves B), C 3 + A 3 ×1 → A 3, B 2, C 1.
    const p = gradedProfile(
      ['A', 'B', 'C'],
      [
        { grades: { A: 4 }, count: 2 },
        { grades: { B: 5 }, count: 2 },
        { grades: { A: 3, C: 3 }, count: 1 },
      ],
      { ...scale05, defaultGrade: 0 },
    );
    expect(blocApproval.count(p, { seats: 2 }).winners).toEqual(['A', 'B']);
    // With threshold 5 only the 5s count: B 2, A 0, C 0: one seat for A and C.
    const q = gradedProfile(
      ['A', 'B', 'C'],
      [
        { grades: { A: 4 }, count: 2 },
        { grades: { B: 5 }, count: 2 },
        { grades: { A: 3, C: 3 }, count: 1 },
      ],
      { ...scale05, defaultGrade: 0, approvalThreshold: 5 },
    );
    const r = blocApproval.count(q, { seats: 2 });
    expect(r.elected).toEqual(['B']);
    expect(r.tie).toEqual({ tied: ['A', 'C'], places: 1 });
    expect(r.winners).toEqual(['A', 'B', 'C']);
  });

  it('rejects a bad number of seats', () => {
    const p = gradedProfile(['A'], [{ grades: { A: 1 }, count: 1 }], scale05);
    expect(() => blocApproval.count(p, { seats: -2 })).toThrow(VotingError);
  });
});
