/**
 * The sandbox presets: every `scenarios/sandbox-NAME.json`, each in its own chunk, opened
 * through the scenario loader like any file (src/sandbox/open.ts).
 */
import type { Opened } from '../../sandbox/open.ts';

const files = import.meta.glob<string>('/scenarios/sandbox-*.json', { query: '?raw', import: 'default' });

export const DEFAULT_PRESET = 'spoiler';

export function presetNames(): string[] {
  return Object.keys(files)
    .map((path) => /\/sandbox-([a-z0-9-]+)\.json$/.exec(path)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort((a, b) => (a === DEFAULT_PRESET ? -1 : b === DEFAULT_PRESET ? 1 : a.localeCompare(b)));
}

export async function openPreset(name: string): Promise<Opened | undefined> {
  const load = files[`/scenarios/sandbox-${name}.json`];
  if (!load) return undefined;
  const [{ openScenarioText }, text] = await Promise.all([import('../../sandbox/open.ts'), load()]);
  return openScenarioText(text);
}
