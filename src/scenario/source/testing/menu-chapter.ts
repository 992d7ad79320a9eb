/**
 * Test helpers: the small chapter the scenario and flow tests write by hand, where Nacre, Lili and
 * the krill choose a dish among soup, salad and cake, compiled from the chapter language with the
 * shipped cast. Each test writes only the lines it is about; the head and `end` are added here.
 */
import type { LoadResult } from '../../load.ts';
import type { ScenarioData } from '../../schema.ts';
import { loadChapterSource } from '../load-source.ts';
import type { Cast } from '../cast.ts';
import { shippedCast } from './scenario-files.ts';

/** Lili's graded electorate (0 to 2, named Non, Bof, Oui): the rows a test adds follow it. */
export const GRADED_POOL: readonly string[] = [
  'electorate pool scale=0..2',
  '  grade 0: Non',
  '  grade 1: Bof',
  '  grade 2: Oui',
  '  lili: soup=2 salad=1 cake=0',
];

let cast: Cast | undefined;

/** Compiles the menu chapter `id` whose lines after the head are `body`; the issues are left to the test. */
export function loadMenuChapter(id: string, body: readonly string[]): LoadResult {
  cast ??= shippedCast();
  const head = [
    `id: ${id}`,
    'kind: sandbox',
    'title: Le menu',
    'cast: nacre, lili',
    'option soup: la soupe',
    'option salad: la salade',
    'option cake: le gâteau',
    'group krill krill: le krill',
  ];
  return loadChapterSource([...head, ...body, 'end'].join('\n'), { cast });
}

/** The compiled chapter of a load that must have worked: throws with every error's key and line otherwise. */
export function compiledMenu(loaded: LoadResult): ScenarioData {
  const errors = loaded.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || !loaded.scenario)
    throw new Error(
      `the menu chapter does not compile: ${errors.map((i) => `${i.key} (line ${i.line ?? '?'}) ${JSON.stringify(i.params)}`).join('; ')}`,
    );
  return loaded.scenario;
}
