/**
 * Largest remainder with the Hare quota, docs/voting-rules.md §6.2. Votes per list are the first choices
 * of the ranked ballots (overvotes and empty ballots are not valid votes). Lists below
 * options.threshold (share of the valid votes, exact) are left out, and the quota is
 * V / seats where V is the votes of the lists taking part (all valid votes without a
 * threshold). Each list gets the whole part of votes / quota; the seats left go to the
 * largest remainders. Everything is compared exactly: votes × seats = whole × V + remainder,
 * so the remainders are whole numbers over the same V. A tie for the last seat(s) goes to
 * the list with more votes; a remaining tie is reported in `tie`.
 *
 * Not this: the Droop or Imperiali quota, nor highest averages. Hare largest remainder can
 * show the Alabama paradox (one more seat, one list loses a seat), which the game can show.
 */
import type { RankedProfile } from '../ballots.ts';
import { defineMethod, type CountOptions } from '../method.ts';
import { sortNames, step, type Result } from '../result.ts';
import { listRecord, listResult, listSetup } from './apportionment.ts';
import { MAX_CANDIDATES, MAX_LIST_SEATS } from '../limits.ts';

const round2 = (x: number): number => Math.round(x * 100) / 100;

export const largestRemainder = defineMethod({
  info: {
    id: 'largest-remainder',
    name: { fr: 'Proportionnelle au plus fort reste', en: 'Largest remainder (Hare)' },
    description: {
      fr: 'On vote pour une liste ; chaque liste a un siège par quota de voix, puis les plus gros restes prennent les sièges restants.',
      en: 'You vote for a list; each list gets one seat per quota of votes, then the biggest leftovers take the seats left.',
    },
    ballot: 'ranked',
    family: 'proportional',
    winners: 'multi',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    maxSeats: MAX_LIST_SEATS,
    criteria: ['anonymity', 'neutrality', 'majority', 'pareto', 'proportionality'],
  },
  count(profile: RankedProfile, options?: CountOptions): Result {
    const id = 'largest-remainder';
    const setup = listSetup(id, profile, options);
    const { lists, seats, votes, eligible } = setup;
    const n = lists.length;
    const won = new Int32Array(n);
    if (!setup.ok) return listResult(id, setup, won, []);

    let total = 0;
    for (let i = 0; i < n; i++) if (eligible[i]) total += votes[i];
    const V = BigInt(total);
    const S = BigInt(seats);
    const rem: bigint[] = new Array<bigint>(n).fill(0n);
    let given = 0;
    for (let i = 0; i < n; i++) {
      if (!eligible[i]) continue;
      const scaled = BigInt(votes[i]) * S;
      won[i] = Number(scaled / V);
      rem[i] = scaled % V;
      given += won[i];
    }
    const order = lists
      .map((_, i) => i)
      .filter((i) => won[i] > 0)
      .sort((a, b) => votes[b] - votes[a] || a - b);
    setup.steps.push(
      step(`${id}.quota`, { votes: total, seats, quota: round2(total / seats) }),
      step(`${id}.shares`, {
        whole: listRecord(lists, won, eligible),
        remainders: listRecord(
          lists,
          rem.map((r) => round2(Number(r) / seats)),
          eligible,
        ),
      }),
    );

    // Remainder seats: larger remainder first; within the boundary remainder, more votes
    // first; lists equal on both that outnumber the seats left are tied.
    const left = seats - given;
    const pool = lists.map((_, i) => i).filter((i) => eligible[i]);
    pool.sort((a, b) => (rem[b] > rem[a] ? 1 : rem[b] < rem[a] ? -1 : votes[b] - votes[a] || a - b));
    const bonus: number[] = [];
    let tie: { tied: number[]; places: number } | undefined;
    if (left > 0) {
      const last = pool[left - 1];
      bonus.push(...pool.filter((i) => rem[i] > rem[last]));
      const group = pool.filter((i) => rem[i] === rem[last]);
      const groupPlaces = left - bonus.length;
      if (group.length === groupPlaces) bonus.push(...group);
      else {
        bonus.push(...group.filter((i) => votes[i] > votes[last]));
        const exact = group.filter((i) => votes[i] === votes[last]);
        const places = left - bonus.length;
        if (exact.length === places) bonus.push(...exact);
        else tie = { tied: exact, places };
        if (votes[group[0]] !== votes[group[group.length - 1]]) {
          setup.steps.push(
            step(`${id}.tieVotes`, {
              tied: sortNames(group.map((i) => lists[i])),
              chosen: sortNames(group.filter((i) => bonus.includes(i)).map((i) => lists[i])),
            }),
          );
        }
      }
    }
    for (const i of bonus) {
      won[i]++;
      if (!order.includes(i)) order.push(i);
    }
    if (bonus.length > 0)
      setup.steps.push(step(`${id}.remainderSeats`, { lists: bonus.map((i) => lists[i]), count: bonus.length }));
    return listResult(id, setup, won, order, tie);
  },
});
