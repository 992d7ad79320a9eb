/**
 * How many seats a class election fills: one (the default) keeps the one-winner methods; more
 * offers only the several-seat methods (election.ts's availableMethods), these ticked at first.
 * Pure: no DOM.
 */
import type { MethodId } from '../voting/method.ts';
import type { BallotKind, ClassElection, SetupProblem } from './election.ts';

/** Seats a class election may fill: a council as large as a scenario's (schema.ts caps `seats` at 100). */
export const MAX_SEATS = 100;

export function seatsOf(election: Pick<ClassElection, 'seats'>): number {
  return election.seats ?? 1;
}

/** Several seats, ticked at first: the list shares (first choices read as list votes), STV and the committees. */
export const SEVERAL_SEATS: Readonly<Record<BallotKind, readonly MethodId[]>> = {
  ranked: ['stv', 'dhondt', 'sainte-lague', 'largest-remainder', 'bloc-plurality'],
  approval: ['bloc-approval'],
  grades: ['bloc-approval', 'stv', 'dhondt'],
};

/** The seats as typed: a whole number from 1 to MAX_SEATS (empty: 1), or the problem that says what is wrong. */
export function readSeats(text: string): { seats?: number; problem?: SetupProblem } {
  const typed = text.trim();
  if (typed === '') return { seats: 1 };
  const seats = /^\d+$/.test(typed) ? Number(typed) : NaN;
  if (!Number.isSafeInteger(seats) || seats < 1 || seats > MAX_SEATS)
    return { problem: { key: 'classroom.seats.wrong', params: { typed: typed.slice(0, 20), max: MAX_SEATS } } };
  return { seats };
}
