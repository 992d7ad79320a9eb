/**
 * The classroom's state while the page is open: the class election, its vote and its count,
 * and where the lesson is. It lives outside the scenes (like the scenario runner) so that
 * going to the count and back loses nothing. What must survive a reload (the election, the
 * pass-and-play ballots, the lesson's step) is copied to the store by classroom/keep.ts, which
 * listens here (`watchDesk`): this module cannot import it without a cycle.
 */
import type { BallotGroup, ClassElection, CountedClass } from '../../classroom/election.ts';
import type { PassAndPlay } from '../../classroom/pass-and-play.ts';

export interface Lesson {
  readonly chapter: number;
  step: number;
}

export interface Desk {
  election?: ClassElection;
  vote?: PassAndPlay;
  groups?: BallotGroup[];
  counted?: CountedClass;
  /** How the ballots came in (said on the results board). */
  source?: 'pass' | 'hands' | 'piles' | 'file' | 'phones';
  lesson?: Lesson;
}

export const desk: Desk = {};

export type DeskChange = 'election' | 'vote' | 'lesson';
let watcher: ((what: DeskChange) => void) | undefined;

/** The one listener told of every change worth saving (classroom/keep.ts). */
export function watchDesk(listener: (what: DeskChange) => void): void {
  watcher = listener;
}

/** Says that part of the desk changed (the listener saves it). */
export function deskChanged(what: DeskChange): void {
  watcher?.(what);
}

/** A new election: the previous vote and count are forgotten. */
export function newElection(election: ClassElection): void {
  desk.election = election;
  delete desk.vote;
  delete desk.groups;
  delete desk.counted;
  delete desk.source;
  deskChanged('election');
}
