/**
 * The classroom's desk while the page is open: the class election, its vote and its count, and
 * where the lesson is. A slice of the one store kept in memory only, so that going to the count
 * and back loses nothing. What must survive a reload (the election, the pass-and-play ballots,
 * the lesson's step) is copied to the saved `classroom` part by src/game/classroom/keep.ts, which
 * follows `deskChange`: the desk itself holds live objects (the ballot box) that are not data.
 */
import type { BallotGroup, ClassElection, CountedClass } from '../classroom/election.ts';
import type { PassAndPlay } from '../classroom/pass-and-play.ts';
import type { SOURCES } from './classroom.ts';

interface Lesson {
  readonly chapter: number;
  readonly step: number;
}

export interface Desk {
  readonly election?: ClassElection;
  /** The pass-and-play box: a ballot cast changes it in place, and `deskChanged('vote')` says so. */
  readonly vote?: PassAndPlay;
  readonly groups?: BallotGroup[];
  readonly counted?: CountedClass;
  /** How the ballots came in (said on the results board). */
  readonly source?: (typeof SOURCES)[number];
  readonly lesson?: Lesson;
}

/** The parts of the desk that are saved when they change. */
export type DeskChange = 'election' | 'vote' | 'lesson';

export interface DeskSlice {
  desk: Desk;
  /** The last change worth saving, numbered: the same part changed twice is two changes. */
  deskChange: { readonly what: DeskChange; readonly n: number } | null;
  /** A new election: the previous vote and count are forgotten. */
  newClassElection(election: ClassElection): void;
  /**
   * Parts of the desk replaced (a key given as undefined is removed); `change` names the part to
   * save, none when nothing needs saving (a count, which is counted again from the saved ballots).
   */
  updateDesk(patch: Partial<Desk>, change?: DeskChange): void;
  /** A part changed in place (a ballot went into the box) is to be saved. */
  deskChanged(what: DeskChange): void;
}

type Set = (change: (s: DeskSlice) => Partial<DeskSlice>) => void;

const next = (s: DeskSlice, what: DeskChange): DeskSlice['deskChange'] => ({ what, n: (s.deskChange?.n ?? 0) + 1 });

function withPatch(desk: Desk, patch: Partial<Desk>): Desk {
  const out: Record<string, unknown> = { ...desk, ...patch };
  for (const key of Object.keys(patch)) if (out[key] === undefined) delete out[key];
  return out as Desk;
}

export const deskSlice = (set: Set): DeskSlice => ({
  desk: {},
  deskChange: null,
  newClassElection: (election) =>
    set((s) => ({
      desk: s.desk.lesson ? { election, lesson: s.desk.lesson } : { election },
      deskChange: next(s, 'election'),
    })),
  updateDesk: (patch, change) =>
    set((s) => ({ desk: withPatch(s.desk, patch), ...(change ? { deskChange: next(s, change) } : {}) })),
  deskChanged: (what) => set((s) => ({ deskChange: next(s, what) })),
});
