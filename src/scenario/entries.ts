/**
 * The transcript's entries: what the runner records as the story goes (what a scene will draw),
 * typed, before any words. ScenarioWords (words.ts) and the transcript (transcript.ts) say them.
 */
import type { MethodId } from '../voting/method.ts';
import type { StepParams } from '../voting/result.ts';
import type { CountedElection } from './count.ts';
import type { Ballot, CastBallot } from './preferences.ts';
import type { BallotsFrom } from './recount.ts';
import type { Answer } from './puzzles.ts';
import type { Pending } from './runner.ts';
import type { EffectData, Mood, ScenePropId, SceneTimeId } from './schema.ts';

export interface ElectionEntry {
  readonly type: 'election';
  readonly election: string;
  readonly prompt?: string;
  readonly mode: 'fixed' | 'choose' | 'compare';
  readonly chosen?: MethodId;
  readonly counted: CountedElection;
  /** A recount of an earlier count's very ballots, or a new vote after they changed (recount.ts); absent: a first vote. */
  readonly ballotsFrom?: BallotsFrom;
}

export type Entry =
  | {
      readonly type: 'move';
      readonly place: string;
      readonly present: readonly string[];
      /** The scene's light and things, when the chapter says them (`scene` in the source). */
      readonly time?: SceneTimeId;
      readonly props?: readonly ScenePropId[];
    }
  | {
      readonly type: 'say';
      readonly speaker?: string;
      readonly text: string;
      readonly mood?: Mood;
      /** The variables when the line was said, for texts that show them (`{insight}`). */
      readonly vars?: Readonly<Record<string, number>>;
    }
  | {
      readonly type: 'choice';
      readonly prompt?: string;
      readonly speaker?: string;
      readonly options: readonly string[];
      readonly picked: number;
    }
  | { readonly type: 'effect'; readonly effect: EffectData }
  | ElectionEntry
  | { readonly type: 'reveal'; readonly election: string; readonly ballots: readonly CastBallot[] }
  | {
      readonly type: 'quiz';
      readonly quiz: string;
      readonly question: string;
      readonly options: readonly string[];
      readonly picked: number;
      readonly correct: boolean;
      readonly feedback?: string;
      /** The variables and count figures the feedback shows, as for a spoken line. */
      readonly vars?: Readonly<Record<string, number>>;
    }
  | {
      readonly type: 'puzzle';
      readonly puzzle: string;
      readonly prompt: string;
      readonly answer: Answer;
      /** The numbered proposals the answer picked from (methods or options), if any. */
      readonly options: readonly string[];
      readonly solved: boolean;
      readonly gaveUp?: boolean;
      readonly key: string;
      readonly params: StepParams;
      readonly attemptsLeft: number;
      readonly hint?: string;
    }
  /** The player's own ballot, gone into the electorate (a `ballot` step). */
  | {
      readonly type: 'ballot';
      readonly ballot: string;
      readonly prompt: string;
      readonly speaker?: string;
      readonly voter: string;
      readonly electorate: string;
      readonly cast: Ballot;
    }
  | { readonly type: 'end'; readonly ending?: string; readonly text?: string }
  | { readonly type: 'waiting'; readonly kind: Pending['kind']; readonly options: readonly string[] }
  | { readonly type: 'error'; readonly key: string; readonly params: StepParams };
