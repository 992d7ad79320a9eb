/**
 * The count screens in a real browser, through the bench page (bench/election.html, in a build of
 * its own: the game's build, which the other browser tests use, leaves the bench page out), with
 * elections of shipped scenarios: the results' DOM layer lists, for every method, exactly the
 * winners the scenario engine counts here in Node; a count is stepped through with the keyboard;
 * a ballot is opened; Burlington's instant runoff is laid out on a phone held upright, every step,
 * with no text over another; no console error, nothing leaves the origin; screenshots of each screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { benchPerFile } from './browser-bench.ts';
import { screenshot, type GuardedPage } from './browser.ts';
import { engineWinners, framesLater, resultsShown, waitForProbe } from './game.ts';
import { canvasTexts } from './classroom-helpers.ts';
import { PHONE } from './display-helpers.ts';
import { boxProblems, lineCrossings } from './layout-checks.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import type { ScenarioData } from '../../src/scenario/schema.ts';
import { methods } from '../../src/voting/methods/index.ts';
import type { MethodId } from '../../src/voting/method.ts';

const bench = benchPerFile();

function scenario(name: string): ScenarioData {
  const loaded = loadScenarioText(readFileSync(`scenarios/${name}.json`, 'utf8'));
  if (!loaded.scenario) throw new Error(`${name} does not load`);
  return loaded.scenario;
}

const open = (query: string, lang: 'fr' | 'en' = 'fr'): Promise<GuardedPage> => bench.open(lang, query);

async function ready(page: Page, scene: string): Promise<void> {
  await page.waitForSelector(`body[data-count-ready="${scene}"]`, { state: 'attached', timeout: 30_000 });
}

function clean(g: GuardedPage): void {
  expect(g.consoleErrors).toEqual([]);
  expect(g.foreignRequests).toEqual([]);
}

describe.each([
  ['chapter-9-real-election', 'project-all', false, 'fr'],
  ['sample-first-vote', 'three-way', true, 'en'],
  ['chapter-8-council', 'lists', false, 'fr'],
] as const)('results of %s / %s', (name, electionId, all, lang) => {
  it('list every method with exactly the winners the engine counts', async () => {
    const g = await open(
      `scenario=${name}&election=${electionId}${all ? '&all=1' : ''}&scene=results&renderer=canvas`,
      lang,
    );
    await ready(g.page, 'results');
    const shown = await resultsShown(g.page);
    const expected = engineWinners(scenario(name), electionId, all);
    expect(shown.map((s) => s.method).sort()).toEqual([...expected.keys()].sort());
    for (const s of shown) {
      const winners = expected.get(s.method)!;
      expect(s.winners, s.method).toEqual(winners);
      // The text says it too: the method's name, in the page's language.
      expect(s.text).toContain(methods[s.method as MethodId].info.name[lang]);
    }
    const live = await g.page.locator('#a11y p').allTextContents();
    expect(live.length).toBe(2 + expected.size);
    await screenshot(g.page, `count-results-${name}`);
    clean(g);
    await g.context.close();
  });
});

describe('the bench’s build', () => {
  it('has the bench page, which its service worker does not precache', () => {
    const files = readdirSync(bench.site.outDir, { recursive: true, encoding: 'utf8' }).map((f) =>
      f.split('\\').join('/'),
    );
    expect(files).toContain('bench/election.html');
    const precached = [
      ...readFileSync(join(bench.site.outDir, 'sw.js'), 'utf8').matchAll(/\burl"?\s*:\s*"([^"]+)"/g),
    ].map((m) => m[1]);
    expect(precached).toContain('index.html');
    expect(precached.filter((url) => /bench/i.test(url))).toEqual([]);
  });
});

describe('the vote and the count', () => {
  it('casts every ballot, opens one, and goes on to the comparison with the keyboard', async () => {
    const g = await open('scenario=chapter-9-real-election&election=project-all');
    await ready(g.page, 'election');
    // Ballots on their way: the first ones are in the box (the canvas's counter says so).
    await g.page.waitForFunction(() =>
      (window as unknown as { crustacesTextBoxes: () => { text: string }[] })
        .crustacesTextBoxes()
        .some((b) => /^[1-9]\d* bulletins? sur \d+ dans l’urne$/.test(b.text)),
    );
    await screenshot(g.page, 'count-election-casting');
    await g.page.keyboard.press('End'); // every ballot at once
    await g.page.waitForSelector('body[data-cast="done"]', { state: 'attached' });
    await g.page.locator('[data-control^="election.ballot."]').first().focus();
    await g.page.keyboard.press('Enter');
    await g.page.waitForSelector('[data-control="election.closeBallot"]', { state: 'attached' });
    const said = await g.page.locator('#a11y').innerText();
    expect(said).toMatch(/Bulletin de/);
    expect(said).toMatch(/Classement|Notes|Approbations/);
    await screenshot(g.page, 'count-election-ballot');
    await g.page.keyboard.press('Escape');
    await g.page.waitForSelector('[data-control="election.closeBallot"]', { state: 'detached' });
    await g.page.locator('[data-control="election.next"]').focus();
    await g.page.keyboard.press('Enter');
    await ready(g.page, 'results');
    clean(g);
    await g.context.close();
  });

  it('with reduced motion, puts every ballot in the box at once', async () => {
    const g = await open('scenario=sample-first-vote&election=three-way&motion=reduced&renderer=canvas', 'en');
    await ready(g.page, 'election');
    await g.page.waitForSelector('body[data-cast="done"]', { state: 'attached', timeout: 2_000 });
    expect(await g.page.locator('#a11y').innerText()).toMatch(/Every ballot is in the box: 20 voters/);
    await screenshot(g.page, 'count-election-reduced-motion');
    clean(g);
    await g.context.close();
  });

  it('steps through an instant-runoff count: → and Space next, ← back, End to the end, Escape the pause menu', async () => {
    const g = await open(
      'scenario=chapter-9-real-election&election=project-all&scene=count&method=irv&renderer=canvas',
    );
    await ready(g.page, 'count');
    const step = (): Promise<string | undefined> => g.page.evaluate(() => document.body.dataset.countStep);
    const total = (await step())!.split('/')[1];
    expect(await step()).toBe(`1/${total}`);
    await g.page.keyboard.press('ArrowRight');
    expect(await step()).toBe(`2/${total}`);
    await g.page.keyboard.press('ArrowRight');
    await framesLater(g.page, 20); // mid-transfer: ballots on their way (a third of a second at 60 frames a second)
    await screenshot(g.page, 'count-irv-transfer');
    await g.page.keyboard.press('ArrowLeft');
    expect(await step()).toBe(`2/${total}`);
    await g.page.keyboard.press('Space'); // the focus is on "next step"
    expect(await step()).toBe(`3/${total}`);
    expect(await g.page.locator('#a11y').innerText()).toMatch(/Tour|Étape/);
    // Escape is the pause menu, as everywhere in the game: the count waits on its step underneath.
    await g.page.keyboard.press('Escape');
    await g.page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.control === 'pause.resume',
    );
    await g.page.keyboard.press('End');
    expect(await step()).toBe(`3/${total}`);
    await g.page.keyboard.press('Escape');
    await g.page.waitForSelector('[data-control="pause.resume"]', { state: 'detached' });
    expect(await step()).toBe(`3/${total}`);
    await g.page.keyboard.press('End');
    expect(await step()).toBe(`${total}/${total}`);
    await waitForProbe(g.page, 'countDrawn', `${total}/${total}`);
    await screenshot(g.page, 'count-irv-end');
    clean(g);
    await g.context.close();
  });

  it('lays out Burlington’s instant runoff (6 candidates, figures in thousands) on a phone held upright: at every step, in French and English at the normal text size and in French at the larger one, no two texts overlap and none leaves the screen', async () => {
    const problems: string[] = [];
    for (const [lang, size] of [
      ['fr', 'normal'],
      ['en', 'normal'],
      ['fr', 'larger'],
    ] as const) {
      const g = await bench.open(
        lang,
        `scenario=chapter-9-real-election&election=burlington&scene=count&method=irv&motion=reduced&renderer=canvas&text=${size}&portrait=1`,
        PHONE,
        true,
      );
      await ready(g.page, 'count');
      for (let turn = 0; turn < 30; turn++) {
        const step = (await g.page.evaluate(() => document.body.dataset.countStep)) ?? '0/1';
        await waitForProbe(g.page, 'countDrawn', step);
        const texts = (await canvasTexts(g.page, 'count')).filter((t) => !t.control);
        problems.push(...boxProblems(texts, PHONE, { minFont: 12 }).map((p) => `${lang} ${size} ${step}: ${p}`));
        // The majority's dashes give way to the names above the bars as to the figures.
        problems.push(...(await lineCrossings(g.page, texts)).map((p) => `${lang} ${size} ${step}: ${p}`));
        const [a, b] = step.split('/').map(Number);
        if (a === 4 || a === 7 || a === 10 || a === b)
          await screenshot(g.page, `count-irv-burlington-upright-${lang}-${size}-${a}`);
        if (a >= b) break;
        await g.page.keyboard.press('ArrowRight');
        await g.page.waitForFunction((before) => document.body.dataset.countStep !== before, step);
      }
      clean(g);
      await g.context.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it.each([
    [
      'chapter-9-real-election',
      'project-all',
      false,
      [
        ['schulze', 2],
        ['majority-judgment', 5],
        ['star', 3],
        ['approval', 2],
      ],
    ],
    [
      'sandbox-condorcet-cycle',
      'games',
      true,
      [
        ['ranked-pairs', 20],
        ['copeland', 20],
        ['minimax', 2],
      ],
    ],
    [
      'chapter-8-council',
      'lists',
      false,
      [
        ['dhondt', 3],
        ['french-municipal', 20],
      ],
    ],
    ['chapter-8-council', 'delegates', false, [['stv', 4]]],
    ['chapter-4-points-and-duels', 'games', false, [['borda', 1]]],
  ] as const)(
    'opens each count of %s / %s from the results and comes back',
    async (name, electionId, all, counts) => {
      const g = await open(
        `scenario=${name}&election=${electionId}${all ? '&all=1' : ''}&scene=results&renderer=canvas`,
        'en',
      );
      await ready(g.page, 'results');
      for (const [method, presses] of counts) {
        await g.page.locator(`[data-control="results.method.${method}"]`).focus();
        await g.page.keyboard.press('Enter');
        await ready(g.page, 'count');
        for (let i = 0; i < presses; i++) await g.page.keyboard.press('ArrowRight');
        // The step reached (the presses stop at the last one), once its animation is over.
        const reached = await g.page.evaluate(() => document.body.dataset.countStep);
        await waitForProbe(g.page, 'countDrawn', reached!);
        await screenshot(g.page, `count-${method}`);
        await g.page.keyboard.press('End');
        await g.page.locator('[data-control="count.next"]').focus();
        await g.page.keyboard.press('Enter');
        await ready(g.page, 'results');
        // Back on the results, Continue has the focus (Enter never reopens the count just seen); the method seen is marked.
        expect(await g.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.control)).toBe(
          'results.continue',
        );
        expect(await g.page.locator(`[data-control="results.method.${method}"]`).getAttribute('data-seen')).toBe(
          'true',
        );
      }
      clean(g);
      await g.context.close();
    },
    120_000,
  );

  it.each([
    ['en', 'chapter-9-real-election', 'project-all', 'schulze'],
    ['fr', 'chapter-6-majority-judgment', 'lamp-colour', 'majority-judgment'],
  ] as const)(
    'on a phone held upright at the larger text (%s), %s’s %s count by %s keeps every text apart and on screen, step by step',
    async (lang, name, electionId, method) => {
      // Issue 15: the matrix's legend over three lines ran into its grid; the strongest paths'
      // names into the caption, or cut mid-word; at majority judgment's last step the winner's bold
      // name wrapped on three lines into the next row's name.
      const g = await bench.open(
        lang,
        `scenario=${name}&election=${electionId}&scene=count&method=${method}&motion=reduced&renderer=canvas&text=larger&portrait=1`,
        PHONE,
        true,
      );
      await ready(g.page, 'count');
      const problems: string[] = [];
      const total = Number((await g.page.evaluate(() => document.body.dataset.countStep))!.split('/')[1]);
      for (let at = 1; at <= total; at++) {
        if (at > 1) await g.page.keyboard.press('ArrowRight');
        await waitForProbe(g.page, 'countDrawn', `${at}/${total}`);
        const texts = (await canvasTexts(g.page, 'count')).filter((t) => !t.control);
        problems.push(...boxProblems(texts, PHONE, { minFont: 12 }).map((x) => `step ${at}/${total}: ${x}`));
        // Names wrap between words or shrink, never split a word.
        for (const t of texts)
          if (t.lines && t.lines.join(' ').split(/\s+/).join(' ') !== t.text.split(/\s+/).join(' '))
            problems.push(`step ${at}/${total}: ${t.text} is cut mid-word`);
      }
      await screenshot(g.page, `count-upright-larger-${method}-${lang}`);
      expect(problems).toEqual([]);
      clean(g);
      await g.context.close();
    },
    180_000,
  );
});
