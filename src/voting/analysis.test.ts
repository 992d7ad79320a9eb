import { describe, expect, it } from 'vitest';
import { realElection as readReal } from '../../tests/support/real-elections.ts';
import {
  compareMethods,
  countWith,
  electionFacts,
  spoilers,
  withoutCandidates,
  applicableMethods,
  methodsFor,
} from './analysis.ts';
import { rankedProfile } from './ballots.ts';
import { methods } from './methods/index.ts';
import { ranked, graded } from './testing/elections.ts';

function realElection(name: string) {
  const data = readReal(name);
  return rankedProfile(data.candidates, data.ballots);
}

describe('Burlington 2009: three methods, three different mayors', () => {
  const burlington = realElection('burlington-2009-mayor');

  it('plurality elects Kurt Wright, instant runoff Bob Kiss, and Andy Montroll is the Condorcet winner', () => {
    expect(countWith('plurality', burlington).winners).toEqual(['Kurt Wright']);
    expect(countWith('irv', burlington).winners).toEqual(['Bob Kiss']);
    const facts = electionFacts(burlington);
    expect(facts.condorcetWinner).toBe('Andy Montroll');
    expect(facts.majorityWinner).toBeNull();
    expect(facts.smithSet).toEqual(['Andy Montroll']);
    expect(countWith('schulze', burlington).winners).toEqual(['Andy Montroll']);
  });

  it('groups the methods that agree', () => {
    const comparison = compareMethods(burlington, ['plurality', 'irv', 'schulze', 'copeland', 'two-round']);
    expect(comparison.unanimous).toBe(false);
    const byWinner = Object.fromEntries(comparison.agreements.map((a) => [a.winners.join(), [...a.methods].sort()]));
    expect(byWinner['Andy Montroll']).toEqual(['copeland', 'schulze']);
    expect(byWinner['Bob Kiss']).toEqual(['irv', 'two-round']);
    expect(byWinner['Kurt Wright']).toEqual(['plurality']);
  });
});

describe('spoilers', () => {
  // The reef is everyone's compromise (the Condorcet winner) but has the fewest first choices.
  const shelter = ranked('dune kelp reef', '8: dune>reef>kelp', '7: kelp>reef>dune', '6: reef>kelp>dune');

  it('finds the candidate whose withdrawal changes the plurality winner', () => {
    expect(countWith('plurality', shelter).winners).toEqual(['dune']);
    // Without the kelp its 7 voters go to the reef (13–8); without the reef, 6 go to the kelp (13–8).
    expect(spoilers('plurality', shelter)).toEqual([
      { candidate: 'kelp', winnersWith: ['dune'], winnersWithout: ['reef'] },
      { candidate: 'reef', winnersWith: ['dune'], winnersWithout: ['kelp'] },
    ]);
  });

  it('finds none for a method that already elects the Condorcet winner here', () => {
    // The reef beats the dune 13–8 and the kelp 14–7; Schulze elects it with or without the others.
    expect(electionFacts(shelter).condorcetWinner).toBe('reef');
    expect(spoilers('schulze', shelter)).toEqual([]);
  });

  it('removes candidates while keeping the others in order', () => {
    const without = withoutCandidates(ranked('A B C', '2: A>B>C', '1: B>A'), ['A']);
    expect(without.candidates).toEqual(['B', 'C']);
    expect(without.tiers).toEqual([[[0], [1]], [[0]]]);
  });
});

describe('applicable methods', () => {
  it('offers graded methods only for graded ballots, and ranked methods on graded ballots read as rankings', () => {
    const g = graded('X Y Z', '3: 5 2 0', '2: 0 5 3');
    const ids = applicableMethods(g);
    expect(ids).toContain('majority-judgment');
    expect(ids).toContain('schulze');
    expect(applicableMethods(ranked('A B', '1: A>B'))).not.toContain('approval');
    expect(countWith('plurality', g).winners).toEqual(['X']);
  });

  it('offers several-seat methods when there are several seats', () => {
    const ids = applicableMethods(ranked('A B C', '1: A>B>C'), 2);
    expect(ids).toContain('stv');
    expect(ids).not.toContain('irv');
  });
});

describe('methodsFor: the one list of methods an election can be counted with', () => {
  it('gives a one-winner ranked election the one-winner and committee methods, never list apportionment or STV', () => {
    const ids = methodsFor({ ballots: 'ranked', candidates: 4, seats: 1 });
    expect(ids).toContain('irv');
    expect(ids).toContain('bloc-plurality');
    for (const id of ['dhondt', 'stv', 'sortition', 'score', 'star'] as const) expect(ids).not.toContain(id);
  });

  it('adds the graded methods for graded ballots, STAR only on a 0–5 scale', () => {
    expect(methodsFor({ ballots: 'graded', candidates: 4, seats: 1, scale: { min: 0, max: 5 } })).toEqual(
      expect.arrayContaining(['score', 'star', 'majority-judgment', 'irv']),
    );
    expect(methodsFor({ ballots: 'graded', candidates: 4, seats: 1, scale: { min: 0, max: 9 } })).not.toContain('star');
  });

  it('keeps to several-seat methods for several seats, leaves chance out on request, and respects candidate limits', () => {
    expect(
      methodsFor({ ballots: 'ranked', candidates: 4, seats: 2 }).every((id) => methods[id].info.winners === 'multi'),
    ).toBe(true);
    expect(methodsFor({ ballots: 'ranked', candidates: 4, seats: 1, withoutChance: true })).not.toContain(
      'random-ballot',
    );
    expect(methodsFor({ ballots: 'ranked', candidates: 21, seats: 1 })).not.toContain('kemeny-young');
    expect(methodsFor({ ballots: 'ranked', candidates: 20, seats: 1 })).toContain('kemeny-young');
  });
});
