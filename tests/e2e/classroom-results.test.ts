/**
 * Results that say only what the ballots say, in headless Chromium at 1920 × 1080: a show of
 * hands offers and counts only what hands answer (two-round by two shows, approval as "N hands
 * raised by M people"), typed counts (hands and piles) survive a reload, a tie is said and broken only by a
 * shown seed (the same seed, the same draw), each method shows its own decisive figures, the
 * French "Why?" gives every reason, and bar pictograms stand one for one for ballots.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, type GuardedPage } from './browser.ts';
import { seedSettings } from './game.ts';
import { resultsTexts } from '../../src/present/count/happened-text.ts';
import { ScenarioWords } from '../../src/scenario/words.ts';
import { countClass, DEFAULT_METHODS, type BallotGroup, type ClassElection } from '../../src/classroom/election.ts';
import { resultLines } from '../../src/classroom/results.ts';
import { compareCounts } from '../../src/present/count/compare.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLOW = 300_000;
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };
const OPTIONS = ['La mer', 'La montagne', 'La ville'];
type Lang = 'fr' | 'en';

async function openDesk(language: Lang, viewport = PROJECTOR): Promise<GuardedPage> {
  const base = inject('baseURL');
  const guarded = await openPage(browser, base, { viewport, locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
  await seedSettings(guarded.context, { language, reducedMotion: true });
  await guarded.page.goto(`${base}#classroom`, { timeout: 120_000 });
  await guarded.page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
  return guarded;
}

const control = (page: Page, id: string) => page.locator(`[data-control="${id}"]`);

async function press(page: Page, id: string): Promise<void> {
  await control(page, id).focus();
  await page.keyboard.press('Enter');
}

async function setUp(page: Page, kind: 'ranked' | 'approval' = 'ranked'): Promise<void> {
  await press(page, 'home.election');
  await page.fill('#cr-question', 'Où part la sortie ?');
  await page.fill('#cr-options', OPTIONS.join('\n'));
  await page.locator('#cr-options').dispatchEvent('change');
  await page.check(`[data-kind="${kind}"]`);
  await press(page, 'setup.next');
  await page.waitForSelector('[data-control="ways.pass"]');
}

/** Piles of identical paper ballots: ranks per option (null: not ranked) and how many. */
async function piles(
  page: Page,
  rows: { ranks: (number | null)[]; count: number }[],
  options: { reload?: boolean } = {},
): Promise<void> {
  await press(page, 'ways.piles');
  for (const [r, row] of rows.entries()) {
    if (r >= 4) await press(page, 'piles.add');
    for (const [i, rank] of row.ranks.entries())
      if (rank !== null) await page.fill(`#cr-pile-${r + 1}-${i + 1}`, String(rank));
    await page.fill(`#cr-pile-${r + 1}-count`, String(row.count));
  }
  if (options.reload) {
    // A reload while typing: the same piles come back, with a notice.
    await page.reload({ timeout: 120_000 });
    await page.waitForSelector('[data-restored]', { timeout: 120_000 });
    for (const [r, row] of rows.entries()) {
      expect(await page.inputValue(`#cr-pile-${r + 1}-count`)).toBe(String(row.count));
      for (const [i, rank] of row.ranks.entries())
        expect(await page.inputValue(`#cr-pile-${r + 1}-${i + 1}`)).toBe(rank === null ? '' : String(rank));
    }
  }
  await press(page, 'piles.count');
  await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
}

async function data<T>(page: Page, key: string): Promise<T> {
  return JSON.parse((await page.evaluate((k) => document.body.dataset[k], key)) ?? '{}') as T;
}

function clean(g: GuardedPage): void {
  expect(g.consoleErrors).toEqual([]);
  expect(g.foreignRequests).toEqual([]);
}

describe('classroom results', () => {
  it(
    'a show of hands offers only what hands answer; two-round by two shows; typed counts survive reloads',
    async () => {
      const g = await openDesk('fr');
      const { page } = g;
      await setUp(page);
      await press(page, 'ways.hands');
      expect(await page.locator('[data-hands-methods]').getAttribute('data-hands-methods')).toBe(
        'plurality,two-round,irv',
      );
      expect(
        await page.locator('[data-runoff]').evaluateAll((els) => els.map((e) => e.getAttribute('data-runoff'))),
      ).toEqual(['none', 'two-round', 'irv']);
      // Borda, Copeland and Schulze need rankings: named, and left out.
      expect(await page.locator('[data-left-out]').getAttribute('data-left-out')).toBe('borda,copeland,schulze');
      expect(await page.locator('[data-left-out]').innerText()).toMatch(/Borda.*Copeland.*Schulze/);
      expect(await page.locator('[data-runoff="two-round"]').isChecked()).toBe(true);
      await page.fill('#cr-hands-1', '7');
      await page.fill('#cr-hands-2', '9');
      await page.fill('#cr-hands-3', '4');
      await screenshot(page, 'classroom-results-hands-fr');

      // A reload while typing: the same form, the same numbers, and a notice.
      await page.reload({ timeout: 120_000 });
      await page.waitForSelector('#cr-hands-3', { timeout: 120_000 });
      expect([
        await page.inputValue('#cr-hands-1'),
        await page.inputValue('#cr-hands-2'),
        await page.inputValue('#cr-hands-3'),
      ]).toEqual(['7', '9', '4']);
      expect(await page.locator('[data-restored]').count()).toBe(1);

      // Nobody has more than half of 20 hands: a second show, between the top two only.
      await press(page, 'hands.count');
      await page.waitForSelector('table[data-show="2"]');
      expect(await page.locator('table[data-show="2"] input').evaluateAll((els) => els.map((e) => e.id))).toEqual([
        'cr-hands-s2-1',
        'cr-hands-s2-2',
      ]);
      await page.fill('#cr-hands-s2-1', '12');
      await page.fill('#cr-hands-s2-2', '8');
      await screenshot(page, 'classroom-results-second-show-fr');
      await page.reload({ timeout: 120_000 });
      await page.waitForSelector('table[data-show="2"]', { timeout: 120_000 });
      expect([await page.inputValue('#cr-hands-s2-1'), await page.inputValue('#cr-hands-s2-2')]).toEqual(['12', '8']);
      await press(page, 'hands.count');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      // Only plurality (the first show) and two-round (both shows): nothing computed from first choices as if ranked.
      expect(await data(page, 'classResults')).toEqual({ plurality: ['La montagne'], 'two-round': ['La mer'] });
      const figures = await data<Record<string, string[]>>(page, 'classFigures');
      expect(figures['two-round']).toEqual([
        'Main levée n°\u00a01 (mains levées)\u00a0: La montagne 9 · La mer 7 · La ville 4',
        'Main levée n°\u00a02 (mains levées)\u00a0: La mer 12 · La montagne 8',
      ]);
      expect(await page.evaluate(() => document.body.dataset.classSummary)).toBe(
        '20 mains levées, une par personne — 2 gagnants différents pour 2 méthodes',
      );
      // No comparison that would read duels from first choices, no ballot file of hands.
      for (const id of ['results.compare', 'results.ballots', 'results.ballotsCsv', 'results.ballotsJson'])
        expect(await control(page, id).count()).toBe(0);
      await screenshot(page, 'classroom-results-hands-board-fr');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'approval by hands says N hands raised by M people, never N ballots',
    async () => {
      const g = await openDesk('en');
      const { page } = g;
      await setUp(page, 'approval');
      await press(page, 'ways.hands');
      expect(await page.locator('[data-runoff]').count()).toBe(0);
      await page.fill('#cr-hands-1', '20');
      await page.fill('#cr-hands-2', '25');
      await page.fill('#cr-hands-3', '21');
      await press(page, 'hands.count');
      await expect.poll(() => page.locator('[data-problem]').innerText()).toMatch(/How many people vote/);
      await page.fill('#cr-people', '24');
      await press(page, 'hands.count');
      await expect
        .poll(() => page.locator('[data-problem]').innerText())
        .toMatch(/25 hands for “La montagne”, but only 24 people/);
      await page.fill('#cr-people', '30');
      await screenshot(page, 'classroom-results-approval-hands-en');
      await press(page, 'hands.count');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      const summary = await page.evaluate(() => document.body.dataset.classSummary ?? '');
      expect(summary).toBe('66 hands raised by 30 people — 1 winner for 1 method');
      expect(await data(page, 'classResults')).toEqual({ approval: ['La montagne'] });
      // Hands are not ballots: no ballot box to open, no ballot file that would say 66 voters.
      for (const id of ['results.compare', 'results.ballots', 'results.ballotsCsv', 'results.ballotsJson'])
        expect(await control(page, id).count()).toBe(0);
      await screenshot(page, 'classroom-results-approval-board-en');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'a tie is said, broken by lot with a shown seed (the same seed, the same draw), or left',
    async () => {
      const g = await openDesk('fr');
      const { page } = g;
      await setUp(page);
      // Plurality: La mer 5, La montagne 5, La ville 2.
      await piles(
        page,
        [
          { ranks: [1, 2, 3], count: 5 },
          { ranks: [2, 1, 3], count: 5 },
          { ranks: [3, 2, 1], count: 2 },
        ],
        { reload: true },
      );
      expect((await data<Record<string, string[]>>(page, 'classTies')).plurality).toEqual(['La mer', 'La montagne']);
      const summary = (await page.evaluate(() => document.body.dataset.classSummary)) ?? '';
      expect(summary).toMatch(/dont \d+ égalités?$/);
      await screenshot(page, 'classroom-results-tie-fr');

      const drawWith = async (seed: string) => {
        await press(page, 'results.tie');
        await page.waitForSelector('#cr-tie-seed');
        expect(await page.inputValue('#cr-tie-seed')).not.toBe('');
        expect(Number(await page.locator('[data-ties]').getAttribute('data-ties'))).toBeGreaterThan(0);
        await page.fill('#cr-tie-seed', seed);
        await press(page, 'tie.draw');
        await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
        return data<Record<string, { winners: string[]; tied: string[]; seed: string }>>(page, 'classDrawn');
      };
      const first = await drawWith('classe-5b');
      expect(first.plurality.seed).toBe('classe-5b');
      expect(first.plurality.tied).toEqual(['La mer', 'La montagne']);
      expect(first.plurality.winners).toHaveLength(1);
      expect((await data<Record<string, string[]>>(page, 'classTies')).plurality).toBeUndefined();
      // The draw is the engine's `lot` with that seed.
      const election: ClassElection = {
        question: '',
        options: OPTIONS,
        kind: 'ranked',
        methods: [...DEFAULT_METHODS.ranked],
      };
      const rank = (order: string[], count: number): BallotGroup => ({
        ballot: { kind: 'ranked', ranking: order.map((id) => [id]) },
        count,
      });
      const groups = [rank(['o1', 'o2', 'o3'], 5), rank(['o2', 'o1', 'o3'], 5), rank(['o3', 'o2', 'o1'], 2)];
      const engine = resultLines(election, countClass(election, groups, { tieSeed: 'classe-5b' }), 'fr').find(
        (l) => l.method === 'plurality',
      )!;
      expect(first.plurality.winners).toEqual(engine.winners);
      await screenshot(page, 'classroom-results-drawn-fr');
      const again = await drawWith('classe-5b');
      expect(again.plurality.winners).toEqual(first.plurality.winners);

      // Leaving the tie: said again as a tie.
      await press(page, 'results.tie');
      await page.waitForSelector('#cr-tie-seed');
      await press(page, 'tie.leave');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      expect((await data<Record<string, string[]>>(page, 'classTies')).plurality).toEqual(['La mer', 'La montagne']);
      expect(await data(page, 'classDrawn')).toEqual({});
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  for (const [language, viewport] of [
    ['fr', PROJECTOR],
    ['en', PROJECTOR],
    ['fr', PHONE],
  ] as const) {
    const phone = viewport === PHONE;
    it(
      `${language}${phone ? ' on a phone' : ''}: each method's decisive figures on the board, every "Why?" reason on the comparison`,
      async () => {
        const g = await openDesk(language, viewport);
        const { page } = g;
        await setUp(page);
        // Mer leads on first choices, Montagne wins the runoffs, Ville beats both in duels.
        await piles(page, [
          { ranks: [1, 3, 2], count: 8 },
          { ranks: [3, 1, 2], count: 7 },
          { ranks: [3, 2, 1], count: 5 },
        ]);
        const figures = await data<Record<string, string[]>>(page, 'classFigures');
        const fr = language === 'fr';
        expect(figures['two-round']).toEqual(
          fr
            ? [
                'Premier tour (premiers choix)\u00a0: La mer 8 · La montagne 7 · La ville 5',
                'Second tour (duel)\u00a0: La montagne 12 · La mer 8',
              ]
            : [
                'Round 1 (first choices): La mer 8 · La montagne 7 · La ville 5',
                'Round 2 (duel): La montagne 12 · La mer 8',
              ],
        );
        expect(figures.irv).toEqual([
          fr
            ? 'Dernier tour (tour 2)\u00a0: La montagne 12 · La mer 8'
            : 'Final round (round 2): La montagne 12 · La mer 8',
        ]);
        expect(figures.copeland[0]).toMatch(
          fr
            ? /^Duels gagnés moins duels perdus\u00a0: La ville 2 · La montagne 0 · La mer [-−]2$/
            : /^Duels won minus duels lost: La ville 2 · La montagne 0 · La mer [-−]2$/,
        );
        expect(figures.schulze[0]).toBe(
          fr
            ? 'Rivaux battus ou égalés par les chemins les plus forts\u00a0: La ville 2 · La montagne 1 · La mer 0'
            : 'Rivals beaten or tied on strongest paths: La ville 2 · La montagne 1 · La mer 0',
        );
        const shot = `${language}${phone ? '-phone' : ''}`;
        await screenshot(page, `classroom-results-figures-${shot}`);
        // Instant runoff's rounds, on demand.
        await press(page, 'results.rounds');
        await expect.poll(async () => (await data<Record<string, string[]>>(page, 'classFigures')).irv?.length).toBe(2);
        await screenshot(page, `classroom-results-rounds-${shot}`);

        await press(page, 'results.compare');
        await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
        await page.waitForSelector('body[data-why-shown]');
        const election: ClassElection = {
          question: '',
          options: OPTIONS,
          kind: 'ranked',
          methods: [...DEFAULT_METHODS.ranked],
        };
        const rank = (order: string[], count: number): BallotGroup => ({
          ballot: { kind: 'ranked', ranking: order.map((id) => [id]) },
          count,
        });
        const counted = countClass(election, [
          rank(['o1', 'o3', 'o2'], 8),
          rank(['o2', 'o3', 'o1'], 7),
          rank(['o3', 'o2', 'o1'], 5),
        ]);
        const comparison = compareCounts(counted.entry.counted);
        // Two rounds and instant runoff each say what they did with these ballots (their own line).
        const said = comparison.why.flatMap((line) => line.methods);
        expect(said).toEqual(expect.arrayContaining(['two-round', 'irv']));
        // The screen's own texts: a reason that a "what happened" line above already says is not said twice.
        const texts = resultsTexts(new ScenarioWords(counted.scenario, language, counted.entry), comparison);
        expect(texts.reasons.length).toBeGreaterThanOrEqual(comparison.why.length);
        expect(Number(await page.evaluate(() => document.body.dataset.whyShown))).toBe(texts.reasons.length);
        // Each reason is on the canvas, inside its panel (measured, not assumed).
        type Box = {
          scene: string;
          text: string;
          x: number;
          y: number;
          w: number;
          h: number;
          within?: { x: number; y: number; w: number; h: number };
        };
        // Every page of the comparison (a phone pages its facts and reasons).
        const boxes: Box[] = [];
        const pageOf = () => page.evaluate(() => document.body.dataset.resultsPage ?? '1/1');
        const total = Number((await pageOf()).split('/')[1]);
        for (let turn = 0; turn < total; turn++) {
          if (turn > 0) {
            const before = await pageOf();
            await press(page, 'results.page');
            await page.waitForFunction((b) => document.body.dataset.resultsPage !== b, before);
          }
          boxes.push(
            ...(await page.evaluate(() =>
              (window as unknown as { crustacesTextBoxes: () => Box[] })
                .crustacesTextBoxes()
                .filter((b) => b.scene === 'results'),
            )),
          );
        }
        const flat = (s: string) => s.replace(/\s+/g, ' ');
        for (const reason of texts.reasons) {
          // Every reason whole (a wrapped line is one text: its spaces and breaks aside).
          const box = boxes.find((b) => flat(b.text).includes(flat(reason)));
          expect(box, `${reason} is drawn`).toBeDefined();
          expect(box!.within, `${reason} is in its panel`).toBeDefined();
          expect(box!.y + box!.h).toBeLessThanOrEqual(box!.within!.y + box!.within!.h + 1);
          expect(box!.y + box!.h).toBeLessThanOrEqual(viewport.height);
        }
        await screenshot(page, `classroom-results-why-${shot}`);
        clean(g);
        await g.context.close();
      },
      SLOW,
    );
  }

  it(
    'bar pictograms stand one for one for ballots, or are not there',
    async () => {
      const g = await openDesk('fr');
      const { page } = g;
      await setUp(page);
      await piles(page, [
        { ranks: [1, 2, 3], count: 11 },
        { ranks: [2, 1, 3], count: 8 },
      ]);
      await press(page, 'results.compare');
      await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
      await press(page, 'results.method.plurality');
      await page.waitForSelector('body[data-bar-pictograms]', { timeout: 120_000 });
      const bars = await data<[number, number][]>(page, 'barPictograms');
      expect(bars.map(([value]) => value).sort((a, b) => b - a)).toEqual([11, 8, 0]);
      for (const [value, shapes] of bars) expect([0, value]).toContain(shapes);
      // At 1920 × 1080 there is room: one shape per ballot, 11 for 11.
      expect(bars.find(([value]) => value === 11)?.[1]).toBe(11);
      await screenshot(page, 'classroom-results-pictograms-fr');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );
});
