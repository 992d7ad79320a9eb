/**
 * IRV (and plurality) on the real one-seat elections of data/real-elections:
 * the winners must be the officially published ones, and round-1 first choices must equal
 * the figures the data README gives (official ones where they match the ballot data,
 * PrefLib's own where the README notes a known discrepancy with the certified count).
 */
import { realElection, realElectionNames } from '../../../tests/support/real-elections.ts';
import { describe, expect, it } from 'vitest';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { irv } from './irv.ts';
import { plurality } from './plurality.ts';

interface ElectionFile {
  id: string;
  candidates: string[];
  seats: number;
  ballots: RankedBallotInput[];
  official: { winners: string[] };
}

const load = (file: string): ElectionFile => realElection(file.replace(/\.json$/, '')) as ElectionFile;
const oneSeat = realElectionNames()
  .map((name) => realElection(name) as ElectionFile)
  .filter((e) => e.seats === 1);

const roundOne = (e: ElectionFile) =>
  irv.count(rankedProfile(e.candidates, e.ballots)).steps.find((s) => s.key === 'irv.round')!.params;

describe('irv on real elections', () => {
  it('finds the eight one-seat files', () => {
    expect(oneSeat.map((e) => e.id).sort()).toEqual(
      [
        'aspen-2009-mayor',
        'burlington-2006-mayor',
        'burlington-2009-mayor',
        'debian-2002-leader',
        'oakland-2010-mayor',
        'san-francisco-2011-mayor',
        'san-leandro-2010-mayor',
        'takoma-park-2007-ward5',
      ].sort(),
    );
  });

  for (const e of oneSeat) {
    it(`${e.id}: the IRV winner is the official winner`, () => {
      expect(irv.count(rankedProfile(e.candidates, e.ballots)).winners).toEqual([...e.official.winners].sort());
    });
  }

  it('Burlington 2009: plurality elects Kurt Wright, IRV Bob Kiss, with the published round-1 figures', () => {
    const e = load('burlington-2009-mayor.json');
    const p = rankedProfile(e.candidates, e.ballots);
    expect(plurality.count(p).winners).toEqual(['Kurt Wright']);
    const r = irv.count(p);
    expect(r.winners).toEqual(['Bob Kiss']);
    const rounds = r.steps.filter((s) => s.key === 'irv.round').map((s) => s.params);
    expect(rounds[0].votes).toEqual({
      'Kurt Wright': 2951,
      'Bob Kiss': 2585,
      'Andy Montroll': 2063,
      'Dan Smith': 1306,
      'Write-In': 36,
      'James Simpson': 35,
    });
    // The 4 ballots with an overvote at rank 1 (the README's note).
    expect(rounds[0].overvotes).toBe(4);
    expect(plurality.count(p).scores).toMatchObject({ 'Kurt Wright': 2951, 'Bob Kiss': 2585 });
    // The spec removes only the tied-lowest each round (the official count removed Smith,
    // Simpson and the write-ins together after round 1; the winner is the same).
    expect(r.steps.filter((s) => s.key === 'irv.eliminated').map((s) => s.params.eliminated)).toEqual([
      ['James Simpson'],
      ['Write-In'],
      ['Dan Smith'],
      ['Andy Montroll'],
    ]);
  });

  it('Burlington 2006 and Takoma Park 2007: round 1 equals the official figures', () => {
    expect(roundOne(load('burlington-2006-mayor.json')).votes).toMatchObject({
      'Bob Kiss': 3809,
      'Hinda Miller': 3106,
      'Kevin J. Curley': 2609,
      'Louie The Cowman Beaudin': 119,
      'Loyal Ploof': 57,
    });
    expect(roundOne(load('burlington-2006-mayor.json')).overvotes).toBe(10);
    expect(roundOne(load('takoma-park-2007-ward5.json')).votes).toEqual({
      'Reuben Snipper': 107,
      'Eric Hensal': 72,
      'Alexandra Quere Barrionuevo': 23,
      'Write In': 1,
    });
  });

  it('Aspen, Oakland, San Francisco, San Leandro: round 1 equals the PrefLib figures quoted in the README', () => {
    expect(roundOne(load('aspen-2009-mayor.json')).votes).toEqual({
      'Mick Ireland': 1090,
      'Marilyn Marks': 876,
      'Lj Erspamer': 421,
      'Andrew Kole': 126,
      'Write In': 14,
    });
    expect(roundOne(load('oakland-2010-mayor.json')).votes).toMatchObject({ 'Don Perata': 39995, 'Jean Quan': 29192 });
    expect(roundOne(load('san-francisco-2011-mayor.json')).votes).toMatchObject({
      'Ed Lee': 59707,
      'John Avalos': 37414,
    });
    expect(roundOne(load('san-leandro-2010-mayor.json')).votes).toMatchObject({
      "Anthony B. 'Tony' Santos": 7958,
      'Stephen H. Cassidy': 7877,
    });
  });

  it('San Francisco 2011 (25 candidates, 3,294 distinct ballots) elects Ed Lee', () => {
    // How long the count takes is measured by the bench (scripts/bench/engine.ts, section c).
    const e = load('san-francisco-2011-mayor.json');
    const p = rankedProfile(e.candidates, e.ballots);
    expect([p.candidates.length, p.counts.length]).toEqual([25, 3294]);
    expect(irv.count(p).winners).toEqual(['Ed Lee']);
  });
});
