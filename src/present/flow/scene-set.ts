/**
 * What the scene looks like where the story stands: its light (day, sunset, night) and the things
 * the text puts on it (the conch and its pebbles). The chapter says them on its moves (`scene` in
 * the source, `time`/`props` in the JSON); a scene draws what this module decides. The light
 * carries over from scene to scene until a later one says otherwise (a chapter's evening lasts
 * through its moves); the things belong to the one scene that names them.
 */
import type { ScenePropId, SceneTimeId } from '../../scenario/schema.ts';
import type { ElectionEntry, Entry } from '../../scenario/entries.ts';

export interface SceneSet {
  readonly time: SceneTimeId;
  readonly props: readonly ScenePropId[];
}

export const PLAIN_SET: SceneSet = { time: 'day', props: [] };

/** The set before entry `upTo` of the transcript (all of it by default). */
export function sceneSetAt(entries: readonly Entry[], upTo = entries.length): SceneSet {
  let time: SceneTimeId | undefined;
  let props: readonly ScenePropId[] | undefined;
  for (let i = Math.min(upTo, entries.length) - 1; i >= 0 && time === undefined; i--) {
    const e = entries[i];
    if (e.type !== 'move') continue;
    props ??= e.props ?? [];
    time = e.time;
  }
  return { time: time ?? 'day', props: props ?? [] };
}

/**
 * The set of an election's scene: where the transcript stood when that vote was cast (the same
 * entry object, or else the last vote of that id: a chapter replays its transcript after a reload).
 */
export function electionSet(entries: readonly Entry[], entry: ElectionEntry): SceneSet {
  let at = entries.indexOf(entry);
  if (at < 0) at = entries.findLastIndex((e) => e.type === 'election' && e.election === entry.election);
  return at < 0 ? PLAIN_SET : sceneSetAt(entries, at);
}

/**
 * Where an election was cast: the place of the last move before it in the transcript (found as
 * electionSet finds it), or undefined when the story has not moved yet.
 */
export function electionPlace(entries: readonly Entry[], entry: ElectionEntry): string | undefined {
  let at = entries.indexOf(entry);
  if (at < 0) at = entries.findLastIndex((e) => e.type === 'election' && e.election === entry.election);
  for (let i = at - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.type === 'move') return e.place;
  }
  return undefined;
}

/** What the ballots of a vote are and where they go: the screen draws them, and its texts name them. */
export interface BallotLook {
  readonly box: 'conch' | 'box';
  readonly ballot: 'pebble' | 'paper';
}

/** How the ballots look in a vote: pebbles into the conch when the scene says so, else papers into a box. */
export function ballotLook(set: SceneSet): BallotLook {
  return {
    box: set.props.includes('conch') ? 'conch' : 'box',
    ballot: set.props.includes('pebbles') ? 'pebble' : 'paper',
  };
}

/** What a screen reader hears when a scene opens: the light when it changes, the things named. */
export function sceneNotes(
  before: SceneSet,
  now: SceneSet,
): ('scene.time.sunset' | 'scene.time.night' | `scene.props.${ScenePropId}`)[] {
  const out: ('scene.time.sunset' | 'scene.time.night' | `scene.props.${ScenePropId}`)[] = [];
  if (now.time !== before.time && now.time !== 'day') out.push(`scene.time.${now.time}`);
  for (const p of now.props) out.push(`scene.props.${p}`);
  return out;
}
