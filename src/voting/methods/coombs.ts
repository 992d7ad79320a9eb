/**
 * coombs: Coombs' method, docs/voting-rules.md §2.6 and §5.
 *
 * Variant: each round, a candidate with first_S(c) >= q wins at once; otherwise ALL
 * candidates tied for the most last places leave together; if every remaining candidate is
 * tied, they all win. Not this: one elimination per round with a tie-break, nor the
 * "parallel-universe" version (union over every elimination order).
 *
 * Incomplete ballots (section 5):
 * - first choices as in IRV (an overvote counts for nobody, a ballot with no continuing
 *   candidate is exhausted);
 * - the majority: the spec fixes q = floor(c/2)+1 over the non-exhausted ballots c for IRV
 *   only; Coombs uses the same rule (the same first choices, the same reading of
 *   "majority"); with complete ballots c = n, as in section 2;
 * - last places count only ballots that rank every continuing candidate or leave exactly
 *   one of them unranked (that one is last). Where the spec is silent: a ballot whose lowest
 *   rank is shared by several continuing candidates gives no last place (a last place, like
 *   a first choice, must be a single candidate). See lastPlaces() in elimination.ts.
 */
import { defineMethod } from '../method.ts';
import { argBest, sortNames, step, type Result, type Step } from '../result.ts';
import { FirstChoiceTracker, majorityQuota } from '../tallies.ts';
import { activeRecord, countActive, LastPlaceTracker, runElimination, transferredParam } from './elimination.ts';

export const coombs = defineMethod({
  info: {
    id: 'coombs',
    name: { fr: 'Méthode de Coombs', en: 'Coombs’ method' },
    description: {
      fr: 'À chaque tour, on retire le candidat le plus souvent classé dernier, jusqu’à ce qu’un candidat soit le premier choix de la majorité.',
      en: 'Each round, the candidate most often ranked last is dropped, until someone is the first choice of a majority.',
    },
    ballot: 'ranked',
    family: 'runoff',
    winners: 'single',
    // A round per candidate, each showing the candidates still in (docs/voting-rules.md §10).
    maxCandidates: 2000,
    criteria: ['anonymity', 'neutrality', 'majority', 'pareto'],
  },
  count(profile): Result {
    const { candidates } = profile;
    // Both tallies follow the eliminations instead of re-reading every ballot each round.
    const firsts = new FirstChoiceTracker(profile);
    const lasts = new LastPlaceTracker(profile);
    const outcome = runElimination(profile, true, (active, round) => {
      const leaving = firsts.sync(active);
      lasts.sync(active);
      const { votes, exhausted, overvotes } = firsts;
      const continuing = profile.voters - exhausted;
      const quota = majorityQuota(continuing);
      const last = lasts.count();
      const steps: Step[] = [
        step('coombs.round', {
          round,
          votes: activeRecord(candidates, votes, active),
          quota,
          continuing,
          exhausted,
          overvotes,
          ...transferredParam(candidates, leaving, firsts.moved),
        }),
      ];
      if (exhausted > 0) steps.push(step('coombs.exhausted', { round, count: exhausted }));
      if (overvotes > 0) steps.push(step('coombs.overvotes', { round, count: overvotes }));
      steps.push(
        step('coombs.lastPlaces', {
          round,
          lastVotes: activeRecord(candidates, last.votes, active, true),
          noLast: last.none,
        }),
      );
      if (last.none > 0) steps.push(step('coombs.noLast', { round, count: last.none }));
      const top = argBest(votes, false, active);
      if (top.length === 1 && votes[top[0]] >= quota) {
        steps.push(step('coombs.majority', { round, winner: candidates[top[0]], votes: votes[top[0]], quota }));
        return { figure: last.votes, winners: top, steps };
      }
      const most = argBest(last.votes, false, active);
      const who = sortNames(most.map((c) => candidates[c]));
      if (most.length === countActive(active)) {
        steps.push(step('coombs.allTied', { round, winners: who, count: who.length, lastVotes: last.votes[most[0]] }));
        return { figure: last.votes, winners: most, steps };
      }
      steps.push(
        step('coombs.eliminated', { round, eliminated: who, count: who.length, lastVotes: last.votes[most[0]] }),
      );
      return { figure: last.votes, remove: most, steps };
    });
    const winners = sortNames(outcome.winners.map((c) => candidates[c]));
    return {
      method: 'coombs',
      candidates,
      winners,
      seats: 1,
      ranking: outcome.ranking,
      scores: outcome.scores,
      ...(winners.length > 1 ? { tie: { tied: winners, places: 1 } } : {}),
      steps: [...outcome.steps, step('coombs.winners', { winners, count: winners.length })],
    };
  },
});
