/**
 * The dialogue's flow without Phaser: what each of the player's actions does to the story, and
 * which screen comes up after it. The dialogue scene forwards the actions (through the play's
 * store actions, game/flow/play.ts) and draws the screen it is handed; the journey
 * (journey.ts) takes the same steps, so the Node transcripts follow the game.
 */
import type { Answer, AnswerOutcome, Pending } from '../../scenario/runner.ts';
import type { ElectionEntry, Entry } from '../../scenario/transcript.ts';
import type { ScenarioPlayer } from './player.ts';
import { ballotLook, electionSet, type BallotLook } from './scene-set.ts';

/** What the dialogue shows: a beat, an input, an election (to the count scenes) or the end. */
export type StoryScreen =
  /** A beat of the dialogue: a line, a move, a verdict, the ballots revealed. */
  | { readonly kind: 'beat'; readonly entry: Entry }
  | { readonly kind: 'input'; readonly pending: Pending }
  /** An election, and how its ballots look where the story casts it (pebbles, papers): its texts name them. */
  | { readonly kind: 'election'; readonly entry: ElectionEntry; readonly look: BallotLook }
  /** The chapter is over (its end entry, if it has one), and the ways on from it (on a journey). */
  | { readonly kind: 'end'; readonly entry?: Entry; readonly choices?: EndChoices };

/**
 * The player's actions on the story: `next` when done with a beat (a line read, a move set),
 * `answer` at an input, `leaveElection` when back from an election's results.
 */
export type StoryAction =
  { readonly kind: 'next' } | { readonly kind: 'answer'; readonly answer: Answer } | { readonly kind: 'leaveElection' };

interface StoryStep {
  readonly screen: StoryScreen;
  /** What became of an answer; a refused one (a change the puzzle does not allow) is said, and the input asked again. */
  readonly outcome?: AnswerOutcome;
}

/** Applies one action to the story and says what comes up; an action that does not fit the screen changes nothing. */
export function actOnStory(player: ScenarioPlayer, action: StoryAction): StoryStep {
  const before = storyScreen(player).kind;
  if (action.kind === 'answer') {
    const outcome: AnswerOutcome =
      before === 'input' ? player.answer(action.answer) : { accepted: false, key: 'scenario.answer.notWaiting' };
    return { screen: storyScreen(player), outcome };
  }
  // A beat goes on when the player is done with it; an election once its results are left.
  if (before === (action.kind === 'next' ? 'beat' : 'election')) player.next();
  return { screen: storyScreen(player) };
}

/**
 * Who ends a beat once it is drawn: a line, a verdict or the revealed ballots wait for the
 * player; a move goes on by itself once the scene is set (the crab has walked there).
 */
export function beatEndsBy(entry: Entry): 'player' | 'itself' {
  return entry.type === 'move' ? 'itself' : 'player';
}

/** The story's screen now: an input, an election (to the count scenes), the chapter's end, or a beat to say. */
export function storyScreen(player: ScenarioPlayer): StoryScreen {
  const beat = player.current();
  if (beat.kind === 'input') return { kind: 'input', pending: beat.pending };
  if (beat.kind === 'finished') return { kind: 'end' };
  const e = beat.entry;
  if (e.type === 'election')
    return { kind: 'election', entry: e, look: ballotLook(electionSet(player.runner.transcript, e)) };
  if (e.type === 'end') return { kind: 'end', entry: e };
  return { kind: 'beat', entry: e };
}

/** A chapter as the end screen knows it: the game's own (numbered) or a teacher's file. */
export interface ChapterPlace {
  readonly origin: 'game' | 'file';
  readonly number?: number;
}

/** What the end menu offers (DialogueScene's end, a journey's end screen). */
interface EndChoices {
  readonly next?: number;
  readonly coast: true;
  readonly title: true;
}

/**
 * The ways on from a chapter's end: the coast and the title always; the game's next chapter
 * (by number) after one of the game's chapters, never after a teacher's file.
 */
export function endChoices(chapter: ChapterPlace): EndChoices {
  const next = chapter.origin === 'game' && chapter.number !== undefined ? chapter.number + 1 : undefined;
  return { ...(next !== undefined ? { next } : {}), coast: true, title: true };
}
