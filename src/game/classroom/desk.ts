/**
 * The classroom's state while the page is open: the class election, its vote and its count,
 * and where the lesson is. It lives outside the scenes (like the scenario runner) so that
 * going to the count and back loses nothing. It is never saved: the room's ballots stay in
 * memory and disappear with the page.
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

/** A new election: the previous vote and count are forgotten. */
export function newElection(election: ClassElection): void {
  desk.election = election;
  delete desk.vote;
  delete desk.groups;
  delete desk.counted;
  delete desk.source;
}
