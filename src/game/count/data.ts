/**
 * What the Election, Count and Results scenes are started with. Everything is data from the
 * runner (the election entry with its counted ballots) and the scenario (names and looks), so
 * the sandbox and the classroom can start the same scenes with their own elections.
 */
import type { Lang } from '../../i18n/format.ts';
import type { MethodId } from '../../voting/method.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { SceneKey } from '../keys.ts';

export interface ElectionData {
  readonly entry: ElectionEntry;
  readonly scenario: ScenarioData;
  readonly lang: Lang;
  /** Where the player goes back when they leave the results (started with `{ resume: true }`). */
  readonly returnTo: SceneKey;
}

export interface CountData extends ElectionData {
  readonly method: MethodId;
  /** The step to open on (0-based): the one the player was reading before a redraw or a reload. */
  readonly step?: number;
}

export interface ResultsData extends ElectionData {
  /** The method whose drill-down the player came back from: its button gets the focus. */
  readonly focus?: MethodId;
}

/** Passes the election on to the next scene, keeping only the shared fields. */
export function electionPart(data: ElectionData): ElectionData {
  return { entry: data.entry, scenario: data.scenario, lang: data.lang, returnTo: data.returnTo };
}
