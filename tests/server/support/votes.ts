/** Setups and ballots the server tests vote with. */
import type { LiveSetup } from '../../../src/live/protocol.ts';
import type { Ballot } from '../../../src/scenario/preferences.ts';
import { newDeviceToken } from '../../../src/live/join-code.ts';

export const ranked: LiveSetup = {
  question: 'Où pique-nique-t-on ?',
  options: ['Plage', 'Forêt', 'Port'],
  kind: 'ranked',
  methods: ['plurality', 'irv', 'borda'],
};

/** Four options, ten mentions: 10 000 different ballots, so that every phone's ballot can be told apart in an export. */
export const graded: LiveSetup = {
  question: 'Le menu',
  options: ['Soupe', 'Algues', 'Crevettes', 'Plancton'],
  kind: 'grades',
  methods: ['majority-judgment', 'score'],
  mentions: ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'],
};

/** Phone n's own graded ballot (n < 10 000): its digits are its grades. */
export function gradedBallot(n: number): Ballot {
  const digits = String(n).padStart(4, '0').split('').map(Number);
  return { kind: 'graded', grades: { o1: digits[0], o2: digits[1], o3: digits[2], o4: digits[3] } };
}

/** The same text for the same ballot, whatever the order of its keys. */
export function ballotText(ballot: Ballot): string {
  if (ballot.kind === 'graded')
    return `g:${Object.keys(ballot.grades)
      .sort()
      .map((id) => `${id}=${ballot.grades[id]}`)
      .join(',')}`;
  return JSON.stringify(ballot);
}

export const device = (): string => newDeviceToken();
