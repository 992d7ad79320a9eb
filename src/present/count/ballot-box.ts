/**
 * How the election screen opens its ballot box: a vote cast ballot by ballot, or a recount of
 * ballots already in the box (the runner tells them apart by their rows: scenario/recount.ts).
 * A recount is never staged as a new vote of thousands of ballots; a vote after the ballots
 * changed (the player's ballot, a persuasion) is cast again and says why. Pure.
 */
import type { ElectionEntry } from '../../scenario/transcript.ts';
import type { ScenarioWords } from '../../scenario/words.ts';

export type BoxOpening =
  { readonly kind: 'cast'; readonly changed: boolean } | { readonly kind: 'recount'; readonly ballots: number };

export function boxOpening(entry: ElectionEntry): BoxOpening {
  const from = entry.ballotsFrom;
  if (from?.kind === 'recount') return { kind: 'recount', ballots: entry.counted.voters };
  return { kind: 'cast', changed: from?.kind === 'changed' };
}

/** What the screen says of its box before anything else (nothing for a plain first vote). */
export function boxLines(words: ScenarioWords, opening: BoxOpening): string[] {
  if (opening.kind === 'recount') return [words.msg('count.recount.line', { count: opening.ballots })];
  return opening.changed ? [words.msg('count.recount.changed')] : [];
}
