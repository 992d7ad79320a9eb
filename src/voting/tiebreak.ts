/**
 * The separate, visible tie-break step (docs/voting-rules.md §8), applied after a method has counted.
 * Methods never break ties; this step records how a tie was settled, so that a player sees
 * that a tie happened and which rule settled it.
 *
 * What is tied: for a one-winner method, its winners when there are two or more (1 place);
 * for a committee, `result.tie` (tied candidates and places left). Methods returning a set
 * (Smith set, Condorcet winner...) are never tie-broken. No tie: the result comes back as is.
 *
 * Policies:
 * - `none`: the tie is recorded and left in place (chosen = every winner, resolved = false).
 * - `lot`: draw by lot with the seeded generator (freshSeed() when no seed is given; the seed
 *   is always recorded and shown). The tied are listed in code-unit order of their names and
 *   each draw takes position below(pool size) out of the pool, without replacement.
 * - `official`: the method's own rule (method.officialTieBreak), then a lot among what it
 *   still leaves tied for the places left; a method without an official rule goes straight to
 *   the lot, and a step says so.
 * A lottery that has not been drawn (random-ballot counted without a seed) is not settled by
 * drawing among its possible winners, which would ignore their chances: `lot` and `official`
 * make the method's own draw with the seed instead.
 *
 * `chosen` is the full winner set after the step (for a committee: the candidates elected
 * outside the tie plus those chosen among the tied), so that finalWinners() is right for
 * every method.
 */
import type { Profile } from './ballots.ts';
import { countProfile, officialTieBreakOf, type VotingMethod } from './method.ts';
import { createRng, freshSeed } from './rng.ts';
import { sortNames, step, type Result, type Step, type TieBreakPolicy, type TieBreakRecord } from './result.ts';

/** The tie the step must settle, or undefined. */
export function pendingTie(method: VotingMethod, result: Result): { tied: string[]; places: number } | undefined {
  if (method.info.winners === 'set') return undefined;
  if (method.info.winners === 'single')
    return result.winners.length >= 2 ? { tied: sortNames(result.winners), places: 1 } : undefined;
  const tie = result.tie;
  if (!tie || tie.places < 1 || tie.tied.length <= tie.places) return undefined;
  return { tied: sortNames(tie.tied), places: tie.places };
}

/** Draws `places` of `pool` (listed in code-unit order) with createRng(seed), one step per draw. */
function drawLot(pool: readonly string[], places: number, seed: string, steps: Step[]): string[] {
  const rng = createRng(seed);
  const left = sortNames(pool);
  steps.push(step('tiebreak.lot', { seed, tied: [...left], places }));
  const chosen: string[] = [];
  for (let d = 1; d <= places && left.length > 0; d++) {
    const size = left.length;
    const index = rng.below(size);
    const [name] = left.splice(index, 1);
    chosen.push(name);
    steps.push(step('tiebreak.draw', { draw: d, pool: size, position: index + 1, name }));
  }
  return chosen;
}

export function applyTieBreak(
  method: VotingMethod,
  profile: Profile,
  result: Result,
  policy: TieBreakPolicy,
  seed?: string,
): Result {
  const tie = pendingTie(method, result);
  if (!tie) return result;
  const { tied, places } = tie;
  // Winners already sure of a seat stay winners whatever the draw: committee members elected
  // before the tie, and lists that hold seats while tying for one more.
  const sure = new Set(
    result.seatsByList
      ? Object.keys(result.seatsByList).filter((list) => (result.seatsByList?.[list] ?? 0) > 0)
      : (result.elected ?? []),
  );
  const outside = result.winners.filter((w) => sure.has(w) || !tied.includes(w));
  const steps: Step[] = [step('tiebreak.tie', { tied, places })];
  const record = (fromTie: readonly string[], resolved: boolean, drawSeed?: string): Result => {
    const chosen = sortNames(new Set([...outside, ...fromTie]));
    if (resolved) steps.push(step('tiebreak.chosen', { chosen }));
    const tieBreak: TieBreakRecord = {
      policy,
      tied,
      places,
      chosen,
      fromTie: sortNames(fromTie),
      steps,
      resolved,
      ...(drawSeed === undefined ? {} : { seed: drawSeed }),
    };
    return { ...result, tieBreak };
  };

  if (policy === 'none') {
    steps.push(step('tiebreak.none', { tied, places }));
    return record(tied, false);
  }
  const drawSeed = seed ?? freshSeed();

  if (method.info.random && result.probabilities && result.seed === undefined) {
    // An undrawn lottery: make the method's own draw, with its chances.
    steps.push(step('tiebreak.lottery', { method: method.info.id, seed: drawSeed }));
    const drawn = countProfile(method, profile, { seed: drawSeed });
    // The draw's own explanation, without the figures the count already showed.
    let shared = 0;
    while (
      shared < drawn.steps.length &&
      shared < result.steps.length &&
      sameStep(drawn.steps[shared], result.steps[shared])
    )
      shared++;
    steps.push(...drawn.steps.slice(shared));
    const winners = sortNames(drawn.winners);
    if (winners.length <= places) return record(winners, true, drawSeed);
    return record(drawLot(winners, places, drawSeed, steps), true, drawSeed);
  }

  if (policy === 'lot') return record(drawLot(tied, places, drawSeed, steps), true, drawSeed);

  if (!method.officialTieBreak) {
    steps.push(step('tiebreak.noOfficial', { method: method.info.id }));
    return record(drawLot(tied, places, drawSeed, steps), true, drawSeed);
  }
  steps.push(step('tiebreak.official', { method: method.info.id }));
  const official = officialTieBreakOf(method, profile, result, tied, places)!;
  steps.push(...official.steps);
  const chosen = official.chosen.filter((c) => tied.includes(c)).slice(0, places);
  const left = places - chosen.length;
  if (left === 0) return record(chosen, true);
  const still = official.stillTied.filter((c) => tied.includes(c) && !chosen.includes(c));
  // An official rule that names too few still-tied candidates leaves the rest of the tie open.
  const pool = still.length >= left ? still : tied.filter((c) => !chosen.includes(c));
  if (pool.length <= left) return record([...chosen, ...pool], true);
  steps.push(step('tiebreak.officialStillTied', { tied: sortNames(pool), places: left }));
  return record([...chosen, ...drawLot(pool, left, drawSeed, steps)], true, drawSeed);
}

function sameStep(a: Step, b: Step): boolean {
  return a.key === b.key && JSON.stringify(a.params) === JSON.stringify(b.params);
}
