/**
 * Sortition, docs/voting-rules.md §7.2: k members are drawn by lot from the population (here: the
 * candidates; ballots, if any, are ignored), optionally in strata with fixed numbers of seats
 * (e.g. as many crabs as shrimps).
 *
 * The draw: one generator createRng(seed) for the whole count; the strata are drawn in the
 * order given, then (if k is larger than the strata's seats) the candidates in no stratum fill
 * the remaining seats. Inside a pool the members are listed in code-unit order of their names,
 * and each draw takes position below(pool size) and removes it (draw without replacement), so
 * the same population, strata and seed always give the same draw, whatever order the
 * candidates were listed in. Without options.seed a fresh seed is made and returned in
 * result.seed so that the draw can be replayed.
 *
 * Defaults: k = options.seats, or the strata's total when strata are given, or 1.
 * Not this: weighted lotteries, or drawing among ballots (that is random-ballot).
 */
import type { Profile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { defineMethod, type CountOptions, type Stratum } from '../method.ts';
import { createRng, freshSeed, type Rng } from '../rng.ts';
import { sortNames, step, type Result, type Step } from '../result.ts';
import { MAX_CANDIDATES } from '../limits.ts';

function seatsError(value: unknown, path: string): VotingError {
  return new VotingError(
    'error.seats',
    'the number of seats must be a whole number of at least 1',
    { value: String(value) },
    path,
  );
}

/** Checks the strata against the population; returns the members outside every stratum. */
function checkStrata(candidates: readonly string[], strata: readonly Stratum[]): string[] {
  const known = new Set(candidates);
  const placed = new Set<string>();
  strata.forEach((stratum, i) => {
    const members = Array.isArray(stratum.members) ? stratum.members : [];
    members.forEach((name, j) => {
      if (!known.has(name)) {
        throw new VotingError(
          'sortition.unknownMember',
          `unknown member "${name}" in stratum "${stratum.name}"`,
          { name, stratum: stratum.name },
          `strata[${i}].members[${j}]`,
        );
      }
      if (placed.has(name)) {
        throw new VotingError(
          'sortition.memberTwice',
          `"${name}" is in two strata`,
          { name },
          `strata[${i}].members[${j}]`,
        );
      }
      placed.add(name);
    });
    if (!Number.isSafeInteger(stratum.seats) || stratum.seats < 0 || stratum.seats > members.length) {
      throw new VotingError(
        'sortition.stratumSeats',
        `stratum "${stratum.name}" needs a whole number of seats from 0 to its ${members.length} members`,
        { stratum: stratum.name, seats: String(stratum.seats), members: members.length },
        `strata[${i}].seats`,
      );
    }
  });
  return candidates.filter((c) => !placed.has(c));
}

/** Draws `seats` names from the pool (in code-unit order), one explanation step each. */
function drawFrom(pool: readonly string[], seats: number, rng: Rng, steps: Step[], stratum?: string): string[] {
  const left = sortNames(pool);
  const chosen: string[] = [];
  for (let d = 1; d <= seats; d++) {
    const size = left.length;
    const index = rng.below(size);
    const [name] = left.splice(index, 1);
    chosen.push(name);
    const params = { draw: d, pool: size, position: index + 1, name };
    steps.push(
      stratum === undefined ? step('sortition.draw', params) : step('sortition.stratumDraw', { ...params, stratum }),
    );
  }
  return chosen;
}

export const sortition = defineMethod({
  info: {
    id: 'sortition',
    name: { fr: 'Tirage au sort', en: 'Sortition' },
    description: {
      fr: 'Pas de vote : on tire au sort qui siégera, parfois avec un nombre fixé par groupe.',
      en: 'No vote at all: the members are drawn by lot, sometimes with a fixed number per group.',
    },
    ballot: 'any',
    family: 'chance',
    winners: 'multi',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    // Seats: refused beyond the candidates by the method itself (sortition.tooManySeats), strata included.
    random: true,
    // Ballots are ignored, so no criterion about them is claimed.
    criteria: [],
  },
  count(profile: Profile, options: CountOptions = {}): Result {
    const { candidates } = profile;
    const strata = options.strata ?? [];
    const others = checkStrata(candidates, strata);
    const strataSeats = strata.reduce((s, st) => s + st.seats, 0);
    const seats = options.seats ?? (strata.length > 0 ? strataSeats : 1);
    if (!Number.isSafeInteger(seats) || seats < 1) throw seatsError(seats, 'seats');
    if (seats < strataSeats) {
      throw new VotingError(
        'sortition.strataSeats',
        `the strata need ${strataSeats} seats but only ${seats} are drawn`,
        { seats, strata: strataSeats },
        'seats',
      );
    }
    const rest = seats - strataSeats;
    if (rest > others.length) {
      const population = strata.length > 0 ? others.length : candidates.length;
      throw new VotingError(
        'sortition.tooManySeats',
        `cannot draw ${rest} from ${population}`,
        { seats: rest, population },
        'seats',
      );
    }
    const fresh = options.seed === undefined;
    const seed = options.seed ?? freshSeed();
    const rng = createRng(seed);
    const steps: Step[] = [
      step('sortition.population', { population: sortNames(candidates), seats }),
      step(fresh ? 'sortition.freshSeed' : 'sortition.seed', { seed }),
    ];
    const elected: string[] = [];
    for (const stratum of strata) {
      steps.push(
        step('sortition.stratum', { stratum: stratum.name, members: sortNames(stratum.members), seats: stratum.seats }),
      );
      elected.push(...drawFrom(stratum.members, stratum.seats, rng, steps, stratum.name));
    }
    if (rest > 0) {
      if (strata.length > 0) steps.push(step('sortition.others', { members: sortNames(others), seats: rest }));
      elected.push(...drawFrom(others, rest, rng, steps));
    }
    const winners = sortNames(elected);
    steps.push(step('sortition.chosen', { winners }));
    return { method: 'sortition', candidates, winners, seats, elected, seed, steps };
  },
});
