/**
 * Which scene is on screen (its key; '' when none): the a11y heading, the offline offer and
 * the error card follow it. It is kept here, and the probe only mirrors it for the tests
 * (`data-scene`), so that no code reads the probe back as its state.
 */
import { probe } from '../probe.ts';

let shown = '';
const listeners = new Set<(key: string) => void>();

export function sceneOnScreen(): string {
  return shown;
}

export function showScene(key: string): void {
  shown = key;
  probe.set('scene', key);
  for (const listener of [...listeners]) listener(key);
}

/** Calls `listener` at every change of scene; returns the way to stop. */
export function onSceneShown(listener: (key: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
