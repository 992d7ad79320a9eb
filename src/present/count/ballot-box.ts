/**
 * How the election screen opens its ballot box: a vote cast ballot by ballot, or a recount of
 * ballots already in the box (the runner tells them apart by their rows: scenario/recount.ts).
 * A recount is never staged as a new vote of thousands of ballots; a vote after the ballots
 * changed (the player's ballot, a persuasion) is cast again and says why. A lottery reads no
 * ballot: its box holds the names drawn from, and nobody is staged casting. Pure.
 */
import type { MessageKey } from '../../i18n/index.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import type { BallotLook } from '../flow/scene-set.ts';

export type BoxOpening =
  | { readonly kind: 'cast'; readonly changed: boolean }
  | { readonly kind: 'recount'; readonly ballots: number }
  | { readonly kind: 'draw'; readonly names: number };

export function boxOpening(entry: ElectionEntry): BoxOpening {
  const { counts, candidates } = entry.counted;
  // Sortition alone: no ballot is cast nor recounted, the names are drawn from the box.
  if (counts.length > 0 && counts.every((c) => c.method === 'sortition'))
    return { kind: 'draw', names: candidates.length };
  const from = entry.ballotsFrom;
  if (from?.kind === 'recount') return { kind: 'recount', ballots: entry.counted.voters };
  return { kind: 'cast', changed: from?.kind === 'changed' };
}

/** The keys that name the box's ballots, for one kind of ballot. */
interface BoxWords {
  readonly box: MessageKey;
  readonly line: Readonly<Record<BallotLook['box'], MessageKey>>;
  readonly changed: MessageKey;
}

/**
 * The box's words name what the story votes with and where it lies: the same pebbles in the
 * conch (chapter 2 recounts yesterday's pebble vote), the same papers in the ballot box; a new
 * vote says pebbles changed where they did (chapter 5's graded pebbles).
 */
const BOX_WORDS: Readonly<Record<BallotLook['ballot'], BoxWords>> = {
  paper: {
    box: 'count.recount.box',
    line: { box: 'count.recount.line', conch: 'count.recount.line.conch' },
    changed: 'count.recount.changed',
  },
  pebble: {
    box: 'count.recount.box.pebbles',
    line: { box: 'count.recount.line.pebblesInBox', conch: 'count.recount.line.pebbles' },
    changed: 'count.recount.changed.pebbles',
  },
};

/** The caption under the full box: the same ballots, or the names a lottery draws from. */
export function boxCaption(words: ScenarioWords, opening: BoxOpening, look: BallotLook): string {
  return opening.kind === 'draw'
    ? words.msg('count.draw.box', { count: opening.names })
    : words.msg(BOX_WORDS[look.ballot].box, { count: opening.kind === 'recount' ? opening.ballots : 0 });
}

/** What the screen says of its box before anything else (nothing for a plain first vote). */
export function boxLines(words: ScenarioWords, opening: BoxOpening, look: BallotLook): string[] {
  if (opening.kind === 'recount') return [words.msg(BOX_WORDS[look.ballot].line[look.box], { count: opening.ballots })];
  if (opening.kind === 'draw') return [words.msg('count.draw.line')];
  return opening.changed ? [words.msg(BOX_WORDS[look.ballot].changed)] : [];
}
