/**
 * The results screen names what just happened in these ballots: the sentences drawn under
 * « Ce qui s’est passé dans ces bulletins » are exactly those computed in Node from the same
 * ballots (src/present/count/happened-text.ts), on whichever page they fall, in French and in
 * English; a chapter before the fourth never says « Condorcet ». Through the bench page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { benchPerFile } from './browser-bench.ts';
import { screenshot } from './browser.ts';
import { canvasTexts, press } from './classroom-helpers.ts';
import { scenarioElection, scenarioOf } from '../../src/present/bench/election.ts';
import { compareCounts } from '../../src/present/count/compare.ts';
import { resultsTexts } from '../../src/present/count/happened-text.ts';
import { ScenarioWords } from '../../src/scenario/words.ts';

const bench = benchPerFile();

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every text drawn on every page of the comparison. */
async function allPages(page: Page): Promise<string[]> {
  const [first, total] = (await page.evaluate(() => document.body.dataset.resultsPage ?? '1/1')).split('/').map(Number);
  const texts: string[] = [];
  for (let p = 0; p < total; p++) {
    if (p > 0) {
      await press(page, 'results.page');
      await page.waitForSelector(`body[data-results-page="${((first - 1 + p) % total) + 1}/${total}"]`);
    }
    texts.push(...(await canvasTexts(page, 'results')).map((t) => oneLine(t.text)));
  }
  return texts;
}

describe.each([
  [
    'chapter-9-real-election',
    'project-all',
    'fr',
    /Le jugement majoritaire : la nurserie de varech est élue, alors que 42 %/,
  ],
  ['chapter-4-points-and-duels', 'games', 'en', /The Borda count: an absolute majority is defeated/],
  ['chapter-2-two-rounds', 'speaker', 'fr', /Le scrutin à deux tours : Maïa est éliminée en cours de décompte/],
] as const)('what happened in %s / %s (%s)', (name, election, lang, sample) => {
  it('draws exactly the facts computed from these ballots, each marked with an arrow', async () => {
    const { scenario, entry } = scenarioElection(scenarioOf(readFileSync(`scenarios/${name}.json`, 'utf8')), election);
    const expected = resultsTexts(new ScenarioWords(scenario, lang, entry), compareCounts(entry.counted)).happened;
    expect(expected.length).toBeGreaterThan(0);
    const g = await bench.open(lang, `scenario=${name}&election=${election}&scene=results&renderer=canvas`);
    await g.page.waitForSelector('body[data-count-ready="results"]', { state: 'attached', timeout: 30_000 });
    expect(Number(await g.page.evaluate(() => document.body.dataset.happened))).toBe(expected.length);
    await screenshot(g.page, `results-happened-${name}-${lang}`);
    // The screen reader hears the same facts (before a page is turned, which says its number).
    const status = oneLine((await g.page.locator('#a11y-status').textContent()) ?? '');
    for (const line of expected) expect(status).toContain(oneLine(line));
    const drawn = await allPages(g.page);
    const arrows = drawn.filter((t) => t.startsWith('→')).map((t) => t.slice(1).trim());
    expect(arrows).toEqual(expected.map(oneLine));
    expect(arrows.join(' ')).toMatch(sample);
    if (name.startsWith('chapter-2')) expect(drawn.join(' ')).not.toMatch(/Condorcet/);
    expect(g.consoleErrors).toEqual([]);
    expect(g.foreignRequests).toEqual([]);
    await g.context.close();
  });
});
