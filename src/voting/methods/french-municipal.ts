/**
 * French municipal list vote for towns of 1,000 inhabitants or more (Code électoral, art.
 * L262), docs/voting-rules.md §6.2. Votes per list are the first choices of the ranked ballots; the
 * votes cast ("suffrages exprimés") are the valid ones (overvotes and empty ballots are not).
 * 1. Majority bonus: in round 1 (options.round, default 1) the list with an absolute
 *    majority of the votes cast (2 × votes > cast), in round 2 the list with the most votes,
 *    first receives half of the seats: rounded up above 4 seats, rounded down below 4, and
 *    exactly 2 for 4 seats (the article says nothing about 4; half of 4 is 2 either way).
 * 2. The other seats are shared by D'Hondt among the lists with at least 5% of the votes
 *    cast (fixed by the law; options.threshold is not used), the leading list included. The
 *    averages count only the seats won in this proportional share, never the bonus (Conseil
 *    d'État, 30 January 2015, no. 382627). A tie for the last seat goes to the list with more
 *    votes; a remaining tie is reported (the law then picks the oldest candidate, unknown here).
 * If in round 1 no list has an absolute majority, nothing is allocated: the Result has no
 * winners, empty seats, and the step `french-municipal.secondRound` (a second round is needed).
 * If in round 2 several lists tie for the most votes (the law gives the bonus to the list with
 * the oldest average age, unknown here), the proportional share is still made (it does not
 * depend on the bonus) and the bonus is reported as a tie: `tie.tied` holds the leading lists
 * and `tie.places` counts 1 for the bonus block (plus the places of a last-seat tie, if both
 * happen; then `tied` is the union of both groups).
 *
 * Not this: D'Hondt on all seats, averages that include the bonus, or a bonus in round 1
 * to a list with only a relative majority.
 */
import type { RankedProfile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { defineMethod, type CountOptions } from '../method.ts';
import { argBest, sortNames, step, type Result } from '../result.ts';
import { averagesSteps, highestAverages, listRecord, listResult, listSetup } from './apportionment.ts';
import { dhondtDivisor } from './dhondt.ts';
import { MAX_CANDIDATES, MAX_LIST_SEATS } from '../limits.ts';

const FIVE_PERCENT = { num: 5n, den: 100n };

/** Half the seats: rounded up above 4 seats, down below 4, and 2 for 4 seats. */
export function majorityBonus(seats: number): number {
  return seats >= 4 ? Math.ceil(seats / 2) : Math.floor(seats / 2);
}

export const frenchMunicipal = defineMethod({
  info: {
    id: 'french-municipal',
    name: { fr: 'Municipales françaises (prime majoritaire)', en: 'French municipal (majority bonus)' },
    description: {
      fr: 'On vote pour une liste ; la liste gagnante reçoit d’abord la moitié des sièges, puis tout le monde partage le reste à la proportionnelle.',
      en: 'You vote for a list; the winning list first gets half of the seats, then everyone shares the rest in proportion to votes.',
    },
    ballot: 'ranked',
    family: 'proportional',
    winners: 'multi',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    maxSeats: MAX_LIST_SEATS,
    // Not pareto or majority in general terms beyond the bonus rule: kept to the sure ones.
    criteria: ['anonymity', 'neutrality', 'majority'],
  },
  count(profile: RankedProfile, options?: CountOptions): Result {
    const id = 'french-municipal';
    const round = options?.round ?? 1;
    if (round !== 1 && round !== 2) {
      throw new VotingError('error.municipalRound', 'the round must be 1 or 2', { value: String(round) }, 'round');
    }
    const setup = listSetup(id, profile, options, FIVE_PERCENT);
    const { lists, seats, votes, valid, eligible } = setup;
    const n = lists.length;
    const won = new Int32Array(n);
    if (valid === 0) return listResult(id, setup, won, []);

    const leaders = argBest(votes);
    const bonus = majorityBonus(seats);
    const top = votes[leaders[0]];
    if (round === 1 && 2 * top <= valid) {
      setup.steps.push(
        step(`${id}.secondRound`, { leaders: sortNames(leaders.map((i) => lists[i])), votes: top, valid }),
      );
      const none = listResult(id, setup, won, []);
      return { ...none, steps: none.steps.filter((s) => s.key !== `${id}.seats`) };
    }
    const bonusTie = leaders.length > 1;
    if (bonusTie) {
      setup.steps.push(
        step(`${id}.bonusTie`, { tied: sortNames(leaders.map((i) => lists[i])), bonus, votes: top, round }),
      );
    } else {
      setup.steps.push(step(`${id}.bonus`, { list: lists[leaders[0]], bonus, seats, round, votes: top, valid }));
    }

    const share = seats - bonus;
    const app = highestAverages(votes, eligible, share, dhondtDivisor);
    if (share > 0) setup.steps.push(...averagesSteps(id, lists, votes, eligible, share, dhondtDivisor, app));
    won.set(app.seats);
    const order: number[] = [];
    if (!bonusTie && bonus > 0) {
      won[leaders[0]] += bonus;
      order.push(leaders[0]);
    }
    order.push(...app.order);
    setup.steps.push(
      step(`${id}.split`, { bonus: bonusTie ? 0 : bonus, proportional: listRecord(lists, app.seats, eligible) }),
    );

    let tie = app.tie;
    if (bonusTie) {
      const tied = new Set([...leaders, ...(app.tie?.tied ?? [])]);
      tie = { tied: [...tied], places: 1 + (app.tie?.places ?? 0) };
    }
    return listResult(id, setup, won, order, tie);
  },
});
