/**
 * Sandbox states for the tests: the shipped presets (read through the same loader as in the
 * game) and a hand-made state with crowds, strategies and a lone voter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { SandboxState } from '../model.ts';
import { openScenarioText } from '../open.ts';

const dir = new URL('../../../scenarios/', import.meta.url);

export const PRESET_FILES = readdirSync(dir)
  .filter((f) => /^sandbox-.+\.json$/.test(f))
  .sort();

export function presetText(file: string): string {
  return readFileSync(new URL(file, dir), 'utf8');
}

export function presetState(name: string): SandboxState {
  const opened = openScenarioText(presetText(`sandbox-${name}.json`));
  if ('problems' in opened) throw new Error(`preset ${name} does not open: ${JSON.stringify(opened.problems)}`);
  return opened.state;
}

export const names = (fr: string, en = fr) => ({ fr, en });

export function handMadeState(): SandboxState {
  return {
    title: names('Bac à sable maison', 'Home-made sandbox'),
    dimensions: 2,
    axes: [names('Du calme au tumulte', 'From calm to uproar'), names('Seul ou ensemble', 'Alone or together')],
    flags: [
      { id: 'flag-1', name: names('la grotte', 'the cave'), position: [20, 30] },
      { id: 'flag-2', name: names('le récif', 'the reef'), position: [55, 60] },
      { id: 'flag-3', name: names('l’épave', 'the wreck'), position: [62, 66] },
      { id: 'flag-4', name: names('la lagune', 'the lagoon'), position: [85, 15] },
    ],
    crowds: [
      {
        id: 'crowd-1',
        name: names('les crabes', 'the crabs'),
        species: 'crab',
        centre: [25, 35],
        spread: 12,
        size: 60,
      },
      {
        id: 'crowd-2',
        name: names('le krill', 'the krill'),
        species: 'krill',
        centre: [60, 58],
        spread: 20,
        size: 45,
        strategy: 'compromise',
      },
      {
        id: 'crowd-3',
        name: names('les bernacles', 'the barnacles'),
        species: 'barnacle',
        centre: [80, 25],
        spread: 7,
        size: 33,
        strategy: 'bury',
      },
      { id: 'crowd-4', name: names('Nacre', 'Nacre'), species: 'lobster', centre: [50, 50], spread: 0, size: 1 },
    ],
    approvalRadius: 25,
    gradeBands: [10, 20, 35, 50, 70],
    strategies: true,
  };
}

/** The same election on one axis. */
export function oneAxis(state: SandboxState): SandboxState {
  return {
    ...state,
    dimensions: 1,
    axes: state.axes.slice(0, 1),
    flags: state.flags.map((f) => ({ ...f, position: [f.position[0]] })),
    crowds: state.crowds.map((c) => ({ ...c, centre: [c.centre[0]] })),
  };
}

/** The spoiler preset grown to 200 voters in three crowds and 6 flags: the live-update target's size. */
export function bigSpoiler(): SandboxState {
  const base = presetState('spoiler');
  return {
    ...base,
    flags: [
      ...base.flags,
      { id: 'reef', name: { fr: 'le récif', en: 'the reef' }, position: [40, 80] },
      { id: 'cave', name: { fr: 'la grotte', en: 'the cave' }, position: [85, 20] },
      { id: 'pool', name: { fr: 'la mare', en: 'the pool' }, position: [50, 45] },
    ],
    crowds: base.crowds.map((c, i) => ({ ...c, size: [80, 70, 50][i] ?? 0, spread: 12 })),
  };
}
