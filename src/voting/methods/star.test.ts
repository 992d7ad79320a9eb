import { stepsWithKey } from '../result.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradedProfile, type GradedBallotInput } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { star } from './star.ts';

const scale05 = { scale: { min: 0, max: 5 } };

function election(cands: string[], rows: number[][]): ReturnType<typeof gradedProfile> {
  const ballots = rows.map((row) => ({ grades: Object.fromEntries(cands.map((c, i) => [c, row[i]])), count: 1 }));
  return gradedProfile(cands, ballots, scale05);
}

describe('star', () => {
  // docs/voting-rules.md §3.3 (starvote "automatic runoff breakable tie"): Amy/Brian/Chuck.
  const spec = election(
    ['Amy', 'Brian', 'Chuck'],
    [
      [1, 2, 5],
      [1, 5, 3],
      [1, 3, 3],
    ],
  );

  it('keeps a tied runoff as two winners: [Brian, Chuck] (spec example)', () => {
    const r = star.count(spec);
    expect(r.winners).toEqual(['Brian', 'Chuck']);
    expect(r.scores).toEqual({ Amy: 3, Brian: 10, Chuck: 11 });
    expect(r.steps).toEqual([
      { key: 'star.scores', params: { sums: { Amy: 3, Brian: 10, Chuck: 11 }, voters: 3 } },
      { key: 'star.finalists', params: { first: 'Chuck', second: ['Brian'] } },
      {
        key: 'star.runoff',
        params: { x: 'Brian', y: 'Chuck', forX: 1, forY: 1, equal: 1, winners: ['Brian', 'Chuck'] },
      },
      { key: 'star.winners', params: { winners: ['Brian', 'Chuck'] } },
    ]);
  });

  it('official rule: a tied runoff goes to the higher score total, so Chuck (spec example)', () => {
    const r = star.count(spec);
    const o = star.officialTieBreak!(spec, r, r.winners, 1);
    expect(o.chosen).toEqual(['Chuck']);
    expect(o.stillTied).toEqual([]);
    expect(o.steps).toEqual([
      {
        key: 'star.tieRunoffScore',
        params: {
          x: 'Brian',
          y: 'Chuck',
          forX: 1,
          forY: 1,
          sumX: 10,
          sumY: 11,
          fivesX: 1,
          fivesY: 1,
          winners: ['Chuck'],
        },
      },
    ]);
  });

  it('official rule: equal runoff and equal totals → most 5s', () => {
    // Brian/Chuck: 4/2, 3/5, 5/5 → sums 12/12, runoff 1–1, fives Brian 1, Chuck 2.
    const p = election(
      ['Amy', 'Brian', 'Chuck'],
      [
        [1, 4, 2],
        [1, 3, 5],
        [1, 5, 5],
      ],
    );
    const r = star.count(p);
    expect(r.winners).toEqual(['Brian', 'Chuck']);
    const o = star.officialTieBreak!(p, r, r.winners, 1);
    expect(o.chosen).toEqual(['Chuck']);
    expect(o.steps[0].key).toBe('star.tieRunoffFives');
    expect(o.steps[0].params).toMatchObject({ fivesX: 1, fivesY: 2, sumX: 12, sumY: 12 });
  });

  it('pairs the leader with every candidate tied second; official head-to-head picks the finalist', () => {
    // F/A/B: 5/3/1, 2/0/3, 0/1/0 → sums F 7, A 4, B 4. F–A: F 2–1. F–B: 1–1 (third ballot
    // 0/0 abstains) → winners [B, F]. Official: A beats B 2–1 head-to-head, A is the
    // finalist, and F beats A: F.
    const p = election(
      ['F', 'A', 'B'],
      [
        [5, 3, 1],
        [2, 0, 3],
        [0, 1, 0],
      ],
    );
    const r = star.count(p);
    expect(r.steps[1].params).toEqual({ first: 'F', second: ['A', 'B'] });
    expect(r.winners).toEqual(['B', 'F']);
    const o = star.officialTieBreak!(p, r, r.winners, 1);
    expect(o.chosen).toEqual(['F']);
    expect(o.steps.slice(0, 2)).toEqual([
      {
        key: 'star.tieScoreRound',
        params: { tied: ['A', 'B'], places: 1, wins: { A: 1, B: 0 }, fives: { A: 0, B: 0 } },
      },
      { key: 'star.tieAdvance', params: { advancing: ['A'] } },
    ]);
  });

  it('official score-round tie falls back on most 5s when head-to-head is level', () => {
    // F/A/B: 1/1/1, 1/0/2, 5/5/3 → F 7, A 6, B 6; A–B 1–1; A has one 5, B none → A advances,
    // F–A: 1–0 with two abstentions → F. The count itself gives [B, F] (F–B is 1–1).
    const p = election(
      ['F', 'A', 'B'],
      [
        [1, 1, 1],
        [1, 0, 2],
        [5, 5, 3],
      ],
    );
    const r = star.count(p);
    expect(r.winners).toEqual(['B', 'F']);
    const o = star.officialTieBreak!(p, r, r.winners, 1);
    const round = stepsWithKey(o.steps, 'star.tieScoreRound')[0].params;
    expect(round.wins).toEqual({ A: 0, B: 0 });
    expect(round.fives).toEqual({ A: 1, B: 0 });
    expect(o.chosen).toEqual(['F']);
  });

  it('three-way tie on top: every pair runs off; official picks two finalists by head-to-head wins', () => {
    // A/B/C: 5/4/0, 0/5/4, 4/0/5 → all sum 9: a Condorcet cycle, each pair 2–1.
    const cycle = election(
      ['A', 'B', 'C'],
      [
        [5, 4, 0],
        [0, 5, 4],
        [4, 0, 5],
      ],
    );
    const r = star.count(cycle);
    expect(r.winners).toEqual(['A', 'B', 'C']);
    expect(r.steps[1]).toEqual({ key: 'star.finalistsTied', params: { first: ['A', 'B', 'C'] } });
    expect(r.steps.filter((s) => s.key === 'star.runoff')).toHaveLength(3);
    // One head-to-head win each, one 5 each: the finalists stay open, every candidate can win.
    const o = star.officialTieBreak!(cycle, r, r.winners, 1);
    expect(o.chosen).toEqual([]);
    expect(o.stillTied).toEqual(['A', 'B', 'C']);
    expect(o.steps[1]).toEqual({ key: 'star.tieStillOpen', params: { tied: ['A', 'B', 'C'], places: 2 } });
    expect(o.steps.at(-1)).toEqual({ key: 'star.tieUnresolved', params: { tied: ['A', 'B', 'C'] } });

    // A fourth ballot 3/4/3 separates the sums.
    const top2 = election(
      ['A', 'B', 'C'],
      [
        [5, 4, 0],
        [0, 5, 4],
        [4, 0, 5],
        [3, 4, 3],
      ],
    );
    // Sums A 12, B 13, C 12: F = {B}, T = {A, C}. B–A: A>B, B>A, A>B, B>A → 2–2, both win;
    // B–C: B>C, B>C, C>B, B>C → B. Winners [A, B].
    const r2 = star.count(top2);
    expect(r2.scores).toEqual({ A: 12, B: 13, C: 12 });
    expect(r2.winners).toEqual(['A', 'B']);
    // Official: A–C head-to-head: A>C, C>A, C>A, equal → C 2–1, so C is the finalist, and
    // B beats C: B.
    const o2 = star.officialTieBreak!(top2, r2, r2.winners, 1);
    expect(o2.chosen).toEqual(['B']);
  });

  it('leaves identical candidates tied under the official rule', () => {
    const p = election(
      ['A', 'B', 'C'],
      [
        [5, 5, 1],
        [2, 2, 4],
      ],
    );
    const r = star.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    const o = star.officialTieBreak!(p, r, r.winners, 1);
    expect(o.stillTied).toEqual(['A', 'B']);
    expect(o.steps[0].key).toBe('star.tieRunoffUnbroken');
  });

  it('refuses any scale but 0–5 with a clear error', () => {
    const p = gradedProfile(['A', 'B'], [{ grades: { A: 6, B: 0 }, count: 1 }], { scale: { min: 0, max: 6 } });
    expect(() => star.count(p)).toThrow(VotingError);
    expect(() => star.count(p)).toThrow(/only with grades from 0 to 5/);
    try {
      star.count(p);
    } catch (e) {
      expect((e as VotingError).code).toBe('star.scale');
    }
  });

  it('handles one candidate and no voters', () => {
    expect(star.count(election(['A'], [[3]])).winners).toEqual(['A']);
    expect(star.count(gradedProfile(['A', 'B', 'C'], [], scale05)).winners).toEqual(['A', 'B', 'C']);
  });

  it('agrees with a voter-by-voter reference on random elections', () => {
    const cands = ['P', 'Q', 'R', 'S'];
    const ballot = fc.record({
      grades: fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5), fc.nat(5)),
      count: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(ballot, { minLength: 1, maxLength: 7 }), (ballots) => {
        const voters = ballots.flatMap((b) => Array.from({ length: b.count }, () => b.grades));
        const sums = cands.map((_, i) => voters.reduce((s, v) => s + v[i], 0));
        // Reference: sort distinct sums; finalists are the top sum, plus the next one if alone.
        const distinct = [...new Set(sums)].sort((a, b) => b - a);
        const top = cands.flatMap((_, i) => (sums[i] === distinct[0] ? [i] : []));
        const next = cands.flatMap((_, i) => (sums[i] === distinct[1] ? [i] : []));
        const pairs =
          top.length > 1 ? top.flatMap((a, k) => top.slice(k + 1).map((b) => [a, b])) : next.map((b) => [top[0], b]);
        const won = new Set<number>();
        for (const [a, b] of pairs) {
          const d = voters.reduce((s, v) => s + Math.sign(v[a] - v[b]), 0);
          if (d >= 0) won.add(a);
          if (d <= 0) won.add(b);
        }
        const input: GradedBallotInput[] = ballots.map((b) => ({
          grades: Object.fromEntries(cands.map((c, i) => [c, b.grades[i]])),
          count: b.count,
        }));
        const r = star.count(gradedProfile(cands, input, scale05));
        expect(r.winners).toEqual(cands.filter((_, i) => won.has(i)));
        // The official rule always elects among the untied winners.
        if (r.winners.length > 1) {
          const o = star.officialTieBreak!(gradedProfile(cands, input, scale05), r, r.winners, 1);
          for (const c of [...o.chosen, ...o.stillTied]) expect(r.winners).toContain(c);
          expect(o.chosen.length + o.stillTied.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
