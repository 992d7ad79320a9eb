/**
 * two-round: plurality with a top-two runoff, docs/voting-rules.md §2.5, §5 and §8.
 *
 * Variant: F = the candidates with the most first choices. If F has one member f, the
 * runoffs are f against each candidate holding the second-highest DISTINCT count; if F has
 * several members, the runoffs are every pair inside F. Each runoff x–y is decided on the
 * full ballots by the margin M(x,y) (a tie makes both winners), and the winners are the
 * union of the runoff winners. Not this: drawing lots for the runoff places, or "if
 * everyone ties in round one, everyone wins" (a candidate tied for first can still lose).
 * With a single candidate there is no runoff: it wins.
 *
 * Incomplete ballots (section 5): the first round counts first choices (an overvote or an
 * empty ballot counts for nobody); a runoff counts N(x,y), the voters placing x strictly
 * above y (ranked above unranked; equal or both unranked count for neither side).
 *
 * Official tie-break (section 8): the larger first-round count; equal counts stay tied.
 */
import { defineMethod, type OfficialTieBreak } from '../method.ts';
import { pairwiseMatrix } from '../pairwise.ts';
import { argBest, sortNames, step, type Result, type Step } from '../result.ts';
import { allActive, firstChoices } from '../tallies.ts';
import { activeRecord } from './elimination.ts';

export const twoRound = defineMethod({
  info: {
    id: 'two-round',
    name: { fr: 'Scrutin à deux tours', en: 'Two-round system' },
    description: {
      fr: 'Les deux candidats qui ont le plus de premiers choix s’affrontent en duel ; celui que la majorité préfère gagne.',
      en: 'The two candidates with the most first choices face each other in a duel; the one most voters prefer wins.',
    },
    ballot: 'ranked',
    family: 'runoff',
    winners: 'single',
    // m × m pairwise matrices, shown in the explanation (docs/voting-rules.md §10).
    maxCandidates: 1000,
    criteria: ['anonymity', 'neutrality', 'majority', 'condorcet-loser', 'pareto'],
  },
  count(profile): Result {
    const { candidates } = profile;
    const m = candidates.length;
    const active = allActive(m);
    const { votes, exhausted, overvotes } = firstChoices(profile, active);
    const steps: Step[] = [
      step('two-round.firstRound', { votes: activeRecord(candidates, votes, active), exhausted, overvotes }),
    ];
    if (exhausted > 0) steps.push(step('two-round.empty', { count: exhausted }));
    if (overvotes > 0) steps.push(step('two-round.overvotes', { count: overvotes }));

    const first = argBest(votes);
    const pairs: [number, number][] = [];
    if (first.length === 1) {
      const rest = new Uint8Array(m).fill(1);
      rest[first[0]] = 0;
      const second = argBest(votes, false, rest);
      for (const t of second) pairs.push([first[0], t]);
      if (second.length > 0) {
        steps.push(
          step('two-round.leaders', {
            first: candidates[first[0]],
            firstVotes: votes[first[0]],
            second: sortNames(second.map((c) => candidates[c])),
            count: second.length,
            secondVotes: votes[second[0]],
          }),
        );
      }
    } else {
      for (let i = 0; i < first.length; i++)
        for (let j = i + 1; j < first.length; j++) pairs.push([first[i], first[j]]);
      steps.push(
        step('two-round.tiedFirst', { first: sortNames(first.map((c) => candidates[c])), votes: votes[first[0]] }),
      );
    }

    const isWinner = new Uint8Array(m);
    const finalist = new Uint8Array(m);
    if (pairs.length === 0) {
      // No runoff is possible: a lone candidate (or none at all).
      for (const c of first) isWinner[c] = 1;
      if (first.length === 1) steps.push(step('two-round.alone', { winner: candidates[first[0]] }));
    } else {
      const { support, margin } = pairwiseMatrix(profile);
      steps.push(
        step('two-round.runoffs', {
          pairs: pairs.map(([x, y]) => sortNames([candidates[x], candidates[y]])),
          count: pairs.length,
        }),
      );
      for (const [p, q] of pairs) {
        // Present each duel in code-unit order of the names, so it reads the same every time.
        const [x, y] = candidates[p] < candidates[q] ? [p, q] : [q, p];
        finalist[x] = finalist[y] = 1;
        const d = margin[x * m + y];
        const params = { a: candidates[x], b: candidates[y], forA: support[x * m + y], forB: support[y * m + x] };
        if (d === 0) {
          isWinner[x] = isWinner[y] = 1;
          steps.push(step('two-round.runoffTie', params));
        } else {
          const w = d > 0 ? x : y;
          isWinner[w] = 1;
          steps.push(
            step('two-round.runoff', { ...params, winner: candidates[w], loser: candidates[w === x ? y : x] }),
          );
        }
      }
    }
    const winners = names(candidates, isWinner);
    steps.push(step('two-round.winners', { winners, count: winners.length }));

    // Ranking: winners; runoff losers; then the others by first-round count.
    const ranking: string[][] = [winners];
    const losers = candidates.filter((_, c) => finalist[c] && !isWinner[c]);
    if (losers.length > 0) ranking.push(sortNames(losers));
    const others = candidates.map((_, c) => c).filter((c) => !finalist[c] && !isWinner[c]);
    const levels = [...new Set(others.map((c) => votes[c]))].sort((a, b) => b - a);
    for (const level of levels)
      ranking.push(sortNames(others.filter((c) => votes[c] === level).map((c) => candidates[c])));
    return {
      method: 'two-round',
      candidates,
      winners,
      seats: 1,
      ranking,
      scores: Object.fromEntries(candidates.map((name, c) => [name, votes[c]])),
      ...(winners.length > 1 ? { tie: { tied: winners, places: 1 } } : {}),
      steps,
    };
  },
  officialTieBreak(profile, _result, tied, places): OfficialTieBreak {
    const { candidates } = profile;
    const { votes } = firstChoices(profile, allActive(candidates.length));
    const index = new Map(candidates.map((name, c) => [name, c]));
    const group = tied.map((name) => index.get(name)).filter((c): c is number => c !== undefined);
    const mask = new Uint8Array(candidates.length);
    for (const c of group) mask[c] = 1;
    const steps: Step[] = [step('two-round.tieBreakVotes', { votes: activeRecord(candidates, votes, mask) })];
    const chosen: string[] = [];
    let stillTied: string[] = [];
    let left = places;
    const levels = [...new Set(group.map((c) => votes[c]))].sort((a, b) => b - a);
    for (const level of levels) {
      if (left <= 0) break;
      const sub = sortNames(group.filter((c) => votes[c] === level).map((c) => candidates[c]));
      if (sub.length <= left) {
        chosen.push(...sub);
        left -= sub.length;
      } else {
        stillTied = sub;
        break;
      }
    }
    if (chosen.length > 0) steps.push(step('two-round.tieBreakChosen', { chosen, count: chosen.length }));
    if (stillTied.length > 0) steps.push(step('two-round.tieBreakStillTied', { stillTied, count: stillTied.length }));
    return { chosen, stillTied, steps };
  },
});

function names(candidates: readonly string[], mask: Uint8Array): string[] {
  return sortNames(candidates.filter((_, c) => mask[c]));
}
