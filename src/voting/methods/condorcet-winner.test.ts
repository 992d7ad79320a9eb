import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput, type RankingEntry } from '../ballots.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { formatTemplate } from '../../i18n/format.ts';
import type { Step } from '../result.ts';
import { condorcetWinner } from './condorcet-winner.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) => condorcetWinner.count(rankedProfile(candidates, ballots));

// Random small elections (names deliberately not in alphabetical order), complete or not.
const NAMES = ['D', 'B', 'F', 'A', 'C', 'E'];
function electionArb(maxM: number, complete: boolean) {
  return fc.integer({ min: 2, max: maxM }).chain((m) => {
    const idx = Array.from({ length: m }, (_, i) => i);
    const ballot = fc.record({
      order: fc.shuffledSubarray(idx, complete ? { minLength: m, maxLength: m } : { minLength: 0, maxLength: m }),
      ties: fc.array(fc.boolean(), { minLength: m, maxLength: m }),
      count: fc.integer({ min: 1, max: 3 }),
    });
    return fc.array(ballot, { minLength: 1, maxLength: 7 }).map((ballots) => ({
      candidates: NAMES.slice(0, m),
      ballots: ballots.map(({ order, ties, count: c }) => {
        const ranking: string[][] = [];
        order.forEach((i, pos) => {
          if (!complete && pos > 0 && ties[pos]) ranking[ranking.length - 1].push(NAMES[i]);
          else ranking.push([NAMES[i]]);
        });
        return { ranking: ranking.map((t): RankingEntry => (t.length === 1 ? t[0] : t)), count: c };
      }),
    }));
  });
}

/** Reference margins straight from the ballot lists: name → name → M(x,y). */
function referenceMargins(candidates: string[], ballots: RankedBallotInput[]): Record<string, Record<string, number>> {
  const level = (b: RankedBallotInput, c: string) => {
    const i = b.ranking.findIndex((e) => (typeof e === 'string' ? e === c : e.includes(c)));
    return i < 0 ? Infinity : i;
  };
  const out: Record<string, Record<string, number>> = {};
  for (const x of candidates) {
    out[x] = {};
    for (const y of candidates) {
      let d = 0;
      for (const b of ballots) d += (level(b, x) < level(b, y) ? b.count : 0) - (level(b, y) < level(b, x) ? b.count : 0);
      out[x][y] = d;
    }
  }
  return out;
}

/** Every step key has a French and an English template. */
function expectTemplates(steps: readonly Step[]) {
  for (const s of steps) {
    for (const lang of ['fr', 'en'] as const) {
      const template = condorcetMessages[lang][s.key];
      expect(template, `${lang} ${s.key}`).toBeTypeOf('string');
      expect(formatTemplate(template, s.params, lang), `${lang} ${s.key}`).not.toMatch(/[{}]|undefined|NaN/);
    }
  }
}

describe('condorcet-winner', () => {
  it('finds the candidate who beats everyone', () => {
    // 5 voters: 2×B>A>C, 2×A>C>B, 1×C>B>A. B–A 3:2 (ballots 1 and 3), C–B 3:2 (ballots 2
    // and 3), A–C 4:1 (ballots 1 and 2): a cycle, so nobody.
    const cycle = count(['A', 'B', 'C'], [
      { ranking: ['B', 'A', 'C'], count: 2 },
      { ranking: ['A', 'C', 'B'], count: 2 },
      { ranking: ['C', 'B', 'A'], count: 1 },
    ]);
    expect(cycle.winners).toEqual([]);
    expect(cycle.steps.at(-1)?.key).toBe('condorcet-winner.none');
    expect(cycle.steps.find((s) => s.key === 'condorcet-winner.fails' && s.params.name === 'A')?.params).toEqual({
      name: 'A',
      by: ['B'],
      losses: ['B'],
      ties: [],
    });
    expectTemplates(cycle.steps);
    // Two more voters A>B>C: A beats B 4:3 and C 6:1; B beats C 4:3.
    const r = count(['A', 'B', 'C'], [
      { ranking: ['B', 'A', 'C'], count: 2 },
      { ranking: ['A', 'C', 'B'], count: 2 },
      { ranking: ['C', 'B', 'A'], count: 1 },
      { ranking: ['A', 'B', 'C'], count: 2 },
    ]);
    expect(r.winners).toEqual(['A']);
    expect(r.scores).toEqual({ A: 2, B: 1, C: 0 });
    expect(r.steps.at(-1)).toEqual({ key: 'condorcet-winner.found', params: { winner: 'A', rivals: 2 } });
    expectTemplates(r.steps);
  });

  it('a weak Condorcet winner (one tie) does not count', () => {
    // 2 voters A>B>C, B>A>C: A ties B 1:1, both beat C.
    const r = count(['A', 'B', 'C'], [
      { ranking: ['A', 'B', 'C'], count: 1 },
      { ranking: ['B', 'A', 'C'], count: 1 },
    ]);
    expect(r.winners).toEqual([]);
    expect(r.steps.find((s) => s.params.name === 'A')?.params).toEqual({ name: 'A', by: ['B'], losses: [], ties: ['B'] });
  });

  it('incomplete ballots: a truncated ballot counts its ranked candidates above the others', () => {
    // 3 voters: [C], [A,B], [[B,C],A]. C–A 2:1 (ballots 1 and 3 against 2), C–B 1:1 (ballot 3
    // shares their rank), so no winner. A 4th voter [C]: C beats A 3:1 and B 2:1.
    const ballots = [
      { ranking: ['C'], count: 1 },
      { ranking: ['A', 'B'], count: 1 },
      { ranking: [['B', 'C'], 'A'], count: 1 },
    ];
    expect(count(['A', 'B', 'C'], ballots).winners).toEqual([]);
    expect(count(['A', 'B', 'C'], [...ballots, { ranking: ['C'], count: 1 }]).winners).toEqual(['C']);
  });

  it('agrees with a reference on random elections (complete and incomplete)', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(6, complete), ({ candidates, ballots }) => {
          const M = referenceMargins(candidates, ballots);
          const expected = candidates.filter((x) => candidates.every((y) => y === x || M[x][y] > 0));
          expect(count(candidates, ballots).winners).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    }
  });
});
