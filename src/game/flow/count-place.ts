/**
 * Where the player is inside the count scenes of a chapter's election: the method counted and
 * its step, or the results. The bookmark (bookmark.ts) only knows the transcript, which stops
 * on the election entry, so a reload would otherwise recast the vote and restart the count
 * from its first step. Kept beside the bookmark; a place that does not match the run on screen
 * (another chapter, another number of answers, another election) is ignored.
 */
import { StorageKey } from '../keys.ts';
import { storage, type StorageLike } from './bookmark.ts';

export interface CountPlace {
  readonly scenario: string;
  /** How many answers the run had: the same election reached again later is another place. */
  readonly answers: number;
  readonly election: string;
  /** The method whose count is on screen (with `step`, 0-based); absent on the results. */
  readonly method?: string;
  readonly step?: number;
}

const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

export function readCountPlace(from: StorageLike | undefined = storage()): CountPlace | undefined {
  try {
    const value: unknown = JSON.parse(from?.getItem(StorageKey.countPlace) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const p = value as Record<string, unknown>;
    if (typeof p.scenario !== 'string' || !whole(p.answers) || typeof p.election !== 'string') return undefined;
    if (p.method === undefined) return { scenario: p.scenario, answers: p.answers, election: p.election };
    if (typeof p.method !== 'string' || !whole(p.step)) return undefined;
    return { scenario: p.scenario, answers: p.answers, election: p.election, method: p.method, step: p.step };
  } catch {
    return undefined;
  }
}

export function writeCountPlace(place: CountPlace | undefined, to: StorageLike | undefined = storage()): void {
  try {
    if (place) to?.setItem(StorageKey.countPlace, JSON.stringify(place));
    else to?.removeItem(StorageKey.countPlace);
  } catch {
    // Not kept: a reload recasts the vote, nothing worse.
  }
}

/** The place saved for this run's election, if any. */
export function countPlaceFor(
  run: { readonly scenario: string; readonly answers: number; readonly election: string },
  from: StorageLike | undefined = storage(),
): CountPlace | undefined {
  const place = readCountPlace(from);
  return place && place.scenario === run.scenario && place.answers === run.answers && place.election === run.election
    ? place
    : undefined;
}
