/**
 * A chapter's whole journey without Phaser: title → coast → dialogue → election → count →
 * results → back to the coast, as the scenes go from one to the next. It is driven by the
 * player's own actions (`next`, `answer`) and says which screen is up, with the same
 * view-models the scenes draw (the player's beats, the count frames, the comparison). Every
 * move from one screen to the next is decided here, and the scenes ask the same functions:
 * the coast a chapter opens on (`coastScreen`: CoastScene), the dialogue's screens and what the
 * player's actions do to them (story.ts: `actOnStory`, `storyScreen`, `endChoices`, through the
 * play's store actions), the count screens (`afterElection`, `afterFrame`: ElectionScene,
 * CountScene) and leaving the results (`afterResults`: the play's store action). So the Node
 * transcripts (flow/journey.test.ts) follow the game, not a copy of it.
 */
import type { Answer, AnswerOutcome } from '../../scenario/runner.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';
import type { MethodId } from '../../voting/method.ts';
import { compareCounts, type Comparison } from '../count/compare.ts';
import { countFrames } from '../count/frames.ts';
import type { CountFrame } from '../count/views.ts';
import { primaryMethod } from '../count/voters.ts';
import { ScenarioPlayer } from './player.ts';
import { actOnStory, endChoices, storyScreen, type ChapterPlace, type StoryScreen } from './story.ts';
import { placeOnMap, type CoastPlace } from './world.ts';

export type Screen =
  | { readonly kind: 'title' }
  /** The coast's map, with the story's place on it (where the dialogue goes on). */
  | { readonly kind: 'coast'; readonly place: CoastPlace }
  /** The dialogue's screens: a beat (a line, a move, a verdict, the ballots revealed), an input, an election, the end. */
  | StoryScreen
  | {
      readonly kind: 'count';
      readonly entry: ElectionEntry;
      readonly method: MethodId;
      readonly frames: readonly CountFrame[];
      readonly at: number;
    }
  | {
      readonly kind: 'results';
      readonly entry: ElectionEntry;
      readonly comparison: Comparison;
      readonly focus?: MethodId;
    };

/** Where the election screen leads (ElectionScene): a count of the method it is about, or the comparison. */
export function afterElection(
  entry: ElectionEntry,
): { readonly kind: 'count'; readonly method: MethodId } | { readonly kind: 'results' } {
  const method = primaryMethod(entry);
  return entry.mode === 'compare' || !method ? { kind: 'results' } : { kind: 'count', method };
}

/** Where "next" leads from a count's frame (CountScene): the next frame, or the comparison after the last. */
export function afterFrame(
  at: number,
  frames: number,
): { readonly kind: 'frame'; readonly at: number } | { readonly kind: 'results' } {
  return at < frames - 1 ? { kind: 'frame', at: at + 1 } : { kind: 'results' };
}

/** The coast while a chapter is played: the story's place on the map, where the crab stands and the dialogue goes on. */
export function coastScreen(player: ScenarioPlayer): Extract<Screen, { kind: 'coast' }> {
  return { kind: 'coast', place: placeOnMap(player.lastMove()?.place) };
}

/** Leaving the results of a chapter's election: the story goes on after it, back on the coast. */
export function afterResults(player: ScenarioPlayer): Extract<Screen, { kind: 'coast' }> {
  actOnStory(player, { kind: 'leaveElection' });
  return coastScreen(player);
}

/** The frames of one method's count in an election (none when the method refused it). */
function framesOf(entry: ElectionEntry, method: MethodId): CountFrame[] {
  const result = entry.counted.counts.find((k) => k.method === method)?.result;
  return result ? countFrames(result) : [];
}

export class Journey {
  private player: ScenarioPlayer | undefined;
  private screen: Screen = { kind: 'title' };
  private readonly answers: Answer[] = [];

  constructor(
    readonly scenario: ScenarioData,
    /** The game's own chapter (its number is the scenario's `chapter`) or a teacher's file. */
    readonly origin: ChapterPlace['origin'] = 'game',
  ) {}

  get current(): Screen {
    return this.screen;
  }

  /** The answers given so far (what the store keeps of a run). */
  get given(): readonly Answer[] {
    return this.answers;
  }

  /** The player's "next" on the screen that is up (on the title: play the chapter). */
  next(): Screen {
    const s = this.screen;
    switch (s.kind) {
      case 'title':
        this.player = ScenarioPlayer.start(this.scenario, {
          recordAnswer: (a) => void this.answers.push(a),
          saveBookmark: () => undefined,
        });
        return this.show(this.coast());
      case 'coast':
        return this.show(this.beat());
      case 'beat':
        actOnStory(this.story(), { kind: 'next' });
        return this.show(this.beat());
      case 'election': {
        const to = afterElection(s.entry);
        return this.show(to.kind === 'count' ? this.count(s.entry, to.method) : this.results(s.entry));
      }
      case 'count': {
        const to = afterFrame(s.at, s.frames.length);
        return this.show(to.kind === 'frame' ? { ...s, at: to.at } : this.results(s.entry, s.method));
      }
      case 'results':
        return this.show(afterResults(this.story()));
      case 'input':
      case 'end':
        return s;
    }
  }

  /** A choice at an input; a refused answer leaves the input up. */
  answer(answer: Answer): AnswerOutcome {
    if (this.screen.kind !== 'input') return { accepted: false, key: 'scenario.answer.notWaiting' };
    const { outcome } = actOnStory(this.story(), { kind: 'answer', answer });
    this.show(this.beat());
    return outcome ?? { accepted: false, key: 'scenario.answer.notWaiting' };
  }

  /** From the results, one method's count (the results screen's drill-down). */
  drillDown(method: MethodId): Screen {
    if (this.screen.kind !== 'results') return this.screen;
    return this.show(this.count(this.screen.entry, method));
  }

  private story(): ScenarioPlayer {
    if (!this.player) throw new Error('the chapter has not started');
    return this.player;
  }

  private show(screen: Screen): Screen {
    this.screen = screen;
    return screen;
  }

  private coast(): Screen {
    return coastScreen(this.story());
  }

  private beat(): Screen {
    const screen = storyScreen(this.story());
    if (screen.kind !== 'end') return screen;
    return { ...screen, choices: endChoices({ origin: this.origin, number: this.scenario.chapter }) };
  }

  private count(entry: ElectionEntry, method: MethodId): Screen {
    return { kind: 'count', entry, method, frames: framesOf(entry, method), at: 0 };
  }

  private results(entry: ElectionEntry, focus?: MethodId): Screen {
    return { kind: 'results', entry, comparison: compareCounts(entry.counted), ...(focus ? { focus } : {}) };
  }
}
