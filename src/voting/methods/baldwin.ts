/**
 * baldwin: Baldwin's method, docs/voting-rules.md §2.13 and §5.
 *
 * Variant: each round, one candidate left wins; otherwise Borda points are recounted on the
 * ballots restricted to the remaining candidates (|S|-1 .. 0) and ALL candidates tied for
 * the lowest score leave together; if every remaining candidate is tied, they all win.
 * There is no majority shortcut. Not this: one elimination per round with a tie-break, nor
 * the "parallel-universe" version.
 *
 * Incomplete ballots (section 5): ranked candidates keep the points of their positions
 * among the remaining candidates, unranked ones get 0, and candidates sharing a rank share
 * the points of the positions they cover. Points are doubled inside (exact integers) and
 * halved only for the explanation, where halves can appear.
 */
import { defineMethod } from '../method.ts';
import { argBest, sortNames, step, type Result, type Step } from '../result.ts';
import { halve, restrictedBorda } from '../tallies.ts';
import { activeRecord, countActive, runElimination } from './elimination.ts';

export const baldwin = defineMethod({
  info: {
    id: 'baldwin',
    name: { fr: 'Méthode de Baldwin', en: 'Baldwin’s method' },
    description: {
      fr: 'On compte les points de Borda, on retire le dernier, puis on recompte sans lui, jusqu’à ce qu’il ne reste qu’un candidat.',
      en: 'Count Borda points, drop the lowest, count again without it, and repeat until one candidate is left.',
    },
    ballot: 'ranked',
    family: 'runoff',
    winners: 'single',
    // Work cubic in the candidates (docs/voting-rules.md §10): about a second at 500.
    maxCandidates: 500,
    criteria: ['anonymity', 'neutrality', 'majority', 'condorcet', 'condorcet-loser', 'smith', 'pareto'],
  },
  count(profile): Result {
    const { candidates } = profile;
    // Borda on the remaining candidates in O(k²) per round, from pair counts made once.
    const borda = restrictedBorda(profile);
    const outcome = runElimination(profile, false, (active, round) => {
      const k = countActive(active);
      if (k === 1) {
        const last = active.indexOf(1);
        return { winners: [last], steps: [step('baldwin.last', { round, winner: candidates[last] })] };
      }
      const doubled = borda(active);
      const shown = halve(doubled);
      const steps: Step[] = [
        step('baldwin.round', { round, top: k - 1, points: activeRecord(candidates, shown, active) }),
      ];
      const lowest = argBest(doubled, true, active);
      const who = sortNames(lowest.map((c) => candidates[c]));
      if (lowest.length === k) {
        steps.push(step('baldwin.allTied', { round, winners: who, count: who.length, points: shown[lowest[0]] }));
        return { figure: doubled, shown, winners: lowest, steps };
      }
      steps.push(step('baldwin.eliminated', { round, eliminated: who, count: who.length, points: shown[lowest[0]] }));
      return { figure: doubled, shown, remove: lowest, steps };
    });
    const winners = sortNames(outcome.winners.map((c) => candidates[c]));
    return {
      method: 'baldwin',
      candidates,
      winners,
      seats: 1,
      ranking: outcome.ranking,
      scores: outcome.scores,
      ...(winners.length > 1 ? { tie: { tied: winners, places: 1 } } : {}),
      steps: [...outcome.steps, step('baldwin.winners', { winners, count: winners.length })],
    };
  },
});
