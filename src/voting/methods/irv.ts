/**
 * irv: instant-runoff voting (Hare, alternative vote), docs/voting-rules.md §2.4, §5 and §8.
 *
 * Variant: each round, a candidate with first_S(c) >= q wins at once (checked before every
 * elimination, round 1 included); otherwise ALL candidates tied for the fewest first
 * choices (zero included) leave together; if every remaining candidate is tied, they all
 * win. Not this: one elimination per round with a tie-break (lot, earlier rounds,
 * alphabetical), nor "parallel-universe" IRV (the union over every elimination order).
 *
 * Incomplete ballots (section 5): a ballot counts for the single candidate at its highest
 * rank among those still in; several continuing candidates sharing that rank (an overvote)
 * count for nobody this round; a ballot with no continuing candidate is exhausted. The
 * majority is q = floor(c/2)+1 where c = the ballots not exhausted this round (overvoted
 * ballots are not exhausted, so they stay in c); with complete ballots c = n.
 *
 * Official tie-break (section 8, "look back at earlier rounds"): among tied candidates,
 * those with more first choices at the most recent earlier round where they differed come
 * first; candidates that never differed stay tied (a lot then decides).
 */
import type { RankedProfile } from '../ballots.ts';
import { defineMethod, type OfficialTieBreak } from '../method.ts';
import { argBest, sortNames, step, type Result, type Step } from '../result.ts';
import { FirstChoiceTracker, majorityQuota } from '../tallies.ts';
import { activeRecord, countActive, runElimination, transferredParam, type EliminationOutcome } from './elimination.ts';

/** The count itself, with its rounds (the official tie-break looks back at them). */
function irvRounds(profile: RankedProfile): EliminationOutcome {
  const { candidates } = profile;
  // First choices are moved ballot by ballot as candidates leave, not recounted each round.
  const tally = new FirstChoiceTracker(profile);
  return runElimination(profile, false, (active, round) => {
    const leaving = tally.sync(active);
    const votes = tally.votes.slice(); // this round's figure (the tracker moves on)
    const { exhausted, overvotes } = tally;
    const continuing = profile.voters - exhausted;
    const quota = majorityQuota(continuing);
    const steps: Step[] = [
      step('irv.round', {
        round,
        votes: activeRecord(candidates, votes, active),
        quota,
        continuing,
        exhausted,
        overvotes,
        ...transferredParam(candidates, leaving, tally.moved),
      }),
    ];
    if (exhausted > 0) steps.push(step('irv.exhausted', { round, count: exhausted }));
    if (overvotes > 0) steps.push(step('irv.overvotes', { round, count: overvotes }));
    const top = argBest(votes, false, active);
    if (top.length === 1 && votes[top[0]] >= quota) {
      steps.push(step('irv.majority', { round, winner: candidates[top[0]], votes: votes[top[0]], quota }));
      return { figure: votes, winners: top, steps };
    }
    const lowest = argBest(votes, true, active);
    const who = sortNames(lowest.map((c) => candidates[c]));
    if (lowest.length === countActive(active)) {
      steps.push(step('irv.allTied', { round, winners: who, count: who.length, votes: votes[lowest[0]] }));
      return { figure: votes, winners: lowest, steps };
    }
    steps.push(step('irv.eliminated', { round, eliminated: who, count: who.length, votes: votes[lowest[0]] }));
    return { figure: votes, remove: lowest, steps };
  });
}

export const irv = defineMethod({
  info: {
    id: 'irv',
    name: { fr: 'Vote alternatif (second tour instantané)', en: 'Instant-runoff voting' },
    description: {
      fr: 'À chaque tour, le candidat qui a le moins de premiers choix est retiré et ses bulletins passent au choix suivant, jusqu’à ce qu’un candidat ait la majorité.',
      en: 'Each round, the candidate with the fewest first choices is dropped and those ballots move to their next choice, until someone has a majority.',
    },
    ballot: 'ranked',
    family: 'runoff',
    winners: 'single',
    // A round per candidate, each showing the candidates still in (docs/voting-rules.md §10).
    maxCandidates: 2000,
    // Not condorcet-loser: removing a tied-lowest group at once can leave the Condorcet loser
    // alone (4 × L>…, 3 × A>B>L, 3 × B>A>L: A and B leave together, L wins).
    criteria: ['anonymity', 'neutrality', 'majority', 'pareto'],
  },
  count(profile): Result {
    const outcome = irvRounds(profile);
    const winners = sortNames(outcome.winners.map((c) => profile.candidates[c]));
    const steps = [...outcome.steps, step('irv.winners', { winners, count: winners.length })];
    return {
      method: 'irv',
      candidates: profile.candidates,
      winners,
      seats: 1,
      ranking: outcome.ranking,
      scores: outcome.scores,
      ...(winners.length > 1 ? { tie: { tied: winners, places: 1 } } : {}),
      steps,
    };
  },
  officialTieBreak(profile, _result, tied, places): OfficialTieBreak {
    const { candidates } = profile;
    const { rounds } = irvRounds(profile);
    const chosen: string[] = [];
    const stillTied: string[] = [];
    const steps: Step[] = [];
    const index = new Map(candidates.map((name, c) => [name, c]));
    const group = tied.map((name) => index.get(name)).filter((c): c is number => c !== undefined);

    // Settle `group` for `left` places using rounds strictly before `before` (0-based).
    const settle = (members: number[], left: number, before: number): void => {
      if (left >= members.length) {
        chosen.push(...sortNames(members.map((c) => candidates[c])));
        return;
      }
      for (let r = before - 1; r >= 0; r--) {
        const { active, figure } = rounds[r];
        if (!figure || !members.every((c) => active[c])) continue;
        if (members.every((c) => figure[c] === figure[members[0]])) continue;
        const mask = new Uint8Array(candidates.length);
        for (const c of members) mask[c] = 1;
        steps.push(step('irv.tieBreakRound', { round: r + 1, votes: activeRecord(candidates, figure, mask) }));
        const levels = [...new Set(members.map((c) => figure[c]))].sort((a, b) => b - a);
        for (const level of levels) {
          if (left <= 0) return;
          const sub = members.filter((c) => figure[c] === level);
          if (sub.length <= left) {
            chosen.push(...sortNames(sub.map((c) => candidates[c])));
            left -= sub.length;
          } else {
            settle(sub, left, r);
            return;
          }
        }
        return;
      }
      const who = sortNames(members.map((c) => candidates[c]));
      steps.push(step('irv.tieBreakNever', { candidates: who }));
      stillTied.push(...who);
    };
    if (places > 0) settle(group, places, rounds.length);
    if (chosen.length > 0) steps.push(step('irv.tieBreakChosen', { chosen, count: chosen.length }));
    if (stillTied.length > 0)
      steps.push(step('irv.tieBreakStillTied', { stillTied: sortNames(stillTied), count: stillTied.length }));
    return { chosen, stillTied: sortNames(stillTied), steps };
  },
});
