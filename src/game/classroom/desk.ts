/**
 * The classroom's desk, read and written through the one store (its slice: src/state/desk.ts).
 * The classroom's scenes open only once the store is loaded (ClassroomScene waits for it, and so
 * do the `#classroom` and `#live` addresses), so the desk is always there when they use it.
 */
import type { ClassElection } from '../../classroom/election.ts';
import type { Desk, DeskChange, DeskSlice } from '../../state/desk.ts';
import { storeNow } from '../flow/session.ts';

export type { Desk, DeskChange } from '../../state/desk.ts';

const EMPTY: Desk = {};

/** The desk as it is now (read it again after a change: the store replaces it). */
export function desk(): Desk {
  return storeNow()?.getState().desk ?? EMPTY;
}

function actions(): DeskSlice {
  const store = storeNow();
  if (!store) throw new Error('The classroom desk was changed before the store was loaded');
  return store.getState();
}

/** Parts of the desk replaced; `change` names the part to save (see DeskSlice). */
export function updateDesk(patch: Partial<Desk>, change?: DeskChange): void {
  actions().updateDesk(patch, change);
}

/** Says that part of the desk changed in place (classroom/keep.ts saves it). */
export function deskChanged(what: DeskChange): void {
  actions().deskChanged(what);
}

/** A new election: the previous vote and count are forgotten. */
export function newElection(election: ClassElection): void {
  actions().newClassElection(election);
}
