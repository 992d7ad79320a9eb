/**
 * nanson: Nanson's original method ("weak Nanson"), docs/voting-rules.md §2.14 and §5.
 *
 * Variant: each round, one candidate left wins; otherwise Borda points are recounted on the
 * ballots restricted to the remaining candidates and ALL candidates AT OR BELOW the mean
 * leave together (|S| × borda_S(c) <= total, cross-multiplied, no division); if that is
 * everyone (all scores equal), they all win. Not this: Schwartz's variant, which removes
 * only the candidates strictly below the mean.
 *
 * Incomplete ballots (section 5): Borda points as in baldwin (ranked candidates keep the
 * points of their positions, unranked ones get 0, shared ranks share points), doubled inside
 * and halved for the explanation.
 */
import { defineMethod } from '../method.ts';
import { sortNames, step, type Result, type Step } from '../result.ts';
import { halve, restrictedBorda } from '../tallies.ts';
import { activeRecord, countActive, runElimination } from './elimination.ts';

export const nanson = defineMethod({
  info: {
    id: 'nanson',
    name: { fr: 'Méthode de Nanson', en: 'Nanson’s method' },
    description: {
      fr: 'On compte les points de Borda, on retire tous ceux qui sont à la moyenne ou en dessous, puis on recommence avec les autres.',
      en: 'Count Borda points, drop everyone at or below the average, and start again with the rest.',
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
    const m = candidates.length;
    // Borda on the remaining candidates in O(k²) per round, from pair counts made once.
    const borda = restrictedBorda(profile);
    const outcome = runElimination(profile, false, (active, round) => {
      const k = countActive(active);
      if (k === 1) {
        const last = active.indexOf(1);
        return { winners: [last], steps: [step('nanson.last', { round, winner: candidates[last] })] };
      }
      const doubled = borda(active);
      const shown = halve(doubled);
      let total = 0;
      for (let c = 0; c < m; c++) if (active[c]) total += doubled[c];
      const below: number[] = [];
      for (let c = 0; c < m; c++) if (active[c] && k * doubled[c] <= total) below.push(c);
      // `mean` is for display only; the decision above is cross-multiplied.
      const steps: Step[] = [
        step('nanson.round', {
          round,
          top: k - 1,
          points: activeRecord(candidates, shown, active),
          total: total / 2,
          candidates: k,
          mean: total / 2 / k,
        }),
      ];
      const who = sortNames(below.map((c) => candidates[c]));
      if (below.length === k) {
        steps.push(step('nanson.allTied', { round, winners: who, count: who.length, points: shown[below[0]] }));
        return { figure: doubled, shown, winners: below, steps };
      }
      steps.push(step('nanson.eliminated', { round, eliminated: who, count: who.length, mean: total / 2 / k }));
      return { figure: doubled, shown, remove: below, steps };
    });
    const winners = sortNames(outcome.winners.map((c) => candidates[c]));
    return {
      method: 'nanson',
      candidates,
      winners,
      seats: 1,
      ranking: outcome.ranking,
      scores: outcome.scores,
      ...(winners.length > 1 ? { tie: { tied: winners, places: 1 } } : {}),
      steps: [...outcome.steps, step('nanson.winners', { winners, count: winners.length })],
    };
  },
});
