/**
 * A show of hands' runoff in the results file: the engine counts only the first show
 * (plurality), so a two-round or successive-shows count adds its own line — the winners of
 * the last show and each option's hands in it (blank for the options no longer in).
 */
import type { MethodId } from '../voting/method.ts';
import type { ClassElection, CountedClass } from './election.ts';
import { runoffOutcome } from './hands.ts';

interface RunoffRow {
  readonly method: MethodId;
  /** Winner indexes (after a draw, when one was made). */
  readonly winners: readonly number[];
  readonly tie: boolean;
  /** The last show's hands per option, in the election's order ('' when not in it). */
  readonly last: readonly (number | '')[];
}

export function handsRunoffRow(election: ClassElection, counted: CountedClass): RunoffRow | undefined {
  const hands = counted.hands;
  if (!hands || hands.runoff === 'none' || hands.shows.length === 0) return undefined;
  const outcome = runoffOutcome(hands, counted.tieSeed);
  // A runoff still waiting for its next show has no result to write.
  if (outcome.pending) return undefined;
  const last = hands.shows[hands.shows.length - 1];
  return {
    method: outcome.method,
    winners: outcome.winners,
    tie: outcome.tie,
    last: election.options.map((_, i) => last[i] ?? ''),
  };
}
