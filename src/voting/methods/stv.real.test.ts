/**
 * Every multi-seat real election in data/real-elections elects its official winners
 * (as a set) under the Scottish STV rule, with the Droop quota of the README's verification
 * table. How long the counts take (Meath 2002: 64,081 ballots, 25,101 distinct, 14 candidates,
 * 5 seats) is measured by the bench (scripts/bench/engine.ts, section d), not here.
 */
import { describe, expect, it } from 'vitest';
import { realElection } from '../../../tests/support/real-elections.ts';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { sortNames } from '../result.ts';
import { stv } from './stv.ts';

interface RealElection {
  readonly candidates: string[];
  readonly seats: number;
  readonly total_ballots: number;
  readonly ballots: RankedBallotInput[];
  readonly official: { readonly winners: string[] };
}

function load(file: string): RealElection {
  return realElection(file) as RealElection;
}

const cases: [string, number][] = [
  ['dublin-north-2002', 8789],
  ['dublin-west-2002', 7498],
  ['meath-2002', 10681],
  ['glasgow-2007-anderston-city', 1381],
  ['minneapolis-2009-estimate-taxation', 10696],
  ['minneapolis-2009-park-board-at-large', 9164],
];

describe('stv on real multi-seat elections', () => {
  for (const [file, quota] of cases) {
    it(`${file}: official winners, quota ${quota}`, () => {
      const e = load(file);
      const profile = rankedProfile(e.candidates, e.ballots);
      const r = stv.count(profile, { seats: e.seats });
      expect(r.winners).toEqual(sortNames(e.official.winners));
      expect(r.elected).toHaveLength(e.seats);
      expect(r.tie).toBeUndefined();
      expect(r.steps[0]).toEqual({
        key: 'stv.quota',
        params: { valid: e.total_ballots, empty: 0, seats: e.seats, quota },
      });
      // Every stage shows the quota; votes + non-transferable + lost = all valid ballots.
      for (const s of r.steps.filter((x) => x.key === 'stv.stage')) {
        const p = s.params as {
          votes: Record<string, number>;
          nonTransferableTotal: number;
          lostTotal: number;
          quota: number;
        };
        expect(p.quota).toBe(quota);
        const units = Object.values(p.votes).reduce((a, v) => a + Math.round(v * 100000), 0);
        expect(units + Math.round(p.nonTransferableTotal * 100000) + Math.round(p.lostTotal * 100000)).toBe(
          e.total_ballots * 100000,
        );
      }
    });
  }

  it('Glasgow Anderston/City: Craig Mackay is elected at stage 1 with 1,632 first preferences', () => {
    const e = load('glasgow-2007-anderston-city');
    const r = stv.count(rankedProfile(e.candidates, e.ballots), { seats: e.seats });
    expect(r.scores?.['Craig Mackay']).toBe(1632);
    expect(r.elected?.[0]).toBe('Craig Mackay');
    const first = r.steps.find((s) => s.key === 'stv.elected');
    expect(first?.params).toMatchObject({ elected: ['Craig Mackay'], stage: 1 });
    // The published 6th count (Matheson 1,291, Baker 1,247, Laird 1,050; Braat elected)
    // matches stage 6 of this count, whole votes shown.
    const sixth = r.steps.filter((s) => s.key === 'stv.stage')[5].params as { votes: Record<string, number> };
    expect(Math.floor(sixth.votes['Gordon Matheson'])).toBe(1291);
    expect(Math.floor(sixth.votes['Nina Baker'])).toBe(1247);
    expect(Math.floor(sixth.votes['Ann Laird'])).toBe(1050);
    expect(sixth.votes['Philip Braat']).toBeGreaterThanOrEqual(1381);
  });
});
