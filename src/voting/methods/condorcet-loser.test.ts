import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput, type RankingEntry } from '../ballots.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { formatTemplate } from '../../i18n/format.ts';
import type { Step } from '../result.ts';
import { condorcetLoser } from './condorcet-loser.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) => condorcetLoser.count(rankedProfile(candidates, ballots));

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

describe('condorcet-loser', () => {
  it('finds the candidate everyone beats', () => {
    // 3 voters A>B>C, B>A>C, C>A>B: C loses to A 1:2 and to B 1:2; A beats B 2:1.
    const r = count(['A', 'B', 'C'], [
      { ranking: ['A', 'B', 'C'], count: 1 },
      { ranking: ['B', 'A', 'C'], count: 1 },
      { ranking: ['C', 'A', 'B'], count: 1 },
    ]);
    expect(r.winners).toEqual(['C']);
    expect(r.scores).toEqual({ A: 0, B: 1, C: 2 });
    expect(r.steps.at(-1)).toEqual({ key: 'condorcet-loser.found', params: { loser: 'C', rivals: 2 } });
    expectTemplates(r.steps);
  });

  it('a tie saves a candidate from being the Condorcet loser', () => {
    // 2 voters A>B>C, B>C>A: C loses to B 0:2 but ties A 1:1.
    const r = count(['A', 'B', 'C'], [
      { ranking: ['A', 'B', 'C'], count: 1 },
      { ranking: ['B', 'C', 'A'], count: 1 },
    ]);
    expect(r.winners).toEqual([]);
    expect(r.steps.find((s) => s.key === 'condorcet-loser.escapes' && s.params.name === 'C')?.params).toEqual({
      name: 'C',
      against: ['A'],
      wins: [],
      ties: ['A'],
    });
    expect(r.steps.at(-1)?.key).toBe('condorcet-loser.none');
    expectTemplates(r.steps);
  });

  it('incomplete ballots: an unranked candidate is below every ranked one', () => {
    // [A], [B], [A,B]: C is unranked on every ballot, so both beat it 3:0; A beats B 2:1.
    const r = count(['A', 'B', 'C'], [
      { ranking: ['A'], count: 1 },
      { ranking: ['B'], count: 1 },
      { ranking: ['A', 'B'], count: 1 },
    ]);
    expect(r.winners).toEqual(['C']);
  });

  it('agrees with a reference on random elections (complete and incomplete)', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(6, complete), ({ candidates, ballots }) => {
          const M = referenceMargins(candidates, ballots);
          const expected = candidates.filter((x) => candidates.every((y) => y === x || M[y][x] > 0));
          expect(count(candidates, ballots).winners).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    }
  });
});
