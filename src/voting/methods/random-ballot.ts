/**
 * Random ballot (random dictator), spec section 7: one voter is drawn uniformly among all
 * voters and the first choice on their ballot wins.
 *
 * Ballots with no single first choice (empty ballots, or a shared first rank: an overvote)
 * name nobody: if one is drawn, the draw is repeated. So each candidate's chance is its
 * number of first choices divided by the number of ballots with a single first choice
 * (exact Fractions). If no ballot has a single first choice (or nobody voted), there is
 * nothing to draw: every candidate ties (the tie-break step can then draw among them).
 *
 * Without options.seed: no draw; `probabilities` holds each candidate's exact chance and the
 * winners are the candidates that can be drawn (chance > 0). With a seed: createRng(seed)
 * draws below(n), a position in the line of all n voters, and the line is ordered by ballot
 * (ballots compared as lists of names, in code-unit order), so the same election and seed
 * give the same draw whatever order the ballots or candidates were given in.
 *
 * Not this: drawing among the candidates (that is sortition), or a weighted draw over ballot
 * groups that ignores their counts.
 */
import type { RankedProfile } from '../ballots.ts';
import { defineMethod, type CountOptions } from '../method.ts';
import { createRng } from '../rng.ts';
import { allActive, firstChoices } from '../tallies.ts';
import { byCodeUnit, names, scoreRecord, sortNames, step, tiersFromScores, type Fraction, type Result, type Step } from '../result.ts';

/** Void draws shown one by one; more are summed up in one step. */
const SHOWN_REDRAWS = 10;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function fraction(num: number, den: number): Fraction {
  const d = gcd(num, den) || 1;
  return { num: num / d, den: den / d };
}

/** A ballot as data: one name per rank, shared ranks written "B = C". */
function ballotParam(profile: RankedProfile, g: number): string[] {
  return profile.tiers[g].map((tier) => sortNames(tier.map((c) => profile.candidates[c])).join(' = '));
}

export const randomBallot = defineMethod({
  info: {
    id: 'random-ballot',
    name: { fr: 'Bulletin tiré au sort', en: 'Random ballot' },
    description: {
      fr: 'On tire au hasard un seul bulletin dans l’urne : son premier choix gagne.',
      en: 'One ballot is drawn at random from the box: its first choice wins.',
    },
    ballot: 'ranked',
    family: 'chance',
    winners: 'single',
    random: true,
    // Pareto: a candidate every voter ranks below another is nobody's first choice. Anonymous:
    // the line of voters is ordered by ballot, not by arrival. Not neutral once seeded: the
    // line is ordered by names, so renaming candidates can change which voter is drawn.
    criteria: ['anonymity', 'pareto'],
  },
  count(profile: RankedProfile, options: CountOptions = {}): Result {
    const { candidates, voters: n } = profile;
    const m = candidates.length;
    const { votes, exhausted, overvotes } = firstChoices(profile, allActive(m));
    const valid = n - exhausted - overvotes;
    const scores = scoreRecord(candidates, votes);
    const steps: Step[] = [step('random-ballot.firstChoices', { votes: scores, voters: n })];
    if (exhausted + overvotes > 0) steps.push(step('random-ballot.void', { empty: exhausted, overvotes }));
    const base = { method: 'random-ballot' as const, candidates, seats: 1, scores };

    if (valid === 0) {
      const winners = sortNames(candidates);
      steps.push(step('random-ballot.noValid', { winners }));
      const probabilities = Object.fromEntries(candidates.map((c) => [c, fraction(1, m)]));
      return options.seed === undefined ? { ...base, winners, probabilities, steps } : { ...base, winners, seed: options.seed, steps };
    }

    if (options.seed === undefined) {
      const probabilities: Record<string, Fraction> = {};
      candidates.forEach((c, i) => (probabilities[c] = fraction(votes[i], valid)));
      const winners = names(
        candidates,
        candidates.map((_, c) => c).filter((c) => votes[c] > 0),
      );
      steps.push(step('random-ballot.chances', { valid, votes: scoreRecord(candidates, votes, votes) }));
      return { ...base, winners, ranking: tiersFromScores(candidates, votes), probabilities, steps };
    }

    // The line of voters: groups in canonical ballot order, each repeated `count` times.
    const keys = profile.tiers.map((tiers) => JSON.stringify(tiers.map((t) => sortNames(t.map((c) => candidates[c])))));
    const order = keys.map((_, g) => g).sort((a, b) => byCodeUnit(keys[a], keys[b]));
    const cumulative = new Float64Array(order.length);
    let running = 0;
    order.forEach((g, i) => (cumulative[i] = running += profile.counts[g]));

    const rng = createRng(options.seed);
    steps.push(step('random-ballot.seed', { seed: options.seed, voters: n }));
    let redraws = 0;
    for (;;) {
      const position = rng.below(n);
      // First index whose cumulative count passes the drawn position.
      let lo = 0;
      let hi = order.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > position) hi = mid;
        else lo = mid + 1;
      }
      const g = order[lo];
      const top = profile.tiers[g][0];
      const ballot = ballotParam(profile, g);
      if (top !== undefined && top.length === 1) {
        if (redraws > SHOWN_REDRAWS) steps.push(step('random-ballot.redraws', { count: redraws - SHOWN_REDRAWS }));
        const winners = [candidates[top[0]]];
        steps.push(step('random-ballot.drawn', { voter: position + 1, ballot, winner: winners[0] }));
        return { ...base, winners, seed: options.seed, steps };
      }
      redraws++;
      if (redraws <= SHOWN_REDRAWS) {
        steps.push(ballot.length === 0 ? step('random-ballot.redrawEmpty', { voter: position + 1 }) : step('random-ballot.redraw', { voter: position + 1, ballot }));
      }
    }
  },
});
