/**
 * The chips that fly in a count follow the engine's traced transfers, in a real browser through
 * the bench page with motion on: chapter 3's trial (instant runoff), where the buffet's ballots go
 * nowhere, so that no bar grows and chips guessed from the bars' growth would fly nowhere, while
 * the traced ones fly to the exhausted pile; and chapter 8's STV, where a surplus goes on at a
 * fraction of a vote. Every flight the probe states, step by step, is the one computed in Node.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioElection, scenarioOf } from '../../src/present/bench/election.ts';
import { countFrames } from '../../src/present/count/frames.ts';
import { flightLabel, transferFlights } from '../../src/present/count/transfers.ts';
import type { BarsView, CountView } from '../../src/present/count/views.ts';
import { benchPerFile } from './browser-bench.ts';
import { screenshot, type GuardedPage } from './browser.ts';
import { waitForProbe } from './game.ts';

const bench = benchPerFile();

const scenarios = new URL('../../scenarios/', import.meta.url);
function framesOf(scenario: string, election: string, method: string): ReturnType<typeof countFrames> {
  const file = readdirSync(scenarios).find((f) => f === `${scenario}.json`)!;
  const { entry } = scenarioElection(scenarioOf(readFileSync(new URL(file, scenarios), 'utf8')), election);
  return countFrames(entry.counted.counts.find((c) => c.method === method)!.result!);
}

const bars = (v: CountView | undefined): BarsView | undefined => (v?.kind === 'bars' ? v : undefined);

/**
 * Per step, the flights the chart must show: the traced ones, on the step whose bars move (a
 * step that only crowns the elected keeps its transfer written, with nothing left to fly).
 */
function expectedFlights(frames: ReturnType<typeof countFrames>): (string[] | undefined)[] {
  return frames.map((f, k) => {
    const now = bars(f.view);
    const before = bars(frames[k - 1]?.view);
    if (!now?.transfers || !before || before.unit !== now.unit) return undefined;
    const moved = Object.keys({ ...now.values, ...before.values }).some(
      (c) => (now.values[c] ?? 0) !== (before.values[c] ?? 0),
    );
    return moved ? transferFlights(now.transfers).map(flightLabel) : undefined;
  });
}

/** The receivers the bars' growth alone would suggest (what the chips used to follow). */
function growing(frames: ReturnType<typeof countFrames>, k: number): string[] {
  const now = bars(frames[k].view)!;
  const before = bars(frames[k - 1].view)!;
  return Object.keys(now.values).filter((c) => now.values[c] > (before.values[c] ?? 0));
}

async function openCount(scenario: string, election: string, method: string, lang: 'fr' | 'en'): Promise<GuardedPage> {
  const g = await bench.open(
    lang,
    `scenario=${scenario}&election=${election}&scene=count&method=${method}&renderer=canvas`,
  );
  await waitForProbe(g.page, 'countReady', 'count');
  return g;
}

/** Steps through the whole count; per step, the flights the probe stated once that step was drawn. */
async function shownFlights(page: Page, steps: number, shot: string): Promise<(string[] | undefined)[]> {
  const seen: (string[] | undefined)[] = [];
  let shotTaken = false;
  for (let k = 1; k <= steps; k++) {
    if (k > 1) await page.keyboard.press('ArrowRight');
    await waitForProbe(page, 'countDrawn', `${k}/${steps}`, 60_000);
    const raw = await page.evaluate(() => document.body.dataset.countFlights);
    seen.push(raw === undefined ? undefined : (JSON.parse(raw) as string[]));
    if (raw && !shotTaken) {
      // The same step once more, to catch its chips in the air (the picture is not asserted).
      await page.keyboard.press('ArrowLeft');
      await waitForProbe(page, 'countDrawn', `${k - 1}/${steps}`, 60_000);
      await page.keyboard.press('ArrowRight');
      await waitForProbe(page, 'countFlights', raw);
      await screenshot(page, shot);
      await waitForProbe(page, 'countDrawn', `${k}/${steps}`, 60_000);
      shotTaken = true;
    }
  }
  return seen;
}

describe('transfer chips fly as the engine traced them', () => {
  it('instant runoff (chapter 3’s trial): a pile that goes nowhere flies to the exhausted pile', async () => {
    const frames = framesOf('chapter-3-instant-runoff', 'trial', 'irv');
    const want = expectedFlights(frames);
    // The case where the bars mislead: an eliminated pile whose ballots no bar receives.
    const nowhere = want.findIndex(
      (w, k) => w?.some((l) => l.includes('(exhausted)')) && growing(frames, k).length === 0,
    );
    expect(nowhere).toBeGreaterThan(0);
    const g = await openCount('chapter-3-instant-runoff', 'trial', 'irv', 'fr');
    expect(await shownFlights(g.page, frames.length, 'count-chips-irv-fr')).toEqual(want);
    expect(g.consoleErrors).toEqual([]);
    await g.context.close();
  });

  it('STV (chapter 8’s delegates): surpluses and exclusions fly at their traced figures', async () => {
    const frames = framesOf('chapter-8-council', 'delegates', 'stv');
    const want = expectedFlights(frames);
    expect(want.filter((w) => w !== undefined).length).toBeGreaterThan(0);
    const g = await openCount('chapter-8-council', 'delegates', 'stv', 'en');
    expect(await shownFlights(g.page, frames.length, 'count-chips-stv-en')).toEqual(want);
    expect(g.consoleErrors).toEqual([]);
    await g.context.close();
  });
});
