/**
 * The port: each shipped scenario's source (scenarios/*.chapitre + .en.txt + the shared cast)
 * compiles to a scenario equal to its JSON file, read by the loader, after normaliseCast only.
 * Two chapters had their hub of visits rewritten with once-only choices (HUBS): for them the
 * steps before and after the hub are equal, and the hub plays the same in every order of visits.
 * The JSON files are the compiled output kept in the repository (the game reads them); this
 * test never writes them: `npm run scenario -- compile` does.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../issues.ts';
import { loadScenarioText } from '../load.ts';
import { ScenarioRunner } from '../runner.ts';
import type { ScenarioData } from '../schema.ts';
import { renderTranscript } from '../transcript.ts';
import { loadChapterSource } from './load-source.ts';
import { normaliseCast, scenarioFile, shippedCast } from './testing/scenario-files.ts';

const names = readdirSync(new URL('../../../scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

/**
 * Chapters whose hub (section `hub`, left for section `after`) is written with once-only choices
 * while their JSON still has the hand-made hub. Chapter 1's JSON is compiled from its source since
 * its naming vote became the player's ballot: it is compared whole, like the others.
 */
const HUBS: Record<string, { hub: string; after: string }> = {
  'chapter-2-two-rounds': { hub: 'tour', after: 'debate' },
};

const ORDERS = [
  [1, 1, 1],
  [1, 2, 1],
  [2, 1, 1],
  [2, 2, 1],
  [3, 1, 1],
  [3, 2, 1],
];

/** The hub played from its first step in one order of visits, up to the next question; flags left out. */
function hubTranscript(s: ScenarioData, hub: string, answers: number[]): string {
  const from = s.steps.findIndex((step) => step.id === hub);
  const runner = new ScenarioRunner({ ...s, steps: s.steps.slice(from) });
  for (const a of answers) expect(runner.answer(a).accepted).toBe(true);
  return renderTranscript(s, runner.transcript, 'en')
    .split('\n')
    .filter((line) => !/^\s*\(flag “[^”]*” on\)$/.test(line))
    .join('\n');
}

function compareHub(a: ScenarioData, b: ScenarioData, { hub, after }: { hub: string; after: string }): void {
  const { steps: stepsA, flags: flagsA, ...restA } = normaliseCast(a) as ScenarioData;
  const { steps: stepsB, flags: flagsB, ...restB } = normaliseCast(b) as ScenarioData;
  expect(restA).toEqual(restB);
  // The hand-made flags of the hub are gone; the compiler made as many.
  const removed = flagsB.filter((f) => !flagsA.includes(f));
  expect(flagsA.filter((f) => f.startsWith('once-'))).toHaveLength(removed.length);
  expect(flagsA.filter((f) => !f.startsWith('once-'))).toEqual(flagsB.filter((f) => !removed.includes(f)));
  const at = (list: readonly { id?: string }[], id: string): number => list.findIndex((x) => x.id === id);
  expect(stepsA.slice(0, at(stepsA, hub))).toEqual(stepsB.slice(0, at(stepsB, hub)));
  expect(stepsA.slice(at(stepsA, after))).toEqual(stepsB.slice(at(stepsB, after)));
  for (const order of ORDERS) expect(hubTranscript(a, hub, order)).toBe(hubTranscript(b, hub, order));
  expect(hubTranscript(a, hub, [1, 1, 1])).toContain('Where do you go?');
}

describe('the shipped scenarios, ported to the source format', () => {
  const cast = shippedCast();

  it('covers the nine chapters, the five sandbox presets and the sample', () => {
    expect(names.filter((n) => n.startsWith('chapter-'))).toHaveLength(9);
    expect(names.filter((n) => n.startsWith('sandbox-'))).toHaveLength(5);
    expect(names).toContain('sample-first-vote');
  });

  it.each(names)('%s compiles to its JSON (cast normalised)', (name) => {
    const compiled = loadChapterSource(scenarioFile(`${name}.chapitre`), {
      cast,
      english: scenarioFile(`${name}.en.txt`),
      file: `${name}.chapitre`,
    });
    expect(compiled.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(compiled.issues.filter((i) => i.key === 'chapterSource.english.missing')).toEqual([]);
    const original = loadScenarioText(scenarioFile(`${name}.json`));
    expect(hasErrors(original.issues)).toBe(false);
    const a = compiled.scenario;
    const b = original.scenario;
    if (!a || !b) throw new Error('not loaded');
    const hub = HUBS[name];
    // A hub chapter whose JSON was since recompiled from its source is equal to it, flags and all.
    const same = JSON.stringify(normaliseCast(a)) === JSON.stringify(normaliseCast(b));
    if (hub && !same) compareHub(a, b, hub);
    else expect(normaliseCast(a)).toEqual(normaliseCast(b));
    // The moods left out above: the shared cast has every mood the chapter used, and more.
    for (const c of b.cast)
      expect(a.cast.find((x) => x.id === c.id)?.look.expressions).toEqual(expect.arrayContaining(c.look.expressions));
  });
});
