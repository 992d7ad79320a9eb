/**
 * Random ballot (random dictator), docs/voting-rules.md §7.1: one voter is drawn uniformly among all
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
import { VotingError } from '../errors.ts';
import { defineMethod, type CountOptions } from '../method.ts';
import { createRng } from '../rng.ts';
import { allActive, firstChoices } from '../tallies.ts';
import {
  byCodeUnit,
  names,
  scoreRecord,
  sortNames,
  step,
  tiersFromScores,
  type Fraction,
  type Result,
  type Step,
} from '../result.ts';
import { MAX_CANDIDATES } from '../limits.ts';

/** Void draws shown one by one; more are summed up in one step. */
const SHOWN_REDRAWS = 10;

/**
 * Draws repeated at most (docs/voting-rules.md §10): when almost every ballot names nobody (one
 * valid ballot among a billion empty ones), the draw would otherwise repeat for ever. With at
 * least one valid ballot in a thousand, the chance of reaching it is below e^-100.
 */
export const MAX_REDRAWS = 100_000;

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

/**
 * The groups in canonical ballot order: ballots compared as the JSON text of their ranks
 * written as lists of names (names sorted in code-unit order inside a shared rank), in
 * code-unit order. Comparing those texts is comparing token lists, without building them:
 * a JSON-quoted name is never a prefix of another, so two names compare as their quoted
 * texts; after a name, "," (another name of the same rank) sorts before "]" (the rank ends);
 * after a rank, "," (another rank) sorts before "]" (the ballot ends), and "[[" before "[]".
 * So each ballot is a list of digits: 2·q(c) for a name followed by another of its rank,
 * 2·q(c)+1 for the last name of a rank, q = the place of the quoted name, then 2m to end,
 * compared as numbers in base 2m+1: no string is built and no comparator runs in the common
 * case. fast-paths.test.ts checks the order against the JSON texts with awkward names.
 */
export function ballotLineOrder(profile: RankedProfile): Int32Array {
  const { candidates, tiers } = profile;
  const m = candidates.length;
  const groups = tiers.length;
  const byText = (texts: readonly string[]): Int32Array => {
    const idx = texts.map((_, c) => c).sort((a, b) => byCodeUnit(texts[a], texts[b]));
    const place = new Int32Array(m);
    idx.forEach((c, i) => (place[c] = i));
    return place;
  };
  const quoted = byText(candidates.map((name) => JSON.stringify(name)));
  const raw = byText(candidates);
  const base = 2 * m + 1;
  const { ranks, complete } = profile;
  /** Writes group g's digits into `out` and returns how many there are. */
  const digitsOf = (g: number, out: Int32Array): number => {
    if (complete) {
      // Strict and complete: the rank vector gives the position of each candidate.
      for (let c = 0, at = g * m; c < m; c++, at++) out[ranks[at]] = 2 * quoted[c] + 1;
      out[m] = 2 * m;
      return m + 1;
    }
    let d = 0;
    const list = tiers[g];
    for (let t = 0; t < list.length; t++) {
      const tier = list[t];
      if (tier.length === 1) {
        out[d++] = 2 * quoted[tier[0]] + 1;
        continue;
      }
      // A shared rank: its names in code-unit order (an insertion sort in place, no garbage).
      const start = d;
      for (let i = 0; i < tier.length; i++) {
        const c = tier[i];
        let j = d++;
        while (j > start && raw[out[j - 1]] > raw[c]) {
          out[j] = out[j - 1];
          j--;
        }
        out[j] = c;
      }
      for (let j = start; j < d; j++) out[j] = 2 * quoted[out[j]] + (j === d - 1 ? 1 : 0);
    }
    out[d++] = 2 * m;
    return d;
  };
  let longest = 0;
  for (let g = 0; g < groups; g++) {
    let size = 1;
    if (complete) size += m;
    else for (let t = 0, list = tiers[g]; t < list.length; t++) size += list[t].length;
    if (size > longest) longest = size;
  }
  // The leading digits that fit in a double beside the group index: one native numeric sort
  // of (digits, group) orders the ballots; runs with the same leading digits (rare, and
  // none when whole lists fit) are then ordered by the remaining digits.
  const limit = 2 ** 53 / Math.max(groups, 1);
  let width = 0;
  let scale = 1;
  while (width < longest && scale * base <= limit) {
    scale *= base;
    width++;
  }
  const one = new Int32Array(longest);
  const packed = new Float64Array(groups);
  for (let g = 0; g < groups; g++) {
    const size = digitsOf(g, one);
    let key = 0;
    for (let d = 0; d < width; d++) key = key * base + (d < size ? one[d] : 0); // zeros after the end
    packed[g] = key * groups + g;
  }
  packed.sort();
  const order = new Int32Array(groups);
  for (let i = 0; i < groups; i++) order[i] = packed[i] % groups;
  if (width === longest) return order;
  const other = new Int32Array(longest);
  const rest = (a: number, b: number): number => {
    const sa = digitsOf(a, one);
    const sb = digitsOf(b, other);
    for (let i = width; i < sa && i < sb; i++) if (one[i] !== other[i]) return one[i] - other[i];
    return 0;
  };
  for (let i = 0; i < groups;) {
    const key = packed[i] - order[i]; // the leading digits times `groups` (exact)
    let j = i + 1;
    while (j < groups && packed[j] - order[j] === key) j++;
    if (j - i > 1) order.set(order.slice(i, j).sort(rest), i);
    i = j;
  }
  return order;
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
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
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
      return options.seed === undefined
        ? { ...base, winners, probabilities, steps }
        : { ...base, winners, seed: options.seed, steps };
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
    const order = ballotLineOrder(profile);
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
      if (top !== undefined && top.length === 1) {
        if (redraws > SHOWN_REDRAWS) steps.push(step('random-ballot.redraws', { count: redraws - SHOWN_REDRAWS }));
        const winners = [candidates[top[0]]];
        steps.push(
          step('random-ballot.drawn', { voter: position + 1, ballot: ballotParam(profile, g), winner: winners[0] }),
        );
        return { ...base, winners, seed: options.seed, steps };
      }
      redraws++;
      if (redraws <= SHOWN_REDRAWS) {
        const ballot = ballotParam(profile, g);
        steps.push(
          ballot.length === 0
            ? step('random-ballot.redrawEmpty', { voter: position + 1 })
            : step('random-ballot.redraw', { voter: position + 1, ballot }),
        );
      }
      if (redraws >= MAX_REDRAWS) {
        throw new VotingError(
          'random-ballot.tooManyRedraws',
          `no ballot with a single first choice in ${MAX_REDRAWS} draws`,
          {
            count: MAX_REDRAWS,
            valid,
            voters: n,
          },
        );
      }
    }
  },
});
