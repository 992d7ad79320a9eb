/**
 * What every method returns: the untied winner set, a ranking in tiers where the method
 * defines one, the explanation as data (message keys with parameters, docs/voting-rules.md §9), and,
 * once a tie-break policy has been applied, the tie-break record (docs/voting-rules.md §8).
 */
import type { MethodId } from './method.ts';
import type { Step, StepCatalogue, StepKey, StepOf } from './steps.ts';

/** Explanation parameters are plain data: candidate names, whole numbers, lists, records. */
export type Param = string | number | boolean | null | readonly Param[] | { readonly [key: string]: Param };
export type StepParams = { readonly [key: string]: Param };

export type { Step, StepOf } from './steps.ts';

/** A message key with its parameters: a step, or an engine error's code and parameters. */
export type KeyedMessage = { readonly key: string; readonly params: StepParams };

/** An exact fraction, for probabilities and quotas (the engine uses no floating point). */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

export type TieBreakPolicy = 'none' | 'lot' | 'official';

export interface TieBreakRecord {
  readonly policy: TieBreakPolicy;
  /** The candidates that were tied for the places left. */
  readonly tied: readonly string[];
  /** How many of them had to be chosen. */
  readonly places: number;
  /**
   * The whole winner set after the step: for a committee, the already elected plus the ones
   * chosen from the tie; under `none`, every tied candidate stays in.
   */
  readonly chosen: readonly string[];
  /** The ones taken from `tied` for the places (all of `tied` under `none`). */
  readonly fromTie: readonly string[];
  /** The seed of the draw, shown to the players, when a lot was drawn. */
  readonly seed?: string;
  readonly steps: readonly Step[];
  /** False when the policy left the tie in place (policy `none`). */
  readonly resolved: boolean;
}

export interface Result {
  readonly method: MethodId;
  readonly candidates: readonly string[];
  /**
   * Every candidate the rule selects, sorted in code-unit order; never tie-broken.
   * For a committee: the elected, plus every candidate tied for the last places.
   */
  readonly winners: readonly string[];
  /** Seats to fill (1 for one-winner methods). */
  readonly seats: number;
  /** Committees: the elected in order of election (without the tied ones). */
  readonly elected?: readonly string[];
  /** Party lists: seats won by each list. */
  readonly seatsByList?: Readonly<Record<string, number>>;
  /** All candidates in tiers, best first, where the method defines an order. */
  readonly ranking?: readonly (readonly string[])[];
  /** The method's main figure per candidate, for charts (points, votes, wins...). */
  readonly scores?: Readonly<Record<string, number>>;
  /** A tie for the last place(s), left for the tie-break step. */
  readonly tie?: { readonly tied: readonly string[]; readonly places: number };
  /** Chance methods: the exact probability of each candidate, when no seed was given. */
  readonly probabilities?: Readonly<Record<string, Fraction>>;
  /** Chance methods: the seed used for the draw. */
  readonly seed?: string;
  readonly steps: readonly Step[];
  readonly tieBreak?: TieBreakRecord;
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortNames(names: Iterable<string>): string[] {
  return [...names].sort(byCodeUnit);
}

/** The winners after the tie-break step, if one was applied. */
export function finalWinners(result: Result): readonly string[] {
  return result.tieBreak ? result.tieBreak.chosen : result.winners;
}

/** The steps with one key, with their parameters typed (for readers that look for one kind of step). */
export function stepsWithKey<K extends StepKey>(steps: readonly Step[], key: K): StepOf<K>[] {
  return steps.filter((s): s is StepOf<K> => s.key === key);
}

/** A step of the explanation; its parameters are checked against the key's (steps.ts). */
export function step<K extends StepKey>(
  key: K,
  ...params: keyof StepCatalogue[K] extends never ? [params?: StepCatalogue[K]] : [params: StepCatalogue[K]]
): Step {
  return { key, params: params[0] ?? {} } as Step;
}

/** Names of the candidates whose index is set in a mask or listed. */
export function names(candidates: readonly string[], indices: Iterable<number>): string[] {
  return sortNames(Array.from(indices, (c) => candidates[c]));
}

/** A record name → value for explanations and charts. */
export function scoreRecord(
  candidates: readonly string[],
  values: ArrayLike<number>,
  only?: ArrayLike<number>,
): Record<string, number> {
  const out: Record<string, number> = {};
  candidates.forEach((name, c) => {
    if (!only || only[c]) out[name] = values[c];
  });
  return out;
}

/**
 * Tiers from scores, best first (higher is better unless `lowerIsBetter`); candidates with
 * equal scores share a tier.
 */
export function tiersFromScores(
  candidates: readonly string[],
  values: ArrayLike<number>,
  lowerIsBetter = false,
): string[][] {
  const order = candidates
    .map((_, c) => c)
    .sort((a, b) => (lowerIsBetter ? values[a] - values[b] : values[b] - values[a]));
  const tiers: string[][] = [];
  let last: number | undefined;
  for (const c of order) {
    if (last === undefined || values[c] !== last) tiers.push([]);
    tiers[tiers.length - 1].push(candidates[c]);
    last = values[c];
  }
  return tiers.map((t) => sortNames(t));
}

/** Indices of the candidates with the best value (ties kept). */
export function argBest(values: ArrayLike<number>, lowerIsBetter = false, only?: ArrayLike<number>): number[] {
  let best: number | undefined;
  let out: number[] = [];
  for (let c = 0; c < values.length; c++) {
    if (only && !only[c]) continue;
    const v = values[c];
    if (best === undefined || (lowerIsBetter ? v < best : v > best)) {
      best = v;
      out = [c];
    } else if (v === best) out.push(c);
  }
  return out;
}
