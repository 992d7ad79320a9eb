/**
 * Where the player is inside the count scenes of a chapter's election: the method counted and
 * its step, or the results. The bookmark only knows the transcript, which stops on the election
 * entry, so a reload would otherwise recast the vote and restart the count from its first step.
 * Saved with the run in the store (src/state/schema.ts, Run's countPlace); a place that does not
 * match the run on screen (another chapter, another number of answers, another election) is ignored.
 */
import type { GameStore } from '../../state/store.ts';
import { storeNow } from './session.ts';

export interface CountPlace {
  readonly scenario: string;
  /** How many answers the run had: the same election reached again later is another place. */
  readonly answers: number;
  readonly election: string;
  /** The method whose count is on screen (with `step`, 0-based); absent on the results. */
  readonly method?: string;
  readonly step?: number;
}

/** Saves the place in the store's run (none: the count is behind); a place of another run is not kept. */
export function writeCountPlace(place: CountPlace | undefined, store: GameStore | undefined = storeNow()): void {
  const s = store?.getState();
  if (!s?.run) return;
  if (!place) return s.markCount(undefined);
  if (place.scenario !== s.run.scenario) return;
  const { answers, election, method, step } = place;
  s.markCount(method === undefined ? { answers, election } : { answers, election, method, step: step ?? 0 });
}

/** The place saved for this run's election, if any. */
export function countPlaceFor(
  run: { readonly scenario: string; readonly answers: number; readonly election: string },
  store: GameStore | undefined = storeNow(),
): CountPlace | undefined {
  const saved = store?.getState().run;
  const place = saved?.countPlace;
  return saved &&
    place &&
    saved.scenario === run.scenario &&
    place.answers === run.answers &&
    place.election === run.election
    ? { scenario: saved.scenario, ...place }
    : undefined;
}
