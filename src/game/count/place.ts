/**
 * The count scenes of a chapter being played remember where the player is (flow/count-place.ts),
 * so that a reload comes back to the same count step. The sandbox's and the classroom's counts
 * are not part of a run: they remember nothing.
 */
import { countPlaceFor, writeCountPlace, type CountPlace } from '../flow/count-place.ts';
import { activePlay } from '../flow/play.ts';
import { SceneKey } from '../keys.ts';
import type { ElectionData } from './data.ts';

type RunElection = Pick<CountPlace, 'scenario' | 'answers' | 'election'>;

function runElection(data: ElectionData): RunElection | undefined {
  const play = activePlay();
  if (data.returnTo !== SceneKey.Coast || !play || play.scenario.id !== data.scenario.id) return undefined;
  return { scenario: play.scenario.id, answers: play.player.answerCount, election: data.entry.election };
}

/** The place saved for this election of the run, if any (the vote was already cast). */
export function savedPlace(data: ElectionData): CountPlace | undefined {
  const run = runElection(data);
  return run ? countPlaceFor(run) : undefined;
}

/** On a count's step (`method`, `step`), or on the results (neither). */
export function rememberPlace(data: ElectionData, method?: string, step?: number): void {
  const run = runElection(data);
  if (run) writeCountPlace(method === undefined ? run : { ...run, method, step: step ?? 0 });
}

/** The player left the results: the story goes on, the count is behind. */
export function forgetPlace(data: ElectionData): void {
  if (runElection(data)) writeCountPlace(undefined);
}
